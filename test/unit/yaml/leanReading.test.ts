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
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { analyseDocument, analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { parseEngagementDocument } from '../../../src/core/document/engagementDocument';
import { assessmentSchema, engagementFileSchema } from '../../../src/core/model/engagementSchema';
import { piecesOf, planCuts, type CutOptions } from '../../../src/core/yaml/chunkPlan';
import { keyGuideOf } from '../../../src/core/yaml/keyGuide';
import { findPath, keyRangeAt, valueRangeAt } from '../../../src/core/yaml/locatePath';
import { readYaml } from '../../../src/core/yaml/readYaml';
import { generateEngagement } from '../../bench/generateEngagement';
import { yamlCorpus } from './yamlCorpus';

const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));

const corpus = yamlCorpus;

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

/** Cuts every child the plan can cut, each in a piece of its own: the finest cutting, the most seams to get wrong. */
const FINEST: CutOptions = { cutBytes: 0, runBytes: 0 };

function assertSameReading(text: string, label: string, cuts?: CutOptions): boolean {
  const full = readYaml(text, guide);
  const lean = readYaml(text, guide, { lean: true, pieceCount, ...(cuts ? { cuts } : {}) });
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
  // The diagnostics through analyseEngagement, which cuts with the default sizes.
  if (cuts) return lean.locator !== undefined;
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
    switch (random(20)) {
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
      case 14: lines.splice(at(), 0, random(2) ? '---' : '...'); break;
      case 15: lines.splice(0, 0, ...[['---'], ['%YAML 1.2', '---'], ['%YAML 1.1', '--- # c'], ['# c', '%TAG ! tag:x,2000:', '---']][random(4)]!); break;
      case 16: lines = lines.map((line) => line.replace(/^( *)  - /, '$1- ')); break;
      case 17: lines[i] = (lines[i] ?? '').replace(/: (\S.*)$/, ': "$1\n  - id: x"'); break;
      case 18: lines[i] = (lines[i] ?? '').replace(/: (\S.*)$/, ': [$1,\n- y]'); break;
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

  it('reads the corpus and its mutations exactly as the whole composition when cut as finely as it can be', function () {
    this.timeout(120_000);
    const files = corpus();
    let lean = 0;
    for (const [label, text] of files) if (assertSameReading(text, `${label} (finest cuts)`, FINEST)) lean++;
    assert.ok(lean >= files.length * 0.8, `lean for ${lean} of ${files.length} files`);
    let mutated = 0;
    for (let seed = 301; seed <= 700; seed++) {
      const [label, text] = files[seed % files.length]!;
      if (assertSameReading(mutate(text, seed), `${label} mutated with seed ${seed} (finest cuts)`, FINEST)) mutated++;
    }
    assert.ok(mutated >= 400 * 0.3, `lean for ${mutated} of 400 mutations`);
  });

  it('cuts the shapes the first plan declined, reading them exactly as the whole composition', () => {
    const base = generateEngagement(30_000, 5);
    const indented = (text: string) => text.replace(/\n$/, '').split('\n').map((line) => `  ${line}`).join('\n').slice(2);
    const shapes: Array<[string, string]> = [
      ['document start', `---\n${base}`],
      ['document start with a comment', `# notes\n--- # start\n${base}`],
      ['%YAML 1.2', `%YAML 1.2\n---\n${base}`],
      ['%YAML 1.1 (reported)', `%YAML 1.1\n---\n${base}`],
      ['%YAML 1.1 with a comment (reported)', `# c\n%YAML 1.1   # old\n\n---\n${base}`],
      ['lists at their key\'s column', base.replace(/^ {2}(\s*)/gm, '$1')],
      ['root list', `- ${indented(base)}\n`],
      ['root list of three', `- ${indented(base)}\n- a: 1\n-\n- [x, y]\n`],
      ['top-level key twice', `${base}engagement:\n  client: B\n`],
      ['top-level list twice', `${base}${base.slice(base.indexOf('journeys:'))}`],
      ['annotation twice', `x-a:\n  - 1\n${base}x-a:\n  - 2\n`],
      ['nested key twice', base.replace(/^( {4})id: (journey-\d+)$/m, '$1id: $2\n$1id: again')],
      ['step key twice', base.replace(/^( {12})channel: (\w+)$/m, '$1channel: $2\n$1channel: again')],
      ['big annotation', `engagement:\n  client: X\nx-big:\n  ${indented(base)}\n`],
      ['big unknown key', `engagement:\n  client: X\nunknown:\n  ${indented(base)}\n`],
    ];
    for (const [label, text] of shapes) {
      for (const cuts of [undefined, FINEST, { cutBytes: 2000, runBytes: 500 }]) {
        assert.ok(assertSameReading(text, `${label} ${JSON.stringify(cuts)}`, cuts), `${label}: read lean`);
      }
    }
    // A root list is not a mapping: reported as the whole reading reports it.
    const rootList = analyseEngagement(`- ${indented(base)}\n`, { validateOnly: true, lang: 'en' }).diagnostics;
    assert.ok(rootList.length > 0);
  });

  it('falls back to the whole composition where a cut would land inside a construct, and stays exact', () => {
    const nasty: Array<[string, string]> = [
      ['multi-line double-quoted', 'channels:\n  - id: a\n    name: "one\n  - id: b"\n  - id: c\n'],
      ['multi-line single-quoted', "journeys:\n  - id: a\n    name: 'one\n  - two'\n"],
      ['multi-line quoted key', 'engagement:\n  client: "a\nchannels: b"\n'],
      ['flow list across lines', 'channels:\n  - id: a\n    capabilities: [inform,\n  - order]\n  - id: b\n'],
      ['flow map across lines', 'x-a: {a: 1,\nb: 2}\nengagement:\n  client: X\n'],
      ['flow at column 0', 'x-a: [\n1, 2\n]\nengagement:\n  client: X\n'],
      ['block scalar with items', 'x-notes: |\n  - one\n  two: 2\nchannels:\n  - id: a\n'],
      ['block scalar keep, trailing blank', 'x-notes: |+\n  text\n\n\nchannels:\n  - id: a\n'],
      ['block scalar at the item column', 'channels:\n  - id: a\n    name: >\n      text\n  - id: b\n'],
      ['block scalar with indicator', 'channels:\n  - name: |2\n      x\n    id: a\n  - id: b\n'],
      ['comment at column 0 inside a list', 'channels:\n  - id: a\n# c\n    type: web\n  - id: b\n'],
      ['comment at an odd indent', 'journeys:\n  - id: j\n     # c\n    stages:\n   # d\n      - name: S\n'],
      ['comment after a block scalar', 'x-n: |\n  a\n # c\n  b\nchannels:\n  - id: a\n'],
      ['tab indentation', 'channels:\n\t- id: a\n'],
      ['tab after a dash', 'channels:\n  -\tid: a\n  - id: b\n'],
      ['tab in a value', 'channels:\n  - id: a\t# c\n  - id:\tb\n'],
      ['lone CR', 'channels:\r  - id: a\r'],
      ['second document', 'engagement:\n  client: X\n---\nchannels: []\n'],
      ['document end', 'engagement:\n  client: X\n...\n'],
      ['directive without start', '%YAML 1.2\nengagement:\n  client: X\n'],
      ['two directives', '%YAML 1.2\n%YAML 1.2\n---\nengagement:\n  client: X\n'],
      ['tag directive', '%TAG ! tag:example.com,2000:\n---\nengagement:\n  client: X\n'],
      ['start marker with content', '--- engagement\n'],
      ['indented root', '  engagement:\n    client: X\n'],
      ['anchor on a cut list', 'channels: &c\n  - id: a\nx-b: *c\n'],
      ['anchor across pieces', 'channels:\n  - &a id: a\n  - *a\n  - id: *a\n'],
      ['alias to a later anchor', 'channels:\n  - id: *a\n  - id: &a b\n'],
      ['item at the wrong column', 'channels:\n  - id: a\n - id: b\n'],
      ['key at an item column', 'channels:\n  - id: a\n  type: web\n'],
      ['compact list then a key', 'channels:\n- id: a\nsegments:\n- id: s\n'],
      ['compact list after a value', 'channels: x\n- id: a\n'],
      ['empty items', 'channels:\n  -\n  - \n  - id: a\n'],
      ['nested compact lists', 'journeys:\n- id: j\n  stages:\n  - name: S\n    steps:\n    - action: a\n    - action: b\n'],
      ['dash alone then a map', 'channels:\n  -\n    id: a\n  - id: b\n'],
      ['list of lists', '- - a\n  - b\n- - c\n'],
      ['plain scalar continued', 'channels:\n  - id: a\n    name: one\n      two\n  - id: b\n'],
      ['key with no space', 'channels:\n  - id:a\n  - id: b\n'],
      ['explicit key', '? channels\n: - id: a\n'],
      ['reserved keys', '__proto__:\n  - a\nconstructor:\n  x: 1\nchannels:\n  - id: a\n    __proto__: 1\n'],
      ['merge key', 'channels:\n  - <<: {id: a}\n  - id: b\n'],
      ['custom tag in a piece', 'channels:\n  - id: !x a\n  - !!binary aGk=\n'],
      ['too deep across pieces', `x-deep:\n${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2 + 2)}- a${i}:`).join('\n')}\n`],
    ];
    for (const [label, text] of nasty) {
      for (const cuts of [undefined, FINEST]) assertSameReading(text, `${label} ${JSON.stringify(cuts)}`, cuts);
      // The same with CRLF line breaks and without the final line break.
      assertSameReading(text.replace(/\n/g, '\r\n'), `${label} (CRLF)`, FINEST);
      assertSameReading(text.replace(/\n$/, ''), `${label} (no final break)`, FINEST);
    }
  });

  it('plans the cuts: runs of small children, big children cut further, uncuttable styles declined', () => {
    const text = 'engagement:\n  client: A\nchannels:\n  # c\n  - id: a\n    type: web\n\n  - id: b\njourneys: []\n';
    const finest = planCuts(text, FINEST);
    assert.deepEqual(finest?.root.parts.map((part) => [part.start, part.end, part.count, part.value?.kind]), [
      [0, 24, 1, 'map'],
      [24, 75, 1, 'seq'],
      [75, 88, 1, undefined],
    ]);
    const channels = finest!.root.parts[1]!.value!;
    assert.deepEqual([channels.start, channels.column, channels.parts.map((part) => [part.start, part.end, part.value?.inItem])], [42, 2, [[40, 65, true], [65, 75, true]]]);
    // With the default sizes, a small text is a single run.
    assert.deepEqual(planCuts(text)?.root.parts.map((part) => [part.start, part.end, part.count]), [[0, 88, 3]]);
    assert.deepEqual(planCuts('---\n%YAML 1.1\n', FINEST), undefined);
    assert.deepEqual(planCuts('%YAML 1.1 # c\n---\na: 1\n')?.directive, { start: 0, end: 9 });
    assert.equal(planCuts('%YAML 1.2\n---\na: 1\n')?.directive, undefined);
    assert.equal(planCuts('- a\n- b\n', FINEST)?.root.kind, 'seq');
    for (const declined of ['a: 1\n---\nb: 2\n', 'a: 1\n...\n', '%YAML 1.2\na: 1\n', '"a": 1\n', '\ta: 1\n', '  a: 1\n', '\uFEFFa: 1\n', 'a: 1\rb: 2\n', '[a]\n', '', '# only\n']) {
      assert.equal(planCuts(declined, FINEST), undefined, JSON.stringify(declined));
    }
    // A tab where an indentation ends never starts a piece: it stays in the piece of the line before.
    for (const text of ['a:\n\t- x\n', 'a:\n  b: 1\n  \tc: 2\nd: 3\n']) {
      const cuts = planCuts(text, FINEST)!;
      assert.ok(cuts, JSON.stringify(text));
      assert.equal(cuts.root.parts[0]!.end, text.indexOf('\n', text.indexOf('\t')) + 1, JSON.stringify(text));
    }
    // Every piece is planned from a line start, in order, without gaps between runs.
    const big = generateEngagement(200_000, 3);
    const pieces = piecesOf(planCuts(big, { cutBytes: 5000, runBytes: 1000 })!);
    assert.ok(pieces.length > 100);
    for (const [start, end] of pieces) assert.ok(start < end && (start === 0 || big[start - 1] === '\n'), `piece at ${start}`);
    assert.ok(Math.max(...pieces.map(([start, end]) => end - start)) <= 5000, 'no piece over the cut size');
  });

  it('bounds every piece of a 3 MB engagement written as one journey, one annotation or a root list', () => {
    const base = generateEngagement(3_000_000, 11);
    const journeys = base.slice(base.indexOf('journeys:'));
    const steps = journeys.split('\n').filter((line) => /^ {10}/.test(line)).join('\n');
    const shapes = [
      `${base.slice(0, base.indexOf('journeys:'))}journeys:\n  - id: j\n    segment: pme\n    stages:\n      - name: S\n        steps:\n${steps}\n`,
      `x-big:\n${base.replace(/^/gm, '  ')}`,
      `- ${base.replace(/\n/g, '\n  ')}`,
    ];
    for (const text of shapes) {
      const pieces = piecesOf(planCuts(text)!);
      const largest = Math.max(...pieces.map(([start, end]) => end - start));
      assert.ok(largest <= 64 * 1024, `largest piece ${largest}`);
    }
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
