import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onExit } from './processCleanup';

/** A throw-away folder for one VS Code run: the workspace the tests may edit freely, and VS Code's own state. */
export interface TestRunFolder {
  root: string;
  workspace: string;
  userData: string;
  extensions: string;
  resultsFile: string;
  remove(): void;
}

// Keeps the window quiet and predictable: no start page, no trust prompt (Restricted Mode stays
// restricted without asking), nothing fetched from the network.
const userSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.startupPrompt': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  // A sticky tree header can lie over the row a test clicks in the Problems panel (seen in CI).
  'workbench.tree.enableStickyScroll': false,
};

/** Creates the folder with a fresh copy of test/fixtures/workspace and examples/ (whichever exist). */
export function createTestRunFolder(repoRoot: string, label: string): TestRunFolder {
  const root = mkdtempSync(join(tmpdir(), `cxm-vscode-${label}-`));
  // Retries: a process killed a moment ago may still be writing into the folder.
  const remove = (): void => rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  const cleanup = onExit(remove);
  const workspace = join(root, 'workspace');
  const userData = join(root, 'user-data');
  const extensions = join(root, 'extensions');
  for (const dir of [workspace, join(userData, 'User'), extensions]) mkdirSync(dir, { recursive: true });
  const fixtures = join(repoRoot, 'test', 'fixtures', 'workspace');
  if (existsSync(fixtures)) cpSync(fixtures, workspace, { recursive: true });
  const examples = join(repoRoot, 'examples');
  if (existsSync(examples)) cpSync(examples, join(workspace, 'examples'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  return {
    root, workspace, userData, extensions, resultsFile: join(root, 'results.json'),
    remove: () => { cleanup.release(); remove(); },
  };
}
