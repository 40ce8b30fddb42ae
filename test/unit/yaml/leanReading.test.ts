/**
 * The lean reading (`cxm validate`: the YAML composed piece by piece, a compact locator kept instead
 * of the document) must be indistinguishable from the whole composition: same value, same problems,
 * the same answer for every path the document holds, the same diagnostics byte for byte. Checked on
 * the examples, the rule fixtures and generated engagements, and on hundreds of mutations of them
 * (comments and blank lines at every indentation, CRLF, broken indentation, duplicated and deleted
 * lines, anchors and aliases, unterminated quotes, block scalars), where the reading falls back to the
 * whole composition whenever a piece does not compose cleanly.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { analyseDocument, analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { parseEngagementDocument } from '../../../src/core/document/engagementDocument';
import { assessmentSchema, engagementFileSchema } from '../../../src/core/model/engagementSchema';
import { planChunks } from '../../../src/core/yaml/chunkPlan';
import { keyGuideOf } from '../../../src/core/yaml/keyGuide';
import { findPath, keyRangeAt, valueRangeAt } from '../../../src/core/yaml/locatePath';
import { readYaml } from '../../../src/core/yaml/readYaml';
import { generateEngagement } from '../../bench/generateEngagement';
import { VALID_ENGAGEMENT } from '../cli/cliHarness';

const ROOT = join(__dirname, '..', '..', '..', '..');
const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));

function corpus(): Array<[string, string]> {
  const files: Array<[string, string]> = [['VALID_ENGAGEMENT', VALID_ENGAGEMENT]];
  for (const folder of ['examples', join('examples', 'broken'), join('test', 'fixtures', 'rules')]) {
    for (const name of readdirSync(join(ROOT, folder)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      files.push([join(folder, name), readFileSync(join(ROOT, folder, name), 'utf8')]);
    }
  }
  for (const seed of [1, 2, 3]) files.push([`generated ${seed}`, generateEngagement(12_000, seed)]);
  return files;
}

/** Every path the document holds, and paths that go one step too far or miss. */
function pathsOf(document: Document.Parsed): string[] {
  const paths = ['', 'missing', 'journeys.999', 'journeys.x', 'channels.-1', 'journeys.0.stages.0.steps.0.nope'];
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > 70) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        const child = path ? `${path}.${key}` : key;
        paths.push(child, `${child}.missing`);
        walk(pair.value, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = path ? `${path}.${index}` : String(index);
        paths.push(child);
        walk(item, child, depth + 1);
      });
      paths.push(path ? `${path}.${node.items.length}` : String(node.items.length));
    }
  };
  walk(document.contents as YamlNode | null, '', 0);
  return paths;
}

/** Asserts the lean reading equals the whole one; true when the lean path was taken (no fallback). */
const pieceCount = { fast: 0, composed: 0 };

function assertSameReading(text: string, label: string): boolean {
  const full = readYaml(text, guide);
  const lean = readYaml(text, guide, { lean: true, pieceCount });
  assert.deepEqual(lean.value, full.value, `${label}: value`);
  assert.deepEqual(lean.problems, full.problems, `${label}: problems`);
  assert.equal(lean.fatal, full.fatal, `${label}: fatal`);
  if (lean.locator) {
    assert.ok(full.document, `${label}: lean only where the whole text composes`);
    assert.equal(lean.document, undefined);
    // Inside a top-level annotation or unknown key nothing is ever located: the lean locator keeps its range only.
    const validated = new Set(Object.keys((full.value ?? {}) as object));
    const inside = (path: string) => path.includes('.') && !validated.has(path.slice(0, path.indexOf('.')));
    for (const path of pathsOf(full.document).filter((p) => !inside(p))) {
      assert.deepEqual(lean.locator.find(path), findPath(full.document, path), `${label}: find(${path})`);
      assert.deepEqual(valueRangeAt(lean.locator, path), valueRangeAt(full.document, path), `${label}: value range of ${path}`);
      assert.deepEqual(keyRangeAt(lean.locator, path), keyRangeAt(full.document, path), `${label}: key range of ${path}`);
    }
  }
  for (const lang of ['en', 'fr'] as const) {
    const leanDiagnostics = analyseEngagement(text, { validateOnly: true, lang }).diagnostics;
    const fullDiagnostics = analyseDocument(parseEngagementDocument(text), { validateOnly: true, lang }).diagnostics;
    assert.equal(JSON.stringify(leanDiagnostics), JSON.stringify(fullDiagnostics), `${label}: diagnostics (${lang})`);
  }
  return lean.locator !== undefined;
}

/** A deterministic mutation of `text` (one to three edits), from `seed`. */
function mutate(text: string, seed: number): string {
  let state = seed >>> 0 || 1;
  const random = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  let lines = text.split('\n');
  const at = () => random(lines.length + 1);
  const edits = 1 + random(3);
  for (let e = 0; e < edits; e++) {
    const i = Math.min(at(), lines.length - 1);
    switch (random(14)) {
      case 0: lines.splice(at(), 0, `${' '.repeat(random(12))}# note ${e}`); break;
      case 1: lines.splice(at(), 0, ''); break;
      case 2: lines.splice(at(), 0, ' '.repeat(1 + random(8))); break;
      case 3: lines[i] = `${lines[i]}   # trailing`; break;
      case 4: lines.splice(i, 1); break;
      case 5: lines.splice(i, 0, lines[i] ?? ''); break;
      case 6: lines[i] = `${' '.repeat(random(3))}${lines[i] ?? ''}`; break;
      case 7: lines[i] = (lines[i] ?? '').replace(/^ {1,2}/, ''); break;
      case 8: lines[i] = (lines[i] ?? '').replace(/: (\S)/, ': &a$1'); lines.splice(at(), 0, `${lines[i]?.match(/^ */)?.[0] ?? ''}x-alias: *a`); break;
      case 9: lines[i] = (lines[i] ?? '').replace(/: (\S)/, ': "$1'); break;
      case 10: lines.splice(at(), 0, 'x-notes: |', '  free text', '  - not an item', '', '  more'); break;
      case 11: lines.splice(at(), 0, `${' '.repeat(random(6))}- stray`); break;
      case 12: lines[i] = (lines[i] ?? '').replace(/^( *)(\w+):/, '$1"$2":'); break;
      default: lines = lines.map((line) => `${line}\r`); break;
    }
  }
  const joined = lines.join('\n');
  return random(4) === 0 ? joined.replace(/\n+$/, '') : joined;
}

describe('lean reading (cxm validate)', () => {
  it('reads the corpus exactly as the whole composition, and lean for nearly all of it', () => {
    let lean = 0;
    const files = corpus();
    pieceCount.fast = pieceCount.composed = 0;
    for (const [label, text] of files) if (assertSameReading(text, label)) lean++;
    // Most pieces are read by the fast reader (fastPiece.ts), the rest composed by yaml: same results.
    const pieces = pieceCount.fast + pieceCount.composed;
    console.log(`      (pieces: ${pieceCount.fast} of ${pieces} read fast)`);
    assert.ok(pieceCount.fast >= pieces * 0.6, `fast for ${pieceCount.fast} of ${pieces} pieces`);
    assert.ok(files.length >= 40, `only ${files.length} files`);
    assert.ok(lean >= files.length * 0.8, `lean for ${lean} of ${files.length} files`);
  });

  it('stays exact on hundreds of mutations of the corpus, falling back where a piece does not compose', function () {
    this.timeout(120_000);
    const files = corpus();
    let lean = 0;
    let total = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const [label, text] = files[seed % files.length]!;
      if (assertSameReading(mutate(text, seed), `${label} mutated with seed ${seed}`)) lean++;
      total++;
    }
    assert.ok(pieceCount.fast > 0, 'the mutations exercise the fast reader too');
    // The mutations must keep exercising the lean path, not only the fallback.
    assert.ok(lean >= total * 0.3, `lean for ${lean} of ${total} mutations`);
  });

  it('cuts the top-level lists into one piece per item, and declines the styles it does not cut', () => {
    const lists = new Set(['channels', 'journeys']);
    const plan = planChunks('engagement:\n  client: A\nchannels:\n  # c\n  - id: a\n    type: web\n\n  - id: b\njourneys: []\n', lists);
    assert.deepEqual(plan?.map((entry) => [entry.key, entry.start, entry.end, entry.items]), [
      ['engagement', 0, 24, undefined],
      ['channels', 24, 75, [40, 65]],
      ['journeys', 75, 88, undefined],
    ]);
    for (const declined of ['- a\n', 'a: 1\n---\nb: 2\n', '%YAML 1.2\n---\na: 1\n', '"a": 1\n', 'a: 1\na: 2\n', 'a:\n\t- x\n', '  a: 1\n', '\uFEFFa: 1\n', 'a: [1,\n2]\n', '']) {
      assert.equal(planChunks(declined, lists), undefined, JSON.stringify(declined));
    }
    // A list whose items sit at column 0, or with content at its items' column, is composed whole.
    assert.equal(planChunks('channels:\n- id: a\n', lists), undefined);
    assert.equal(planChunks('channels:\n  - id: a\n  x: 1\n', lists)?.[0]?.items, undefined);
  });

  it('keeps no YAML tree for cxm validate, and refuses to serve anything but diagnostics from it', () => {
    const text = generateEngagement(50_000, 4);
    const document = parseEngagementDocument(text, { lean: true });
    assert.equal(document.yaml, undefined);
    assert.ok(document.reading.locator, 'read lean');
    assert.ok(document.engagement, 'the engagement is still normalised');
    assert.throws(() => analyseDocument(document), /validateOnly/);
    assert.deepEqual(analyseDocument(document, { validateOnly: true }).diagnostics, analyseDocument(parseEngagementDocument(text), { validateOnly: true }).diagnostics);
  });
});
