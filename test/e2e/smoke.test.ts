import * as assert from 'node:assert/strict';
import { openCommandPalette, screenshot, selectColorTheme, workbenchPage } from './support/workbench';

describe('e2e smoke: the workbench in a real browser', () => {
  it('is an Extension Development Host whose command palette opens', async () => {
    const page = workbenchPage();
    const input = await openCommandPalette();
    assert.equal(await input.inputValue(), '>');
    await page.keyboard.press('Escape');
    assert.match(await page.title(), /\[Extension Development Host\]/);
  });

  it('switches between dark and light themes for the screenshots', async () => {
    const workbench = workbenchPage().locator('.monaco-workbench');
    await selectColorTheme('Dark Modern');
    assert.match(await workbench.getAttribute('class') ?? '', /\bvs-dark\b/);
    await screenshot('workbench-dark');
    await selectColorTheme('Light Modern');
    assert.doesNotMatch(await workbench.getAttribute('class') ?? '', /\bvs-dark\b/);
    await screenshot('workbench-light');
  });
});
