/**
 * `cxm journey` reads lean (no composed YAML tree, as `cxm validate`): the export draws only the
 * engagement, its language and diagnostics, so both readings must give byte-identical documents.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { exportJourneyMap, journeyIds, type JourneyExportFormat } from '../../../src/core/journey/exportJourneyMap';
import type { Language } from '../../../src/core/model/vocabulary';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');
const FORMATS: JourneyExportFormat[] = ['svg', 'html', 'mermaid'];
const LANGUAGES: Language[] = ['en', 'fr'];

describe('journey export from the lean reading', () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.engagement.yaml'));

  it('finds the corpus examples', () => assert.ok(files.length >= 4));

  for (const name of files) {
    for (const lang of LANGUAGES) {
      it(`${name} (${lang}): same diagnostics and same svg, html and mermaid, every journey and each one`, () => {
        const text = readFileSync(join(EXAMPLES, name), 'utf8');
        const whole = analyseEngagement(text, { lang });
        const lean = analyseEngagement(text, { lang, validateOnly: true });
        assert.deepEqual(lean.diagnostics, whole.diagnostics);
        assert.equal(lean.ok, whole.ok);
        if (!whole.engagement) return; // refused by `cxm journey` (its errors): the diagnostics are what it prints
        const ids = journeyIds(whole);
        assert.deepEqual(journeyIds(lean), ids);
        assert.ok(ids.length > 0);
        for (const format of FORMATS) {
          assert.equal(exportJourneyMap(lean, { format }), exportJourneyMap(whole, { format }), format);
          for (const journeyId of ids) assert.equal(exportJourneyMap(lean, { journeyId, format }), exportJourneyMap(whole, { journeyId, format }), `${format} ${journeyId}`);
        }
      });
    }
  }

  it('a file with warnings on its steps draws the same warnings lean', () => {
    const text = readFileSync(join(EXAMPLES, 'mistakes.engagement.yaml'), 'utf8');
    const whole = analyseEngagement(text, { lang: 'fr' });
    const lean = analyseEngagement(text, { lang: 'fr', validateOnly: true });
    assert.ok(whole.diagnostics.some((d) => /^journeys\.\d+\.stages\.\d+\.steps\.\d+/.test(d.path)), 'the example has step diagnostics');
    assert.deepEqual(lean.diagnostics, whole.diagnostics);
  });
});
