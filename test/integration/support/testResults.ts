// The results file is how the suites running inside VS Code report to the launcher in Node:
// in code-server the browser never exits when the tests end, so the launcher polls this file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Set by the launchers for the extension host: where to write results, and which suites to run. */
export const resultsPathVariable = 'CXM_TEST_RESULTS';
export const trustVariable = 'CXM_TEST_TRUST';
/** Optional, set by whoever runs the tests: only the tests whose full title matches this pattern run. */
export const grepVariable = 'CXM_TEST_GREP';
/**
 * Set by the code-server launcher: once the results are written the test index keeps the extension
 * host alive (VS Code stops it when `run()` resolves) so the e2e suites that follow can still use
 * the extension; the launcher ends it by stopping code-server.
 */
export const holdExtensionHostVariable = 'CXM_TEST_HOLD_EXTENSION_HOST';

/**
 * Logged by the test index at the start and end of a run. VS Code relays the extension host's
 * console to the workbench page unlabelled, mixed with the workbench's own log: these lines let
 * the launcher pick out what was logged while the tests ran.
 */
export const consoleMarkers = { start: '[cxm-tests] start', end: '[cxm-tests] end' } as const;

/** `trusted` suites run with workspace trust granted; `untrusted` ones (`*.untrusted.test.js`) in Restricted Mode. */
export type TrustMode = 'trusted' | 'untrusted';

export interface TestFailure {
  message: string;
  stack?: string;
}

export interface TestResult {
  /** Suite titles then the test title, outermost first. */
  titlePath: string[];
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  failure?: TestFailure;
}

export interface TestResults {
  /** False while tests are still running: the file is rewritten after each test. */
  done: boolean;
  vscodeVersion?: string;
  results: TestResult[];
}

export function trustModeFrom(value: string | undefined): TrustMode {
  return value === 'untrusted' ? 'untrusted' : 'trusted';
}

/** Writes atomically so the poller never reads half a file. */
export function writeTestResults(path: string, results: TestResults): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(results, null, 2));
  renameSync(temporary, path);
}

/** The results written so far, or undefined before the first write. */
export function readTestResults(path: string): TestResults | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as TestResults;
  } catch {
    return undefined;
  }
}
