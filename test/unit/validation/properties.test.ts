// Property-based tests: whatever the text, the analysis never throws and every range lies inside
// the text with consistent lines and columns.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { LineIndex } from '../../../src/core/yaml/lineIndex';

const contract = readFileSync(join(__dirname, '..', '..', '..', '..', 'examples', 'contract-example.engagement.yaml'), 'utf8');

function assertWellFormed(text: string): void {
  const analysis = analyseEngagement(text);
  const lines = new LineIndex(text);
  for (const d of analysis.diagnostics) {
    assert.ok(0 <= d.range.start && d.range.start <= d.range.end && d.range.end <= text.length, `${d.code} inside`);
    assert.deepEqual(lines.range(d.range.start, d.range.end), d.range, `${d.code} lines and columns match offsets`);
    assert.ok(d.message.length > 0);
  }
  for (const range of Object.values(analysis.locations)) assert.ok(range.end <= text.length);
}

const yamlish = fc.string({ unit: fc.constantFrom(...'ab:- \n\t[]{},&*!|>"\'#%@`?~0123é\r'.split('')), maxLength: 200 });

describe('properties', () => {
  it('never throws on arbitrary text, and ranges lie inside it', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), assertWellFormed), { numRuns: 300 });
  });

  it('never throws on YAML-shaped noise', () => {
    fc.assert(fc.property(yamlish, assertWellFormed), { numRuns: 500 });
  });

  it('never throws when a valid engagement is cut or spliced anywhere', () => {
    fc.assert(
      fc.property(fc.nat(contract.length), fc.nat(contract.length), yamlish, (a, b, insert) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        assertWellFormed(contract.slice(0, from) + insert + contract.slice(to));
      }),
      { numRuns: 300 },
    );
  });
});
