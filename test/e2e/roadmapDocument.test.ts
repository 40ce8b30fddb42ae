import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { renderRoadmap } from '../../src/core/templates/renderRoadmap';
import { roadmapLayoutProblems } from './support/roadmapLayout';
import { workbenchHandle, workbenchPage } from './support/workbench';

const HOSTILE = `engagement: { client: "<script>alert('c')</script>", date: 2026-10-14, language: fr }
change:
  stage: contemplation
  barriers: [{ type: fear, who: "<img src=x onerror=alert(1)>", note: "</td><script>alert(2)</script>" }]
channels:
  - { id: web, name: "<svg onload=alert(3)>", type: web, capabilities: [inform] }
  - { id: desk, name: "<iframe src=javascript:alert(4)>", type: phone }
segments: [{ id: s, name: "<b onmouseover=alert(5)>pros</b>", digitalIntensity: digital-first, expects: [order] }]
journeys:
  - id: j
    name: "</section><script>alert(6)</script>"
    segment: s
    stages: [{ name: "<style>*{display:none}</style>", steps: [{ channel: web, action: "<img src=x onerror=alert(7)>", emotion: -2, critical: true, pain: "<script>alert(8)</script>" }, { channel: desk, action: ok }] }]
initiatives: [{ id: x, title: "<script>alert(9)</script>", dimension: mobile, owner: "<a href=javascript:alert(10)>o</a>" }]
`;

// The roadmap HTML in the same headless Chromium as the workbench, on a page of its own (the
// workbench's page owns its context, so the page comes from the browser).
async function ownPage(): Promise<Page> {
  const browser = workbenchPage().context().browser();
  if (!browser) throw new Error('the workbench runs in no browser');
  return browser.newPage();
}

describe('Roadmap documents in the browser (Chromium)', () => {
  it('shows hostile strings as text and never runs them', async () => {
    const result = renderRoadmap(analyseEngagement(HOSTILE), { kind: 'builtin', name: 'html' });
    assert.ok(result.ok);
    const page = await ownPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    try {
      await page.setContent(result.text);
      await page.waitForTimeout(300);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.locator('script, iframe, img, style:not(head style):not(svg style), b[onmouseover], a[href^="javascript"]').count(), 0);
      assert.ok((await page.locator('body').innerText()).includes("<script>alert(9)</script>"), 'the title shown as text');
      assert.deepEqual((await roadmapLayoutProblems(page)).problems, []);
    } finally {
      await page.close();
    }
  });

  for (const [file, lang] of [['negoce-pme', 'fr'], ['omnichannel-retailer', 'en'], ['negoce-pme', 'en'], ['omnichannel-retailer', 'fr']] as const) {
    it(`${file} (${lang}): no radar label, timeline label or bar is clipped`, async () => {
      const text = readFileSync(join(workbenchHandle().workspaceFolder, 'examples', `${file}.engagement.yaml`), 'utf8');
      const result = renderRoadmap(analyseEngagement(text, { lang }), { kind: 'builtin', name: 'html' });
      assert.ok(result.ok);
      const page = await ownPage();
      try {
        await page.setContent(result.text);
        const { problems, checked } = await roadmapLayoutProblems(page);
        assert.ok(checked > 20, `measured ${checked} elements`);
        assert.deepEqual(problems, []);
        const bars = await page.locator('svg.timeline rect.bar[data-initiative]').count();
        assert.equal(bars, analyseEngagement(text).roadmap!.phases.reduce((n, p) => n + p.initiatives.length, 0), 'a bar per initiative');
      } finally {
        await page.close();
      }
    });
  }
});
