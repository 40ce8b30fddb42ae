import * as assert from 'node:assert/strict';
import { openCommandPalette, screenshot, workbenchPage } from './support/workbench';

describe('e2e smoke: the workbench in a real browser', () => {
  it('is an Extension Development Host whose command palette opens', async () => {
    const page = workbenchPage();
    const input = await openCommandPalette();
    assert.equal(await input.inputValue(), '>');
    await page.keyboard.press('Escape');
    assert.match(await page.title(), /\[Extension Development Host\]/);
    await screenshot('workbench-smoke');
  });
});
