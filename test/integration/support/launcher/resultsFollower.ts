import { readTestResults, type TestResult, type TestResults } from '../testResults';
import { delay, withTimeout } from './timeouts';

export interface FollowOptions {
  /** How long the extension host may take to start the tests (the file's first appearance). */
  startTimeoutMs: number;
  /** How long the whole in-host run may take. */
  runTimeoutMs: number;
  /** Rejects when the server behind the extension host is gone. */
  abandoned: Promise<never>;
}

/** Polls the results file the extension host rewrites, handing each new result over until it says done. */
export async function followResults(path: string, onResult: (result: TestResult) => void, options: FollowOptions): Promise<TestResults> {
  let stopped = false;
  let seen = 0;
  const poll = async (predicate: (results: TestResults) => boolean): Promise<TestResults> => {
    for (;;) {
      const results = readTestResults(path);
      if (results) {
        for (const result of results.results.slice(seen)) onResult(result);
        seen = results.results.length;
        if (predicate(results)) return results;
      }
      if (stopped) throw new Error('stopped');
      await delay(250);
    }
  };
  try {
    await withTimeout(Promise.race([poll(() => true), options.abandoned]), options.startTimeoutMs,
      `the extension host did not start the tests within ${options.startTimeoutMs / 1000} s`);
    return await withTimeout(Promise.race([poll((results) => results.done), options.abandoned]), options.runTimeoutMs,
      `the tests in the extension host did not finish within ${options.runTimeoutMs / 1000} s`);
  } finally {
    stopped = true;
  }
}
