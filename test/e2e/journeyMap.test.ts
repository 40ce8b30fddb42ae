import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { journeyMapModel, mapJourneyIds } from '../../src/core/journey/journeyMapModel';
import { hostileEngagement } from '../unit/journey/journeyFixtures';
import { activeWebview, quickOpen, runCommand, screenshot, selectColorTheme, workbenchHandle, workbenchPage } from './support/workbench';

const OPEN_MAP = 'CX Maturity: Open Journey Map';

async function openMapOf(fileName: string, open: (name: string) => Promise<void> = quickOpen) {
  await runCommand('View: Close All Editors');
  await open(fileName);
  await runCommand(OPEN_MAP);
  const map = activeWebview();
  await map.locator('svg.cxm-journey-map').waitFor({ timeout: 30_000 });
  return map;
}

describe('Journey map in the browser (code-server)', () => {
  it('draws one card per step of the journey, zoomed to fit, in light and dark themes', async () => {
    const file = 'negoce-pme.engagement.yaml';
    const text = readFileSync(join(workbenchHandle().workspaceFolder, 'examples', file), 'utf8');
    const analysis = analyseEngagement(text);
    const steps = journeyMapModel(analysis, mapJourneyIds(analysis)[0]!).cards.length;

    const map = await openMapOf(file);

    // A click on a card selects its step in the YAML (the status bar shows the cursor's line).
    const second = journeyMapModel(analysis, mapJourneyIds(analysis)[0]!).cards[1]!;
    await map.locator(`.card[data-step="${second.key}"]`).click();
    const line = analysis.locations[second.path]!.line;
    await workbenchPage().locator('#status\\.editor\\.selection').filter({ hasText: `Ln ${line},` }).waitFor({ timeout: 15_000 });

    await selectColorTheme('Light Modern');
    await screenshot('journey-map-light');
    await selectColorTheme('Dark Modern');
    await screenshot('journey-map-dark');
    await selectColorTheme('Dark High Contrast');
    await screenshot('journey-map-high-contrast');
    await selectColorTheme('Light Modern');

    // Zoomed to fit, every card is drawn (the viewport draws only what it shows).
    await map.locator('vscode-button[title="Ajuster à la fenêtre"], vscode-button[title="Zoom to fit"]').first().click();
    await map.locator('.card').nth(steps - 1).waitFor();
    assert.equal(await map.locator('.card').count(), steps);
    assert.equal(await map.locator('.card[data-step][tabindex="0"][aria-label]').count(), steps, 'focusable, labelled, keyed');
    await screenshot('journey-map-fit');
  });

  it('shows injected markup in every text field as text, and never runs it', async () => {
    const folder = join(workbenchHandle().workspaceFolder, 'e2e-journey');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hostile.engagement.yaml'), JSON.stringify(hostileEngagement(), null, 2));

    // Quick open does not index a file created during the run: open it from the Explorer.
    const map = await openMapOf('hostile.engagement.yaml', async (name) => {
      const rows = workbenchPage().locator('.explorer-folders-view .monaco-list-row');
      if (!(await rows.filter({ hasText: name }).count())) await rows.filter({ hasText: 'e2e-journey' }).first().click();
      await rows.filter({ hasText: name }).first().dblclick();
      await workbenchPage().locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor();
    });
    const seen = await map.locator('body').evaluate((body) => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      images: body.querySelectorAll('img').length,
      injectedScripts: Array.from(document.scripts).filter((script) => (script.textContent ?? '').includes('pwned') || script.closest('.canvas, .banner, .toolbar') !== null).length,
      injected: body.querySelectorAll('x, [onerror]').length,
      texts: Array.from(body.querySelectorAll('.card text, .header text, .stage title, .lane-name')).map((node) => node.textContent ?? ''),
    }));
    assert.equal(seen.pwned, undefined);
    assert.equal(seen.images, 0);
    assert.equal(seen.injectedScripts, 0);
    assert.equal(seen.injected, 0);
    assert.ok(seen.texts.some((text) => text.includes('<script>')), 'the script tag is shown as text');
    assert.ok(seen.texts.some((text) => text.includes('{{constructor}}')));
    await screenshot('journey-map-hostile');
  });
});
