// The bundled examples are what a new user runs first: the realistic ones have no errors, every
// level they score lies in 1..5, and the example with deliberate mistakes shows every rule.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { DIAGNOSTIC_SEVERITIES } from '../../../src/core/diagnostics/diagnostic';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

describe('examples', () => {
  for (const name of ['negoce-pme.engagement.yaml', 'omnichannel-retailer.engagement.yaml', 'contract-example.engagement.yaml']) {
    it(`${name} validates without errors and scores every dimension within 1..5`, () => {
      const analysis = analyseEngagement(read(name));
      assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
      assert.ok(analysis.diagnostics.some((d) => d.severity === 'warning'), 'a real engagement has CX findings');
      assert.equal(analysis.maturity?.dimensions.length, 10);
      for (const dimension of analysis.maturity!.dimensions) {
        assert.ok(dimension.level >= 1 && dimension.level <= 5, `${dimension.id} level ${dimension.level}`);
      }
    });
  }

  it('the mistakes and broken examples together show every code a file can produce', () => {
    const files = ['mistakes.engagement.yaml', ...readdirSync(join(EXAMPLES, 'broken')).map((n) => join('broken', n))];
    const shown = new Set(files.flatMap((name) => analyseEngagement(read(name)).diagnostics.map((d) => d.code)));
    const fileLevel = new Set(['file-not-found', 'file-too-large', 'file-unreadable', 'too-many-diagnostics', 'analysis-failed']);
    const missing = Object.keys(DIAGNOSTIC_SEVERITIES).filter((code) => !fileLevel.has(code) && !shown.has(code as never));
    assert.deepEqual(missing, []);
  });
});
