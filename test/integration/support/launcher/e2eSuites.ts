import Mocha from 'mocha';
import { join } from 'node:path';
import { setWorkbenchHandle, type WorkbenchHandle } from '../../../e2e/support/workbenchHandle';
import { runMocha } from '../mochaResults';
import { grepVariable, type TestResult } from '../testResults';

/**
 * Runs the browser-side suites in this Node process, with the workbench page the extension host
 * cannot see. A failing test leaves a screenshot of the workbench.
 */
export async function runE2eSuites(files: string[], handle: WorkbenchHandle, record: (result: TestResult) => void): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: SilentReporter, grep: process.env[grepVariable] });
  for (const file of files) mocha.addFile(file);
  mocha.suite.afterEach(async function screenshotOnFailure(this: Mocha.Context) {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const name = `failed-${test.titlePath().join('-')}`.slice(0, 120).replace(/[^\w.-]+/g, '-');
    await handle.page.screenshot({ path: join(handle.screenshotsDir, `${name}.png`) }).catch(() => undefined);
  });
  setWorkbenchHandle(handle);
  try {
    await runMocha(mocha, record);
  } finally {
    setWorkbenchHandle(undefined);
  }
}

/** The launcher prints the results itself, in the same form as the extension host's. */
class SilentReporter extends Mocha.reporters.Base {}
