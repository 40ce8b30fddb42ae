// The first-use walkthrough (package.json contributes.walkthroughs, docs/walkthrough/) as VS Code
// draws it: opened from the palette as a user does, its steps' titles, descriptions and Markdown
// media without literal backticks, and a step that ticks after its real event (the command run
// from the palette, which is what VS Code's walkthrough service listens to).
import * as assert from 'node:assert/strict';
import { activeWebview, quickOpen, runCommand, screenshot, workbenchPage } from './support/workbench';

const WALKTHROUGH_TITLE = 'Get started with the CX Maturity Toolkit';
const OUR_STEPS = '[data-done-step-id*="cxm.gettingStarted"]';

async function openWalkthrough(): Promise<void> {
  const page = workbenchPage();
  await runCommand('Welcome: Open Walkthrough...');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(WALKTHROUGH_TITLE);
  await page.locator(`.quick-input-widget .monaco-list-row[aria-label*="${WALKTHROUGH_TITLE}"]`).first().click();
  await page.locator(`.step-title[x-step-title-for*="cxm.gettingStarted"]`).first().waitFor({ timeout: 30_000 });
}

/** Each step's checkbox state, by step id (its last `#` segment). */
async function checkedSteps(): Promise<Record<string, boolean>> {
  const boxes = workbenchPage().locator(OUR_STEPS);
  const states: Record<string, boolean> = {};
  for (const box of await boxes.all()) {
    const id = (await box.getAttribute('data-done-step-id'))!;
    states[id.slice(id.lastIndexOf('#') + 1)] = (await box.getAttribute('aria-checked')) === 'true';
  }
  return states;
}

describe('The walkthrough in the browser (issue 10)', () => {
  it('renders its steps without literal backticks, and the journey step ticks once the map is opened from the palette', async () => {
    const page = workbenchPage();
    await runCommand('View: Close All Editors');
    await quickOpen('negoce-pme.engagement.yaml');
    // A fresh start: earlier suites may have completed steps in this profile already.
    await runCommand('Developer: Reset Welcome Page Walkthrough Progress');
    await openWalkthrough();

    const titles = await page.locator('.step-title[x-step-title-for*="cxm.gettingStarted"]').allInnerTexts();
    const descriptions = await page.locator('.step-description-container[x-step-description-for*="cxm.gettingStarted"]').allInnerTexts();
    assert.equal(titles.length, 5, `five steps: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Start a new engagement'), JSON.stringify(titles));
    for (const text of [...titles, ...descriptions]) {
      assert.ok(!text.includes('`'), `no literal backtick in ${JSON.stringify(text)}`);
      assert.ok(!/\]\(command:/.test(text), `command links rendered as links, not source: ${JSON.stringify(text)}`);
    }
    const before = await checkedSteps();
    assert.deepEqual(Object.keys(before).sort(), ['example', 'journey', 'new', 'roadmap', 'validate']);
    assert.equal(before.journey, false, 'the journey step starts unchecked after the reset');

    // The validate step's Markdown media (docs/walkthrough/validate.md has code spans): rendered.
    await page.locator('.step-title[x-step-title-for$="#validate"]').click();
    const media = activeWebview().locator('body');
    await media.getByText('.engagement.yaml', { exact: false }).first().waitFor({ timeout: 30_000 });
    const rendered = await media.evaluate((body) => ({ text: (body as HTMLElement).innerText, code: body.querySelectorAll('code').length }));
    assert.ok(!rendered.text.includes('`'), 'the media shows no literal backtick');
    assert.ok(rendered.code > 0, 'code spans are rendered as code');
    await screenshot('walkthrough-before');

    // The real event: Open Journey Map from the palette on the engagement.
    await runCommand('View: Close All Editors');
    await quickOpen('negoce-pme.engagement.yaml');
    await runCommand('CX Maturity: Open Journey Map');
    await activeWebview().locator('svg.cxm-journey-map .card').first().waitFor({ timeout: 30_000 });
    await openWalkthrough();
    const after = await checkedSteps();
    assert.equal(after.journey, true, `the journey step ticked: ${JSON.stringify(after)}`);
    assert.equal(after.roadmap, false, `a step whose event did not happen stays unchecked: ${JSON.stringify(after)}`);
    await screenshot('walkthrough-after');
    await runCommand('View: Close All Editors');
  });
});
