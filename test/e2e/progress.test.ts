import * as assert from 'node:assert/strict';
import { activeWebview, runCommand, screenshot, selectColorTheme } from './support/workbench';

describe('Portfolio Benchmark in the browser (code-server)', () => {
  it('shows the box plots under the strict CSP (its nonce\'d stylesheet applied), in light and dark themes', async () => {
    await runCommand('View: Close All Editors');
    await runCommand('CX Maturity: Portfolio Benchmark');
    const page = activeWebview();
    // The panel redraws when an analysis changes the benchmark (the workspace's files are still being
    // validated when it opens): a page replaced while it is read is read again, from the new page.
    const read = async () => {
      await page.locator('svg rect.box').first().waitFor({ timeout: 30_000 });
      return page.locator('body').evaluate((body) => ({
        boxes: body.querySelectorAll('svg rect.box').length,
        rows: body.querySelectorAll('table[data-table="engagements"] tbody tr').length,
        // Set by the page's own stylesheet: proves the nonce let it through the CSP.
        collapse: getComputedStyle(body.querySelector('table')!).borderCollapse,
      }));
    };
    const seen = await read().catch((error: unknown) => {
      if (!/detached/i.test(String(error))) throw error;
      return read();
    });
    assert.ok(seen.boxes >= 10, `${seen.boxes} box plots`);
    assert.ok(seen.rows >= 3, `${seen.rows} engagements`);
    assert.equal(seen.collapse, 'collapse');
    await selectColorTheme('Light Modern');
    await screenshot('portfolio-light');
    await selectColorTheme('Dark Modern');
    await screenshot('portfolio-dark');
    await selectColorTheme('Light Modern');
  });
});
