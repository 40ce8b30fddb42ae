import type { TestResult } from '../testResults';

interface NumberedFailure {
  phase: string;
  result: TestResult;
}

/** Prints results as they arrive, mocha-spec style, and the totals of every phase of every run. */
export class ResultsReporter {
  private passed = 0;
  private pending = 0;
  private readonly failures: NumberedFailure[] = [];

  phase(title: string): void {
    console.log(`\n${title}`);
  }

  report(phase: string, result: TestResult): void {
    const title = result.titlePath.join(' › ');
    const duration = result.durationMs === undefined ? '' : ` (${result.durationMs} ms)`;
    if (result.state === 'passed') {
      this.passed += 1;
      console.log(`  ✔ ${title}${duration}`);
    } else if (result.state === 'pending') {
      this.pending += 1;
      console.log(`  - ${title} (pending)`);
    } else {
      this.failures.push({ phase, result });
      console.log(`  ${this.failures.length}) ${title}${duration}`);
    }
  }

  /** Something that stopped a phase before its tests could report, counted as a failure. */
  fail(phase: string, what: string, error: unknown): void {
    const failure = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
    this.report(phase, { titlePath: [what], state: 'failed', failure });
  }

  get failed(): number {
    return this.failures.length;
  }

  /** The failures in detail, then the summary line, exactly `N passed, M failed`, alone on its line. */
  printSummary(): void {
    this.failures.forEach(({ phase, result }, index) => {
      console.log(`\n${index + 1}) ${phase} › ${result.titlePath.join(' › ')}`);
      const stack = result.failure?.stack ?? '';
      const message = result.failure?.message ?? '';
      const details = stack.includes(message) ? stack : `${message}\n${stack}`;
      console.log(indent(details.split('\n').slice(0, maxDetailLines).join('\n')));
    });
    if (this.pending > 0) console.log(`\n${this.pending} pending`);
    console.log(`\n${this.passed} passed, ${this.failed} failed`);
  }
}

/** Enough for the message and the test's own frames; the rest is VS Code's and mocha's. */
const maxDetailLines = 15;

function indent(text: string): string {
  return text.trimEnd().split('\n').map((line) => `     ${line}`).join('\n');
}
