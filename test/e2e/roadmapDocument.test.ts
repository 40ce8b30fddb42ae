import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { renderRoadmap } from '../../src/core/templates/renderRoadmap';
import { roadmapLayoutProblems } from './support/roadmapLayout';
import { workbenchHandle, workbenchPage } from './support/workbench';

// The roadmap HTML in the same headless Chromium as the workbench, on its own page.
describe('Roadmap documents in the browser (Chromium)', () => {
  for (const [file, lang] of [['negoce-pme', 'fr'], ['omnichannel-retailer', 'en'], ['negoce-pme', 'en'], ['omnichannel-retailer', 'fr']] as const) {
    it(`${file} (${lang}): no radar label, timeline label or bar is clipped`, async () => {
      const text = readFileSync(join(workbenchHandle().workspaceFolder, 'examples', `${file}.engagement.yaml`), 'utf8');
      const result = renderRoadmap(analyseEngagement(text, { lang }), { kind: 'builtin', name: 'html' });
      assert.ok(result.ok);
      const page = await workbenchPage().context().newPage();
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
