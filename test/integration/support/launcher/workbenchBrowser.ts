import { chromium, type Browser, type Page } from 'playwright-core';
import { PageConsole } from './pageConsole';

export interface Workbench {
  page: Page;
  console: PageConsole;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  origin: string;
  workspace: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  consoleLog: string;
}

// Debian's chromium, never a browser downloaded by a tool; nothing reaches the network.
const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** The workbench URL that loads the extension under development and runs its tests. */
export function workbenchUrl(options: WorkbenchOptions): string {
  const authority = new URL(options.origin).host;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${options.extensionDevelopmentPath}`],
    ['extensionTestsPath', `vscode-remote://${authority}${options.extensionTestsPath}`],
  ];
  return `${options.origin}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Opens the workbench in headless Chromium, recording the page's console. */
export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, timeout: 60_000 });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const pageConsole = new PageConsole(page, options.consoleLog);
    await page.goto(workbenchUrl(options), { timeout: 60_000 });
    return {
      page, console: pageConsole,
      close: async () => {
        await browser.close();
        await pageConsole.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
