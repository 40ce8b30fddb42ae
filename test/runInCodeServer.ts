// `npm run test:vscode`: runs the integration suites inside a real VS Code (code-server, from the npm
// registry) and the e2e suites against its workbench in headless Chromium, once in a trusted
// workspace and once in Restricted Mode. Prints every result, then `N passed, M failed`.
// See /work/shared/real-vscode-tests.md and test/integration/support/launcher/.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { suiteFiles } from './integration/support/suiteFiles';
import { consoleMarkers, holdExtensionHostVariable, resultsPathVariable, trustVariable, type TrustMode } from './integration/support/testResults';
import { installCodeServer, type CodeServerInstall } from './integration/support/launcher/codeServerInstall';
import { startCodeServer, type CodeServer } from './integration/support/launcher/codeServerProcess';
import { runE2eSuites } from './integration/support/launcher/e2eSuites';
import { ResultsReporter } from './integration/support/launcher/resultsReporter';
import { followResults } from './integration/support/launcher/resultsFollower';
import { createTestRunFolder } from './integration/support/launcher/testRunFolder';
import { openWorkbench, type Workbench } from './integration/support/launcher/workbenchBrowser';

const repoRoot = resolve(__dirname, '..', '..');
const integrationDir = join(repoRoot, 'dist', 'test', 'integration');
const e2eDir = join(repoRoot, 'dist', 'test', 'e2e');
const runTimeoutMs = Number(process.env.CXM_VSCODE_TIMEOUT_SECONDS ?? 900) * 1000;
const keepTemp = process.env.CXM_KEEP_TEMP === '1';

async function main(): Promise<void> {
  if (!existsSync(join(integrationDir, 'index.js'))) throw new Error('dist/test/integration/index.js is missing: run `npm run build` first.');
  const install = installCodeServer(repoRoot);
  const reporter = new ResultsReporter();
  let suites = 0;
  for (const mode of ['trusted', 'untrusted'] as const) {
    const inHost = suiteFiles(integrationDir, mode);
    const e2e = suiteFiles(e2eDir, mode);
    suites += inHost.length + e2e.length;
    if (inHost.length + e2e.length > 0) await runMode(mode, e2e, install, reporter);
  }
  if (suites === 0) reporter.fail('setup', 'finding suites', new Error('no *.test.js under dist/test/integration or dist/test/e2e'));
  reporter.printSummary();
  process.exitCode = reporter.failed > 0 ? 1 : 0;
}

/** One VS Code window: the in-host suites of this trust mode, then its e2e suites against the same page. */
async function runMode(mode: TrustMode, e2eFiles: string[], install: CodeServerInstall, reporter: ResultsReporter): Promise<void> {
  const label = mode === 'trusted' ? 'trusted workspace' : 'Restricted Mode';
  const outDir = join(repoRoot, 'test-results', 'vscode', mode);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const failuresBefore = reporter.failed;
  const folder = createTestRunFolder(repoRoot, mode);
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  let phase = `${label} · extension host`;
  const started = Date.now();
  try {
    reporter.phase(phase);
    server = await startCodeServer({
      install, folder, trusted: mode === 'trusted', startTimeoutMs: 60_000, logFile: join(outDir, 'code-server.log'),
      env: { [resultsPathVariable]: folder.resultsFile, [trustVariable]: mode, [holdExtensionHostVariable]: '1' },
    });
    workbench = await openWorkbench({
      origin: server.origin, workspace: folder.workspace, extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(integrationDir, 'index.js'),
      consoleLog: join(outDir, 'page-console.log'),
    });
    const results = await followResults(folder.resultsFile, (result) => reporter.report(phase, result),
      { startTimeoutMs: 120_000, runTimeoutMs, abandoned: server.exited });
    console.log(`  (VS Code ${results.vscodeVersion ?? '?'} in code-server)`);
    if (e2eFiles.length > 0) {
      phase = `${label} · e2e in the browser`;
      reporter.phase(phase);
      await runE2eSuites(e2eFiles, { page: workbench.page, workspaceFolder: folder.workspace, screenshotsDir: outDir, trust: mode },
        (result) => reporter.report(phase, result));
    }
  } catch (error) {
    reporter.fail(phase, `the ${label} run`, error);
  } finally {
    await workbench?.page.screenshot({ path: join(outDir, 'workbench.png') }).catch(() => undefined);
    if (workbench && reporter.failed > failuresBefore) printConsole(await workbench.console.linesBetween(consoleMarkers.start, consoleMarkers.end), outDir);
    await workbench?.close().catch(() => undefined);
    await server?.stop();
    if (keepTemp) console.log(`  kept ${folder.root}`);
    else folder.remove();
    console.log(`  (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s; logs and screenshots in ${outDir})`);
  }
}

/** What the page logged while the tests ran: mostly the extension host's console (see PageConsole). */
function printConsole(lines: string[], outDir: string): void {
  const shown = lines.slice(-200);
  console.log(`\n  --- page console while the tests ran (last ${shown.length} of ${lines.length} lines; all in ${join(outDir, 'page-console.log')}) ---`);
  for (const line of shown) console.log(line.replace(/^/gm, '  | '));
  console.log('  ---');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('\n0 passed, 1 failed');
  process.exitCode = 1;
});
