import type Mocha from 'mocha';
import type { TestResult } from './testResults';

/**
 * Runs `mocha`'s files, handing each result to `record`; resolves with the number of failures.
 * A suite file that throws while `mocha.run` requires it counts as one failure.
 */
export function runMocha(mocha: Mocha, record: (result: TestResult) => void): Promise<number> {
  return new Promise<number>((resolve) => {
    try {
      mocha.run(resolve)
        .on('pass', (test) => record({ titlePath: test.titlePath(), state: 'passed', durationMs: test.duration }))
        .on('pending', (test) => record({ titlePath: test.titlePath(), state: 'pending' }))
        .on('fail', (test, error: unknown) => record({
          titlePath: test.titlePath(), state: 'failed', durationMs: test.duration, failure: failureOf(error),
        }));
    } catch (error) {
      // A suite that fails to load would otherwise vanish from the counts.
      record({ titlePath: ['loading the suites'], state: 'failed', failure: failureOf(error) });
      resolve(1);
    }
  });
}

export function failureOf(error: unknown): { message: string; stack?: string } {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}
