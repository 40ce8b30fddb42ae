// Hostile and malformed input: each gets a clear, located diagnostic, never an exception, an
// abort or a polluted prototype. (Times are printed by `npm run bench`, never asserted here.)
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import type { EngagementAnalysis } from '../../../src/core/analysis/engagementAnalysis';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');
const contract = readFileSync(join(EXAMPLES, 'contract-example.engagement.yaml'), 'utf8');

function codes(analysis: EngagementAnalysis): string[] {
  return analysis.diagnostics.map((d) => d.code);
}

function assertRangesInside(text: string, analysis: EngagementAnalysis): void {
  for (const d of analysis.diagnostics) {
    assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `${d.code} range inside the text`);
    assert.ok(d.range.line >= 1 && d.range.column >= 1, `${d.code} 1-based position`);
  }
}

function assertError(text: string, code: string): EngagementAnalysis {
  const analysis = analyseEngagement(text);
  assert.equal(analysis.ok, false, 'the file is rejected');
  assert.ok(codes(analysis).includes(code), `expected ${code}, got ${codes(analysis).join(', ')}`);
  assertRangesInside(text, analysis);
  return analysis;
}

describe('bad input', () => {
  it('malformed YAML: a yaml-syntax error where the flow collection is left open', () => {
    const text = 'engagement:\n  client: Acme\nchannels: [site, phone\n';
    const analysis = assertError(text, 'yaml-syntax');
    assert.ok(analysis.diagnostics.every((d) => d.range.line >= 3), 'located at the broken line, not line 1');
  });

  it('wrong types: schema-type on the value', () => {
    const text = contract.replace('share: 45', 'share: "beaucoup"');
    const analysis = assertError(text, 'schema-type');
    const d = analysis.diagnostics.find((x) => x.code === 'schema-type')!;
    assert.equal(text.slice(d.range.start, d.range.end), '"beaucoup"');
    assert.equal(d.path, 'segments.0.share');
  });

  it('an empty file: the required sections are missing', () => {
    const analysis = assertError('', 'schema-required');
    assert.ok(analysis.diagnostics.some((d) => d.message.includes('engagement')));
  });

  it('a list or a scalar at the top: schema-type', () => {
    assertError('- a\n- b\n', 'schema-type');
    assertError('just a sentence\n', 'schema-type');
  });

  it('tabs as indentation: a yaml-syntax error', () => {
    assertError('engagement:\n\tclient: Acme\n', 'yaml-syntax');
  });

  it('a BOM and CRLF line ends: the file stays valid and columns stay right', () => {
    const text = '\uFEFF' + contract.replace(/\n/g, '\r\n');
    const analysis = analyseEngagement(text);
    assert.equal(analysis.ok, true, codes(analysis).join(', '));
    const lf = analyseEngagement(contract);
    assert.deepEqual(
      analysis.diagnostics.map((d) => [d.code, d.range.line]),
      lf.diagnostics.map((d) => [d.code, d.range.line]),
    );
  });

  it('%YAML 1.1: reported, and values are still read as YAML 1.2 (yes stays a string)', () => {
    const text = '%YAML 1.1\n---\n' + contract.replace('recognizesCustomer: true', 'recognizesCustomer: yes');
    const analysis = assertError(text, 'yaml-unsupported');
    assert.ok(codes(analysis).includes('schema-type'), 'yes is not a boolean in YAML 1.2');
  });

  it('custom tags (!!js/function, !include): yaml-unsupported on the tag', () => {
    const analysis = assertError(contract.replace('sector: Négoce B2B', 'sector: !include secteur.txt'), 'yaml-unsupported');
    const d = analysis.diagnostics.find((x) => x.code === 'yaml-unsupported')!;
    assert.match(contract.replace('sector: Négoce B2B', 'sector: !include secteur.txt').slice(d.range.start, d.range.end), /^!include/);
    assertError(contract.replace('sector: Négoce B2B', 'sector: !!js/function "function () { return 1 }"'), 'yaml-unsupported');
  });

  it('merge keys: yaml-unsupported', () => {
    assertError(contract.replace('  stage: contemplation', '  <<: { stage: contemplation }\n  stage: contemplation'), 'yaml-unsupported');
  });

  it('an alias bomb: yaml-limit on the alias, without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const text = `x-bomb:\n${levels.map((line) => `  ${line}`).join('\n')}\n` + contract;
    const analysis = assertError(text, 'yaml-limit');
    const d = analysis.diagnostics.find((x) => x.code === 'yaml-limit')!;
    assert.equal(text.slice(d.range.start, d.range.end).startsWith('*'), true, 'on an alias');
  });

  it('a mapping with 50,000 keys: warnings capped at 1,000 plus one summary', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: ${i}`).join('\n');
    const text = contract.replace('engagement:\n', `engagement:\n${keys}\n`);
    const analysis = analyseEngagement(text);
    assert.equal(analysis.diagnostics.length, 1001);
    assert.equal(analysis.diagnostics.at(-1)!.code, 'too-many-diagnostics');
    assertRangesInside(text, analysis);
  });

  it('duplicate keys, found in linear time: duplicate-key on the later key', () => {
    const analysis = assertError(contract.replace('  client: Acme Distribution', '  client: Acme Distribution\n  client: Acme'), 'duplicate-key');
    assert.equal(analysis.diagnostics.find((d) => d.code === 'duplicate-key')!.range.line, 3);
  });

  it('deeply nested flow collections: yaml-limit, twice in one process (no abort)', () => {
    const text = `engagement: ${'['.repeat(2000)}${']'.repeat(2000)}\n`;
    assertError(text, 'yaml-limit');
    assertError(text, 'yaml-limit');
    assertError(`${'- '.repeat(1000)}x\n`, 'yaml-limit');
  });

  it('__proto__, constructor and prototype keys: reserved-key, and no prototype pollution', () => {
    const text = contract.replace('engagement:\n', 'engagement:\n  __proto__: { polluted: true }\n  constructor: x\n  prototype: y\n');
    const analysis = assertError(text, 'reserved-key');
    assert.equal(codes(analysis).filter((c) => c === 'reserved-key').length, 3);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('a file over 10 MB: one file-too-large error, not parsed', () => {
    const analysis = assertError('#'.repeat(10 * 1024 * 1024 + 1), 'file-too-large');
    assert.equal(analysis.diagnostics.length, 1);
  });

  it('binary garbage: located diagnostics, never an exception', () => {
    let seed = 42;
    const bytes = Array.from({ length: 20_000 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return String.fromCharCode(seed % 256);
    }).join('');
    const analysis = analyseEngagement(bytes);
    assert.equal(analysis.ok, false);
    assertRangesInside(bytes, analysis);
  });

  it('a second document: yaml-unsupported', () => {
    assertError(`${contract}\n---\nengagement: {client: B}\n`, 'yaml-unsupported');
  });

  it('an unsupported version: unsupported-version on the value', () => {
    const analysis = assertError(`version: 2\n${contract}`, 'unsupported-version');
    assert.equal(analysis.diagnostics.find((d) => d.code === 'unsupported-version')!.range.line, 1);
  });

  it('a flood of warnings never hides an error: errors are kept within the cap, and the file is not ok', () => {
    const keys = Array.from({ length: 1_200 }, (_, i) => `  k${i}: ${i}`).join('\n');
    const text = contract.replace('engagement:\n', `engagement:\n${keys}\n`).replace('  - id: site', '  - id: branch');
    const analysis = analyseEngagement(text);
    assert.equal(analysis.ok, false);
    assert.ok(analysis.diagnostics.some((d) => d.code === 'duplicate-id'), 'the duplicate id is among the 1,000 kept');
    assert.equal(analysis.diagnostics.at(-1)!.code, 'too-many-diagnostics');
  });

  it('duplicate keys reached through an alias: the first one wins there too, and unknown keys are reported on the alias', () => {
    const text = [
      'x-shared: &web {id: site, type: web, capabilities: [inform], id: other, colour: blue}',
      'engagement: {client: Acme}',
      'change: {stage: action}',
      'channels:',
      '  - *web',
      'segments:',
      '  - {id: pros, digitalIntensity: traditional}',
      '',
    ].join('\n');
    const analysis = analyseEngagement(text);
    assert.equal(analysis.engagement?.channels.find((c) => c.type === 'web')?.id, 'site');
    const unknown = analysis.diagnostics.find((d) => d.code === 'unknown-key');
    assert.ok(unknown, 'the unknown key under the anchor is reported');
    assert.equal(text.slice(unknown.range.start, unknown.range.end), '*web');
  });
});
