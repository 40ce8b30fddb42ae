/**
 * Properties of the defences, with fast-check: the pre-scan and the analysis never throw, every
 * range lies inside the text, the output stays bounded by the input whatever its strings, and the
 * depth limit fires exactly past 64 levels of any mix of block and flow nesting.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../../src/core/diagnostics/diagnostic';
import { MAX_DEPTH, preScan } from '../../../src/core/yaml/preScan';
import { VALID_ENGAGEMENT } from '../cli/cliHarness';

const yamlUnits = fc.constantFrom(...'ab:- \n\r\t[]{},&*!|>"\'#%?0é\u0000\u202e\ufffd'.split(''), '- ', ': ', '\n  ', '&a ', '*a', '!!binary ', '---\n');

/** One level of nesting, written in any of the ways YAML allows. */
const level = fc.constantFrom('flow-seq', 'flow-map', 'block-seq', 'block-map', 'compact-seq');

function nested(levels: readonly string[]): string {
  let text = 'leaf';
  // Inside a flow collection only flow collections can nest.
  const outermostFlow = levels.findIndex((kind) => kind.startsWith('flow'));
  for (let i = levels.length - 1; i >= 0; i--) {
    const kind = outermostFlow >= 0 && i > outermostFlow ? 'flow-seq' : levels[i]!;
    if (kind === 'flow-seq') text = `[${text}]`;
    else if (kind === 'flow-map') text = `{k: ${text}}`;
    else if (kind === 'compact-seq') text = `- ${text.replace(/\n/g, '\n  ')}`;
    else if (kind === 'block-seq') text = `-\n  ${text.replace(/\n/g, '\n  ')}`;
    else text = `k${i}:\n  ${text.replace(/\n/g, '\n  ')}`;
  }
  return text;
}

function bounded(text: string): void {
  const analysis = analyseEngagement(text, { lang: 'en' });
  assert.ok(analysis.diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE + 1);
  for (const d of analysis.diagnostics) {
    assert.ok(0 <= d.range.start && d.range.start <= d.range.end && d.range.end <= text.length, `${d.code} inside`);
    assert.ok(d.message.length <= 1200, `${d.code}: ${d.message.length} characters`);
  }
}

describe('hostile input: properties', () => {
  it('the pre-scan never throws, and what it reports lies inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: yamlUnits, maxLength: 400 }), (text) => {
      const problem = preScan(text);
      if (problem) assert.ok(problem.start >= 0 && problem.end <= text.length && problem.start <= problem.end);
    }), { numRuns: 1000 });
  });

  it('the analysis never throws on YAML-shaped noise spliced into a valid file; ranges inside, messages bounded', () => {
    fc.assert(fc.property(fc.nat(VALID_ENGAGEMENT.length), fc.string({ unit: yamlUnits, maxLength: 120 }), (at, noise) => {
      bounded(VALID_ENGAGEMENT.slice(0, at) + noise + VALID_ENGAGEMENT.slice(at));
    }), { numRuns: 300 });
  });

  it('output size is bounded by the input, not by the length of its strings', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 2000 }), (seed, repeat) => {
      const long = JSON.stringify(seed.repeat(repeat));
      // Replacement functions: a `$'` in the generated text must not be read as a replacement pattern.
      const text = VALID_ENGAGEMENT
        .replace('  stage: contemplation', () => `  stage: ${long}`)
        .replace('    type: web', () => `    type: web\n    name: ${long}`)
        .replace('  client: Acme', () => `  client: Acme\n  ${JSON.stringify(seed.repeat(Math.min(repeat, 100)))}: 1`);
      const analysis = analyseEngagement(text, { lang: 'en' });
      const size = JSON.stringify(analysis.diagnostics).length;
      assert.ok(size <= 2000 * Math.max(1, analysis.diagnostics.length), `${size} bytes for ${analysis.diagnostics.length} diagnostics`);
    }), { numRuns: 150 });
  });

  it('the depth limit fires exactly past 64 levels, for any mix of block and flow nesting', () => {
    fc.assert(fc.property(fc.array(level, { minLength: MAX_DEPTH - 2, maxLength: MAX_DEPTH + 3 }), (levels) => {
      const text = `x-deep:\n  ${nested(levels).replace(/\n/g, '\n  ')}\n`;
      // The root mapping is one level, `x-deep`'s value the next ones.
      const deep = levels.length + 1 > MAX_DEPTH;
      const limited = analyseEngagement(text, { lang: 'en' }).diagnostics.some((d) => d.code === 'yaml-limit');
      assert.equal(limited, deep, `${levels.length} levels: ${levels.join(' ')}`);
    }), { numRuns: 200 });
  });
});
