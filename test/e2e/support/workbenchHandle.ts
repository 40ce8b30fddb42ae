// The e2e suites are bundled apart from the launcher, so each bundle has its own copy of this
// module: the handle lives on globalThis under a registered symbol, the one thing they share.
import type { Page } from 'playwright-core';
import type { TrustMode } from '../../integration/support/testResults';

export interface WorkbenchHandle {
  /** The workbench page in headless Chromium, with the extension under development loaded. */
  page: Page;
  /** The absolute path of the workspace folder the window has open (a throw-away copy). */
  workspaceFolder: string;
  /** Where screenshots go: under test-results/, which git ignores. */
  screenshotsDir: string;
  trust: TrustMode;
}

const key = Symbol.for('cx-maturity-toolkit.e2e.workbench');

/** Called by the launcher before it runs the e2e suites, and with undefined after. */
export function setWorkbenchHandle(handle: WorkbenchHandle | undefined): void {
  (globalThis as Record<symbol, unknown>)[key] = handle;
}

/** The workbench the e2e suites drive; throws when they run outside `npm run test:vscode`. */
export function workbenchHandle(): WorkbenchHandle {
  const handle = (globalThis as Record<symbol, unknown>)[key] as WorkbenchHandle | undefined;
  if (!handle) throw new Error('No workbench: the e2e suites run only through `npm run test:vscode`.');
  return handle;
}
