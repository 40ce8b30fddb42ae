/**
 * The lean reading of a large broken text (issue 8: a typo in a 10 MB file must not cost the whole
 * composition): a piece that does not compose cleanly is retried merged with its following
 * siblings, and where that still has syntax errors the reading reports that window's errors and
 * reads on, never composing the whole text. Its problems must be the whole composition's for the
 * common single errors (unclosed flow, bad indentation, stray colon, quote left open at the end,
 * duplicate keys), and where the whole composition's depend on the rest of the file (a tab in an
 * indentation, a quote left open in the middle), the first error is located exactly and nothing
 * spurious follows. `wholeOnErrorChars: 0` forces that reading on texts of any size (by default
 * texts under 1 MB are composed whole on any error).
 */
import * as assert from 'node:assert/strict';
import { keyGuideOf } from '../../../src/core/yaml/keyGuide';
import { assessmentSchema, engagementFileSchema } from '../../../src/core/model/engagementSchema';
import { readYaml, type YamlReading } from '../../../src/core/yaml/readYaml';
import { generateEngagement } from '../../bench/generateEngagement';

const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));
const READ_ON = { lean: true, wholeOnErrorChars: 0 } as const;

type Mutation = (lines: string[], at: number) => void;
const indentOf = (line: string) => /^ */.exec(line)![0];

/** Single errors whose whole-composition problems the lean reading reproduces exactly. */
const EXACT: Record<string, Mutation> = {
  'unclosed flow list': (l, at) => l.splice(at, 0, `${indentOf(l[at]!)}bad: [unclosed`),
  'unclosed flow map': (l, at) => l.splice(at, 0, `${indentOf(l[at]!)}bad: {unclosed`),
  'stray colon': (l, at) => l.splice(at, 0, `${indentOf(l[at]!)}key: : x`),
  'one space too many': (l, at) => { l[at] = ` ${l[at]}`; },
  'one space too few': (l, at) => { l[at] = l[at]!.replace(/^ /, ''); },
  'stray closing bracket': (l, at) => { l[at] = `${l[at]}]`; },
  'single quote left open': (l, at) => { l[at] = l[at]!.replace(/: (\S)/, ": '$1"); },
  'quote left open on the last line': (l) => { l[l.length - 2] = l[l.length - 2]!.replace(/: (\S)/, ': "$1'); },
  'duplicated line (a key twice)': (l, at) => { l.splice(at, 0, l[at]!); },
  'stray item': (l, at) => l.splice(at, 0, `${indentOf(l[at]!)}- stray`),
};

function mutated(base: string, mutation: Mutation, fraction: number): string {
  const lines = base.split('\n');
  mutation(lines, Math.floor(lines.length * fraction));
  return lines.join('\n');
}

function assertExact(text: string, label: string, cuts?: { cutBytes: number; runBytes: number }): YamlReading {
  const whole = readYaml(text, guide);
  const lean = readYaml(text, guide, { ...READ_ON, ...(cuts ? { cuts } : {}) });
  assert.deepEqual(lean.problems, whole.problems, `${label}: problems`);
  assert.equal(lean.fatal, whole.fatal, `${label}: fatal`);
  assert.deepEqual(lean.value, whole.value, `${label}: value`);
  return lean;
}

describe('lean reading of a broken text (read on around the broken part)', () => {
  it('reports exactly what the whole composition reports for the common single errors, without composing the whole text', function () {
    this.timeout(120_000);
    let readOn = 0;
    let total = 0;
    for (const [seed, size] of [[7, 100_000], [11, 40_000]] as const) {
      const base = generateEngagement(size, seed);
      for (const fraction of [0.05, 0.5, 0.95]) {
        for (const [name, mutation] of Object.entries(EXACT)) {
          for (const cuts of [undefined, { cutBytes: 4000, runBytes: 1000 }]) {
            const lean = assertExact(mutated(base, mutation, fraction), `${name} at ${fraction} of ${size} ${JSON.stringify(cuts)}`, cuts);
            total++;
            // Read on (no document: the whole text was not composed).
            if (lean.document === undefined) readOn++;
          }
        }
      }
    }
    assert.ok(readOn === total, `read on for ${readOn} of ${total}`);
  });

  it('locates the first error exactly, with no spurious cascade, where the whole composition depends on the rest of the file', function () {
    this.timeout(60_000);
    const base = generateEngagement(400_000, 5);
    for (const fraction of [0.1, 0.5, 0.9]) {
      // A tab in an indentation: the whole composition's first error, alone.
      for (const [name, mutation] of [
        ['tab at column 0', (l: string[], at: number) => { l[at] = `\t${l[at]!.trimStart()}`; }],
        ['tab ending an indentation', (l: string[], at: number) => { l[at] = l[at]!.replace(/^( +)/, (m) => `${m.slice(0, -1)}\t`); }],
      ] as const) {
        const text = mutated(base, mutation, fraction);
        const whole = readYaml(text, guide);
        const lean = readYaml(text, guide, READ_ON);
        assert.equal(lean.document, undefined, `${name}: read on`);
        assert.ok(lean.fatal && whole.fatal);
        const tab = lean.problems.find((p) => p.kind === 'syntax' && p.detail === 'Tabs are not allowed as indentation');
        assert.deepEqual(tab, whole.problems[0], `${name} at ${fraction}: the tab, where the whole composition says it`);
        assert.ok(lean.problems.length <= 2, `${name} at ${fraction}: ${lean.problems.length} problems`);
        assert.ok(lean.problems.every((p) => whole.problems.some((w) => JSON.stringify(w) === JSON.stringify(p))), `${name}: nothing the whole composition does not say`);
      }
      // A double quote left open in the middle: the whole composition says it at the end of the
      // file; read on, it is said at the opening quote, once.
      const lines = base.split('\n');
      const at = Math.floor(lines.length * fraction);
      const index = lines.findIndex((line, i) => i >= at && /: [A-Za-z]/.test(line));
      lines[index] = lines[index]!.replace(/: (\S)/, ': "$1');
      const text = lines.join('\n');
      const quote = lines.slice(0, index).join('\n').length + 1 + lines[index]!.indexOf('"');
      const whole = readYaml(text, guide);
      const lean = readYaml(text, guide, READ_ON);
      assert.equal(whole.problems.length, 1);
      assert.equal((whole.problems[0] as { detail: string }).detail, 'Missing closing "quote');
      if (lean.document === undefined && text.length - quote > 270_000) {
        assert.deepEqual(lean.problems, [{ ...whole.problems[0]!, start: quote, end: quote + 1 }], `quote at ${fraction}`);
      } else {
        assert.deepEqual(lean.problems, whole.problems, `quote at ${fraction}`);
      }
    }
  });

  it('reads a construct spanning a cut lean, merged with its siblings, exactly as the whole composition', () => {
    const valid: Array<[string, string]> = [
      ['multi-line double-quoted', 'channels:\n  - id: a\n    name: "one\n  - id: b"\n  - id: c\n'],
      ['multi-line double-quoted, indented', 'channels:\n  - id: a\n    name: "one\n      - id: b"\n  - id: c\n'],
      ['multi-line single-quoted', "journeys:\n  - id: a\n    name: 'one\n  - two'\n  - id: b\n"],
      ['flow list across lines', 'channels:\n  - id: a\n    capabilities: [inform,\n  - order]\n  - id: b\n'],
      ['flow at column 0', 'x-a: [\n1, 2\n]\nengagement:\n  client: X\n'],
      ['tab in a block scalar', 'x-notes: |\n  \tindented text\nchannels:\n  - id: a\n'],
    ];
    const finest = { cutBytes: 0, runBytes: 0 };
    let readLean = 0;
    for (const [label, text] of valid) {
      const whole = readYaml(text, guide);
      if (!whole.fatal) {
        assert.ok(assertExact(text, label, finest).locator, `${label}: read lean`);
        readLean++;
        continue;
      }
      // Broken across a cut, in a window that is its whole collection (only with the finest cuts
      // of a tiny text: the default cuts compose such a text whole): the same first error message,
      // located within a line of where the whole composition locates it.
      const lean = readYaml(text, guide, { ...READ_ON, cuts: finest });
      assert.ok(lean.fatal, label);
      const [first, wholeFirst] = [lean.problems[0]!, whole.problems[0]!];
      assert.equal(first.kind === 'syntax' && first.detail, wholeFirst.kind === 'syntax' && wholeFirst.detail, `${label}: first message`);
      assert.ok(Math.abs(first.start - wholeFirst.start) <= 3, `${label}: first error at ${first.start}, whole at ${wholeFirst.start}`);
    }
    assert.ok(readLean >= 2, `read lean ${readLean}`);
    // The same inside a large generated engagement, read lean with default cuts.
    const base = generateEngagement(400_000, 3);
    const lines = base.split('\n');
    const at = lines.findIndex((line, i) => i > lines.length / 2 && /^ {10}- id: /.test(line));
    lines[at - 1] = lines[at - 1]!.replace(/: (\S.*)$/, ': "$1');
    lines[at] = `${lines[at]}"`;
    const text = lines.join('\n');
    assert.equal(readYaml(text, guide).fatal, false, 'the quote spans the cut, closed on the next item');
    assert.ok(assertExact(text, 'quote across an item cut').locator, 'read lean');
  });

  it('never throws on broken texts, every range inside the text', function () {
    this.timeout(60_000);
    const base = generateEngagement(40_000, 9);
    const breakers = ['[', ']', '{', '"', "'", ': :', '\t', '- ', '? ', '&a ', '*b ', '!x ', '|', '>', '%', '---', '...'];
    let state = 17;
    const random = (n: number) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n);
    for (let i = 0; i < 120; i++) {
      const lines = base.split('\n');
      for (let e = 0; e <= random(3); e++) {
        const at = random(lines.length);
        const line = lines[at]!;
        const column = random(line.length + 1);
        lines[at] = `${line.slice(0, column)}${breakers[random(breakers.length)]}${line.slice(column)}`;
      }
      const text = lines.join('\n');
      const lean = readYaml(text, guide, READ_ON);
      const whole = readYaml(text, guide);
      assert.equal(lean.fatal, whole.fatal, `mutation ${i}: fatal`);
      if (!whole.fatal) assert.deepEqual(lean.problems, whole.problems, `mutation ${i}: problems`);
      else {
        const first = whole.problems.find((p) => p.kind === 'syntax');
        if (first && lean.problems.length > 0) assert.ok(lean.problems.length > 0);
      }
      for (const p of lean.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length + 1, `mutation ${i}: range ${p.start}-${p.end}`);
    }
  });
});
