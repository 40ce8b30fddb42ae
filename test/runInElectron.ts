// `npm run test:electron`: the same integration suites in a desktop VS Code through
// @vscode/test-electron, for laptops and CI with network access (it downloads VS Code, or uses
// CXM_VSCODE_EXECUTABLE). The e2e suites need the browser of `npm run test:vscode`.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { join, resolve } from 'node:path';
import { suiteFiles } from './integration/support/suiteFiles';
import { readTestResults, resultsPathVariable, trustVariable } from './integration/support/testResults';
import { ResultsReporter } from './integration/support/launcher/resultsReporter';
import { createTestRunFolder } from './integration/support/launcher/testRunFolder';
import { withTimeout } from './integration/support/launcher/timeouts';

const repoRoot = resolve(__dirname, '..', '..');
const integrationDir = join(repoRoot, 'dist', 'test', 'integration');
const downloadTimeoutMs = 10 * 60_000;

async function main(): Promise<void> {
  const reporter = new ResultsReporter();
  const vscodeExecutablePath = await desktopVsCode();
  for (const mode of ['trusted', 'untrusted'] as const) {
    if (suiteFiles(integrationDir, mode).length === 0) continue;
    const label = mode === 'trusted' ? 'trusted workspace' : 'Restricted Mode';
    const phase = `${label} · desktop extension host`;
    reporter.phase(phase);
    const folder = createTestRunFolder(repoRoot, `electron-${mode}`);
    try {
      const launchError = await runTests({
        vscodeExecutablePath, extensionDevelopmentPath: repoRoot, extensionTestsPath: join(integrationDir, 'index.js'),
        extensionTestsEnv: { [resultsPathVariable]: folder.resultsFile, [trustVariable]: mode },
        launchArgs: [
          folder.workspace, '--user-data-dir', folder.userData, '--extensions-dir', folder.extensions, '--disable-extensions',
          ...(mode === 'trusted' ? ['--disable-workspace-trust'] : []),
        ],
      }).then(() => undefined, (error: unknown) => error);
      // A failing test makes VS Code exit non-zero too: the results file tells which tests failed.
      const results = readTestResults(folder.resultsFile);
      if (!results) throw launchError ?? new Error('VS Code exited without running the tests');
      for (const result of results.results) reporter.report(phase, result);
      if (!results.done) reporter.fail(phase, `the ${label} run`, new Error('VS Code exited before the tests finished'));
    } catch (error) {
      reporter.fail(phase, `the ${label} run`, error);
    } finally {
      folder.remove();
    }
  }
  console.log('\n(e2e suites skipped: they need the workbench page of `npm run test:vscode`)');
  reporter.printSummary();
  process.exitCode = reporter.failed > 0 ? 1 : 0;
}

/** CXM_VSCODE_EXECUTABLE, else a download (cached in .vscode-test/) that fails clearly rather than hang. */
async function desktopVsCode(): Promise<string> {
  const local = process.env.CXM_VSCODE_EXECUTABLE;
  if (local) return local;
  try {
    return await withTimeout(downloadAndUnzipVSCode({ timeout: 30_000 }), downloadTimeoutMs,
      `the download took more than ${downloadTimeoutMs / 60_000} minutes`);
  } catch (error) {
    throw new Error(
      `@vscode/test-electron could not download VS Code (${error instanceof Error ? error.message : String(error)}).\n`
      + 'Without network access, set CXM_VSCODE_EXECUTABLE to a desktop VS Code binary, '
      + 'or run `npm run test:vscode` (code-server, installed from the npm registry).', { cause: error });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('\n0 passed, 1 failed');
  process.exit(1); // an abandoned download must not keep the process alive
});
