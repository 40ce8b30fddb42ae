/**
 * The fast reader of the lean reading's pieces (src/core/yaml/fastPiece.ts) must build exactly the
 * nodes the `yaml` composer builds (classes, values, every range triple) wherever it reads a piece,
 * say "not mine" wherever the piece is outside its subset or `yaml` finds an error, and be taken for
 * most pieces of the corpus and of generated engagements.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { Composer, Parser, isAlias, isMap, isScalar, isSeq, stringify, type Document } from 'yaml';
import { assessmentSchema, engagementFileSchema } from '../../../src/core/model/engagementSchema';
import { piecesOf, planCuts } from '../../../src/core/yaml/chunkPlan';
import { readFastPiece } from '../../../src/core/yaml/fastPiece';
import { keyGuideOf } from '../../../src/core/yaml/keyGuide';
import { readYaml } from '../../../src/core/yaml/readYaml';
import { generateEngagement } from '../../bench/generateEngagement';
import { randomSnippet } from './randomSnippet';
import { yamlCorpus } from './yamlCorpus';

const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));
const listKeys = new Set<string>();
for (const [key, value] of guide?.kind === 'object' ? guide.keys : []) if (value?.kind === 'array') listKeys.add(key);
const COMPOSE_OPTIONS = { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, strict: true, prettyErrors: false } as const;

const corpus = yamlCorpus;

/** The piece composed by `yaml` as readYaml's composePiece does; undefined on any error. */
function composed(text: string, start: number, end: number): Document.Parsed | undefined {
  const parser = new Parser();
  parser.offset = start;
  const tokens = [...parser.parse(text.slice(start, end))];
  const documents = [...new Composer(COMPOSE_OPTIONS).compose(tokens, true, end)];
  return documents.length === 1 && documents[0]!.errors.length === 0 ? documents[0] : undefined;
}

/** The node tree as plain data: kinds, values (NaN and -0 kept apart), ranges, tags and anchors. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const n = node as { range?: unknown; tag?: unknown; anchor?: unknown };
  const common = { range: n.range, tag: n.tag, anchor: n.anchor };
  if (isMap(node)) return { map: node.items.map((pair) => [shape(pair.key), shape(pair.value)]), ...common };
  if (isSeq(node)) return { seq: node.items.map(shape), ...common };
  if (isScalar(node)) {
    const value = node.value;
    return { scalar: typeof value === 'number' ? (Object.is(value, -0) ? '-0' : `${typeof value}:${value}`) : value, type: typeof value, ...common };
  }
  if (isAlias(node)) return { alias: node.source, ...common };
  return { other: String(node) };
}

interface Pieces {
  fast: number;
  total: number;
}

const FINEST = { cutBytes: 0, runBytes: 0 };

/** Every piece of the plan: where the fast reader reads it, `yaml` must compose the very same tree. */
function checkPieces(text: string, label: string, counts: Pieces = { fast: 0, total: 0 }): Pieces {
  // Cut as finely as the plan can: the most pieces, at every depth.
  const plan = planCuts(text, FINEST);
  if (!plan) return counts;
  {
    const bounds = piecesOf(plan);
    for (const [start, end, depth] of bounds) {
      counts.total++;
      const fast = readFastPiece(text, start, end, depth);
      if (!fast) continue;
      counts.fast++;
      const whole = composed(text, start, end);
      assert.ok(whole, `${label}: fast reader read a piece yaml rejects: ${JSON.stringify(text.slice(start, Math.min(end, start + 200)))}`);
      assert.deepEqual(shape(fast.contents), shape(whole.contents), `${label}: piece at ${start}: ${JSON.stringify(text.slice(start, Math.min(end, start + 200)))}`);
    }
  }
  return counts;
}

/** A piece read on its own (the whole text), its tree against yaml's; returns whether it was read fast. */
function same(text: string): boolean {
  const fast = readFastPiece(text, 0, text.length, 1);
  const whole = composed(text, 0, text.length);
  if (!fast) return false;
  assert.ok(whole, `fast reader read what yaml rejects: ${JSON.stringify(text)}`);
  assert.deepEqual(shape(fast.contents), shape(whole.contents), JSON.stringify(text));
  return true;
}

describe('fast reader of the lean pieces', () => {
  it('builds the yaml tree exactly for every piece it reads, and reads most pieces of the corpus', () => {
    const counts = { fast: 0, total: 0 };
    for (const [label, text] of corpus()) checkPieces(text, label, counts);
    assert.ok(counts.total > 500, `only ${counts.total} pieces`);
    assert.ok(counts.fast >= counts.total * 0.6, `fast for ${counts.fast} of ${counts.total} pieces`);
  });

  it('reads every piece of a generated engagement, and readYaml lean counts them fast', () => {
    const text = generateEngagement(300_000, 9);
    const counts = checkPieces(text, 'generated 300 KB');
    assert.equal(counts.fast, counts.total);
    const pieceCount = { fast: 0, composed: 0 };
    const lean = readYaml(text, guide, { lean: true, pieceCount, cuts: FINEST });
    assert.ok(lean.locator);
    assert.equal(pieceCount.composed, 0);
    assert.equal(pieceCount.fast, counts.total);
    assert.deepEqual(lean.value, readYaml(text, guide).value);
  });

  it('resolves every scalar form as the core schema does', () => {
    const scalars = [
      'yes', 'no', 'on', 'y', 'true', 'True', 'TRUE', 'tRue', 'false', 'null', 'Null', 'NULL', '~', 'nULL',
      '0', '-0', '+1', '007', '0o7', '0o8', '0x1F', '0X1F', '0xg', '0b1', '1_000', '1e3', '1E-3', '+1.5e+3', '.5', '-.5', '5.', '1.2.3',
      '.inf', '-.inf', '+.Inf', '.INF', '.nan', '.NaN', '.NAN', 'nan', 'inf', '2026-11-02', '12:30', '1:2', 'key:value', 'a#b', 'a b  c',
      '-x', '-1', ':x', '?x', 'a,b', 'a[b]', 'a{b}', "it's", 'é', '€ 10', '9999999999999999999999', '0x' + 'f'.repeat(20),
      "'it''s'", "''", "'a # b'", '"\\u00e9\\t"', '"\\x41\\U0001F600\\0\\a\\b\\e\\f\\n\\r\\v\\N\\_\\L\\P\\ \\"\\/\\\\"', '""', '"a # b"', '"\'"',
    ];
    for (const scalar of scalars) {
      for (const text of [`k: ${scalar}\n`, `k: ${scalar}   \n`, `- ${scalar}\n`, `k: ${scalar}\r\n`, `k: ${scalar}`]) {
        assert.ok(same(text), `fast: ${JSON.stringify(text)}`);
      }
    }
    for (const list of ['k: [a, b]\n', 'k: []\n', 'k: [ ]  \n', 'k: [1, .5, -.inf, ~, true, a b, 0o7]\n', 'k: [x,  y ]\n', '- [a]\n']) {
      assert.ok(same(list), `fast: ${JSON.stringify(list)}`);
    }
  });

  it('reads flow mappings and flow lists on one line, quoted items and nested ones, as yaml does', () => {
    const texts = [
      'k: {a: 1, b: x}\n', 'k: {a: 1 , b: x }  # c\n', 'k: ["a" , \'b\' ]\n', 'k: {"a": 1, b: "x y"}\n', 'k: {a: 1,b: 2}\n', 'k: {}\n', 'k: { }\n',
      'k: {a: 1, a: 2}\n', 'k: {a: b c, d e: f}\n', 'k: {a: -1, b: -x, c: ~, d: .5, true: null}\n', '- {a: 1}\n- {b: "2"}\n', 'k: {a: [x]}\n',
      'k: [[a], {b: c} , "x"]\n', '- [{a: "1"}, []]\n', 'k: {a: {b: c}}\n', 'k: {"a b": \'c\'}\r\n', 'k: ["a, b", \'c]\', "{x}"]\n',
      'k: {a: "\\u00e9", b: \'it\'\'s\'}\n', '- k: {a: 1}\n  m: [x, "y"]\n', 'k: {a: 1}\n    # deep\nb: 2\n', 'k: {id: 1, name: Le client}',
    ];
    for (const text of texts) assert.ok(same(text), `fast: ${JSON.stringify(text)}`);
    const declined = [
      'k: {a:1}\n', 'k: {a: b:c}\n', 'k: {a: :b}\n', 'k: {a: 1,}\n', 'k: {a}\n', 'k: {a: }\n', 'k: {a: 1, , b: 2}\n', 'k: {"a":1}\n', 'k: {"a" : 1}\n',
      'k: {a : 1}\n', 'k: {? a: 1}\n', 'k: ["a": b]\n', 'k: ["a" b]\n', 'k: [{a: 1}: b]\n', 'k: {[a]: 1}\n', 'k: {a: 1}x\n', 'k: {a: 1}# c\n',
      'k: {a: 1\n', 'k: {a: 1,\n  b: 2}\n', 'k: {a: #c\n  1}\n', 'k: {a: &x 1}\n', 'k: {a: !t 1}\n', 'k: {a: *x}\n', 'k: {a: [b}\n', 'k: {a: 1]\n',
      '{a: 1}: x\n', '- {a: 1}: x\n', 'k: {a: -}\n', 'k: {a: "x}\n',
    ];
    for (const text of declined) assert.equal(readFastPiece(text, 0, text.length, 1), undefined, JSON.stringify(text));
    // Flow collections count in the depth as yaml's own check does.
    const nested = `k: ${'['.repeat(70)}x${']'.repeat(70)}\n`;
    assert.equal(readFastPiece(nested, 0, nested.length, 1), undefined);
  });

  it('reads random one-line flow collections exactly as yaml, or declines them (property)', () => {
    const space = fc.constantFrom('', '', ' ', '  ');
    const scalar = fc.constantFrom('a', 'b c', '1', '-2', '.5', 'null', '~', 'true', '-x', ':x', '?x', 'a:b', 'x#y', '"q"', '"a, b"', "'s'", "'it''s'", '"\\u00e9"', '', '#c', '&a', '!t', '*a');
    const flow = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, scalar, tie('list'), tie('map')),
      list: fc.tuple(fc.array(fc.tuple(space, tie('node'), space), { maxLength: 4 }), fc.boolean()).map(([items, trailing]) => `[${items.map((i) => i.join('')).join(',')}${trailing ? ',' : ''}]`),
      map: fc.array(fc.tuple(space, scalar, fc.constantFrom(': ', ':', ' : ', ':  '), tie('node'), space), { maxLength: 4 }).map((pairs) => `{${pairs.map((p) => p.join('')).join(',')}}`),
    })).node;
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(flow, fc.constantFrom('k: ', '- ', 'k:  '), fc.constantFrom('\n', '', '  # c\n', '\r\n', ' x\n'), (value, head, tail) => {
        runs++;
        if (same(`${head}${value}${tail}`)) fast++;
      }),
      { numRuns: 3000, seed: 8 },
    );
    assert.ok(fast >= runs * 0.2, `fast for ${fast} of ${runs} flow snippets`);
  });

  it('reads anchors, aliases and local tags on one-line values as yaml builds them, and declines the rest', () => {
    const texts = [
      'k: &a v\n', '- &a v\n- *a\n- *a  # c\n', 'k: *a\n', 'k: &a [x]\n', 'k: &a "x"\n', 'k: &a 1\nj: *b\n', 'k: &a {b: 1}  # c\nj: *a\n',
      'k: !t v\n', 'k: !t 1\n', 'k: !t ~\n', 'k: !t "x"\n', "k: !t '1'\n", 'k: !t [a, 1]\n', 'k: !t {a: 1}\n', '- !t0 v\n- !t1 ~\n', 'k: &a !t v\n', 'k: !t &a 1\n',
      'k: !t-x_y v\n', 'k: &a-1_b v\n', '- k: *a\n  m: !t 0o7\n', 'k: !t v\r\n', 'k: *a\n  # deep\nj: 1\n', '- &a a b c\n',
    ];
    for (const text of texts) assert.ok(same(text), `fast: ${JSON.stringify(text)}`);
    const declined = [
      'k: & v\n', 'k: &a\n', 'k: &a\n  b: 1\n', 'k: !t\n', 'k: !t\n  b: 1\n', 'k: &a # c\n  b: 1\n', 'k: *a:\n', 'k: *\n', 'k: *a,b\n', 'k: *a b\n',
      'k: &a *b\n', 'k: &a &b v\n', 'k: !t !u v\n', 'k: !!str 1\n', 'k: !!int 1\n', 'k: ! v\n', 'k: !<x> v\n', 'k: !a!b v\n', 'k: !t%41 v\n', 'k: !t.x v\n',
      'k: &a |\n  x\n', 'k: !t >\n  x\n', 'k: &a x\n  y\n', 'k: !t x\n  y\n', '&a k: v\n', '- &a k: v\n', '*a: v\n', '- *a: v\n', 'k: &é v\n', 'k: &a\tv\n',
    ];
    for (const text of declined) assert.equal(readFastPiece(text, 0, text.length, 1), undefined, JSON.stringify(text));
  });

  it('reads the block shapes: nesting, compact mappings, empty values, lists at their key\'s column', () => {
    const texts = [
      'a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: 3\n',
      'a:\n- x\n- y\nb: 1\n',
      'a:\nb:\n',
      'a:   \nb: 1\n',
      '- \n- x\n-\n',
      '- - x\n  - y\n- - - z\n',
      '- a:\n  - x\n',
      '- a:\n    - x\n  b: 2\n',
      '-\n  a: 1\n-\n  - 2\n',
      'key with spaces: v\n',
      'a: 1\r\nb:\r\n  - x\r\n  -\r\n',
      'k: v',
      '__proto__: 1\nconstructor: 2\nx-note: 3\n',
      '-x: 1\n-y: [-1, -z]\n',
    ];
    for (const text of texts) assert.ok(same(text), `fast: ${JSON.stringify(text)}`);
  });

  it('reads comments, blank lines and CRLF where yaml puts them: trailing, between lines, indented deeper, at a collection\'s end', () => {
    const texts = [
      'a: 1 # c\nb: 2\n', 'a: 1 #\n', 'a: x#y # c\n', 'a: "q" # c\n', "a: 'q'   # c\n", 'a: [x, y] # c\n', 'a: [] #c\n',
      '# c\na: 1\n', '\n  \n# c\na: 1\n', 'a: 1\n\nb: 2\n', 'a: 1\n\n\n', 'a: 1\n  \n', 'a: 1\n# end', 'a: 1\n  # end',
      'a:  # c\n  b: 1\n', 'a:\n# c\n\n  b: 1\n',
      // An empty value's range runs over the comments after it, as far as yaml gives them to it.
      'a:  # c\nb: 1\n', 'a:  # c\n', 'a:\n# c\nb: 1\n', 'a:  # c\n\nb: 1\n', 'a:   # c\n\n  # d\nb: 1\n', 'a:\n\n  # c\nb: 1\n',
      'a: #x\n  #y\n#z\n\nb: 1\n', 'x:\n  a:  # c\n  b: 1\n', 'x:\n  a:  # c\n\nb: 1\n', '- a:  # c\n- b\n', 'a:\r\n\r\n# c\r\nb: 1\r\n', '- # c\n  a: 1\n', '- a: 1 # c\n  b: 2\n# z\n',
      // Blank lines alone never touch a range; a value keeps the deeper comment lines right after it.
      'a:\n  b: 1\n\n  c: 2\n', 'a: 1\n   # deep\n\n   # d2\n # low\n    # d3\nb: 2', 'a: [x] \n    # c\nb: 1', '- x\n # c\n- y\n',
      // A collection keeps the comments it ends with when one is as indented as its entries.
      'a:\n  b: 1\n  # c\n  c: 2\n# top\n\n', 'a:\n  - x # c\n  # d\n  - y\n\n# e\n', 'a:\n  b:\n    c: 1\n  # x\n    # y\n  d: 2\n',
      '  - a: 1\n    # c\n  # d\n', '  - a: 1\n    # c\n   # d\n', '- - x\n    # c\n  # d\n- y', 'a:\n  b:\n    c: 1\n    # x\n# y\nd: 2\n',
      '  a:\n  - x\n  # c\n  b: 1\n', 'a:\n- x\n# c\nb: 1\n', 'x:\n  - # c\n    a: 1\n',
      'a:\r\n  b: 1 # c\r\n  # d\r\n\r\nc: 2\r\n', '- x\r\n\r\n  # c\r\n- y # d\r\n',
    ];
    for (const text of texts) assert.ok(same(text), `fast: ${JSON.stringify(text)}`);
  });

  it('reads block scalars, literal and folded, clipped and stripped, as yaml does', () => {
    const texts = [
      'a: |\n  x\n  y\nb: 1\n', 'a: |-\n  x\n\n  y\n\n\nb: 1\n', 'a:\n  n: >\n    x\n    y\n\n    z\n  # c\nb: 1', '- |\n  x\n- y',
      'a: |\n  x\n # c\n\nb: 1', 'a: |\n  x\n\n\n', 'a: >\n  x\n\n\n  y\n  z\n\nb: 1\n', 'a: |\n  x\n   y #\n    # c\n\n  z\n',
      'a: |\r\n  x\r\n\r\n  y\r\n\r\nb: 1', '- a: |\n    x\n  b: 1', 'a: >-\n  x\n  y', '  - |\n    x\n  # c\n', 'a: |\n    - x\n    k: v\n',
    ];
    for (const text of texts) assert.ok(same(text), `fast: ${JSON.stringify(text)}`);
    const declined = [
      'a: |+\n  x\n', 'a: |2\n  x\n', 'a: | # c\n  x\n', 'a: | \n  x\n', 'a: |\n\n  x\n', 'a: |\n  x\n  \n  y\n', 'a: >\n  x\n    y\n',
      'a: |\nb: 1\n', 'a: |\n', 'a: |\n  x\n\ty\n', '- a: |\n  x\n', 'a: |x\n  y\n',
    ];
    for (const text of declined) assert.equal(readFastPiece(text, 0, text.length, 1), undefined, JSON.stringify(text));
  });

  it('reads plain scalars on several lines, folded, as yaml does', () => {
    const texts = [
      'a: x\n  y\nb: 1', 'a: x\n  y\n\n  z  \n\n\n  w # c\nb: 1', '- x\n  y\n- z', '- a: x\n   y\n  b: 1', 'a: 1\n 2\n', 'k:\n  a: x\n   y\n  b: 2\n',
      'a: x\r\n  y\r\n\r\n  z\r\nb: 1', '- x\n\n  y\n', 'a: x\n y:z\n', '- x\n  y\n', 'a: x\n  y\n    # c\nb: 1', 'a: x\n  y\n  # c\n', 'a: Le client\n    appelle l\'agence\n',
    ];
    for (const text of texts) assert.ok(same(text), `fast: ${JSON.stringify(text)}`);
    const declined = ['- a: x\n  y\n', 'a: x\n  - y\n', 'a: x\n  y: z\n', 'a: x\n  # c\n  y\n', 'a: x # c\n  y\n', 'a: x\n  y # c\n  z\n', 'a: x\n  [y]\n', 'a: x\n  &y\n'];
    for (const text of declined) assert.equal(readFastPiece(text, 0, text.length, 1), undefined, JSON.stringify(text));
  });

  it('reads random snippets of comments, blank lines, CRLF and the block shapes exactly as yaml, or declines them (property)', () => {
    let fast = 0;
    let withComments = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        runs++;
        const text = randomSnippet(seed);
        // Declined is always allowed (the piece is then composed by yaml); read, it must be yaml's tree.
        if (same(text)) {
          fast++;
          if (text.includes('#')) withComments++;
        }
      }),
      { numRuns: 4000, seed: 8 },
    );
    assert.ok(fast >= runs * 0.4, `fast for ${fast} of ${runs} snippets`);
    assert.ok(withComments >= runs * 0.2, `only ${withComments} snippets with comments read fast`);
  });

  it('reads lean every piece of an engagement rewritten with comments, blank lines or CRLF, with the same value and problems', () => {
    const base = generateEngagement(150_000, 5);
    const lines = base.split('\n');
    let anchors = 0;
    const shapes: Record<string, string> = {
      'trailing comments': lines.map((line) => (line.trim() ? `${line}  # c` : line)).join('\n'),
      'comment lines': lines.map((line) => `# note\n${line}`).join('\n'),
      'indented comment lines': lines.map((line) => `${/^ */.exec(line)![0]}# about\n${line}`).join('\n'),
      'blank lines': lines.join('\n\n'),
      CRLF: base.replace(/\n/g, '\r\n'),
      'plain scalars on two lines': base.replace(/^( +)(action: \S+ \S+) (.*)$/gm, '$1$2\n$1  $3'),
      'flow mappings': base.replace(/^( +)action: (.*)$/gm, `$1action: $2\n$1x-f: {a: 1, "b c": 'x', d: [y, "z"], e: {f: ~}}`),
      'custom tags': base.replace(/^( +)action: (.*)$/gm, '$1action: $2\n$1x-t: !note $2'),
      'anchors and aliases': base.replace(/^( +)action: (.*)$/gm, (_, indent: string, action: string) => (++anchors <= 300 ? `${indent}action: &a${anchors} ${action}\n${indent}x-r: *a${anchors}` : `${indent}action: ${action}`)),
      'block scalars': base.replace(/^( +)action: (.*)$/gm, (_, indent: string, action: string) => `${indent}action: ${action.length % 2 ? '|' : '>-'}\n${indent}  ${action}\n\n${indent}  (suite)`),
    };
    for (const [label, text] of Object.entries(shapes)) {
      const counts = checkPieces(text, label);
      assert.equal(counts.fast, counts.total, `${label}: fast for ${counts.fast} of ${counts.total} pieces`);
      const pieceCount = { fast: 0, composed: 0 };
      const lean = readYaml(text, guide, { lean: true, pieceCount });
      const whole = readYaml(text, guide);
      assert.ok(lean.locator, label);
      assert.equal(pieceCount.composed, 0, label);
      assert.deepEqual(lean.value, whole.value, label);
      assert.deepEqual(lean.problems, whole.problems, label);
    }
  });

  it('says "not mine" outside its subset and wherever yaml finds an error', () => {
    const declined = [
      'a: b: c\n', 'key:value\n', 'a: !!str 1\n',
      'a: "x\n  y"\n', "a: 'x\n", 'a:\t1\n', '? a\n: b\n', '%YAML 1.2\n', 'a : 1\n',
      '"a": 1\n', "'a': 1\n", 'a: - x\n', 'a: 1\n- x\n', 'a: [b,\n  c]\n', 'a: [b,]\n', 'a: [, b]\n',
      'a: [b: c]\n', 'a: "\\q"\n', 'a: "\\ud800"\n', 'a: "x" y\n', "a: 'x' y\n", 'a: @x\n', 'a: `x\n', 'a: %x\n',
      'a: 1\rb: 2\n', 'a: x\u2028y\n', 'a: \u0085\n', 'a:\n  b: 1\n c: 2\n', 'a:\n  b: 1\n    c: 2\n', 'a: 1\n  b: 2\n', `${'k'.repeat(1100)}: 1\n`,
      '- a\n - b\n', 'a: ]x\n', 'a: x:\n', '- ? x\n',
      // Comments yaml reads otherwise than plain text, or whose ranges are not modelled.
      'a: "x"# c\n', "a: 'x'# c\n", 'a: [x]# c\n', 'a: [x # c\n  ]\n', '-  # c\n- x\n', '-\n  # c\n- x\n',
      '- x\n# c\n-\n', 'a: 1\n\t# c\n', 'a: 1\n# c\rb: 2\n', 'a: 1\n#\u2028c\n', 'a: 1 # c: d\n  e: 2\n', 'a: 1\n# c\n  b: 2\n',
    ];
    for (const text of declined) {
      assert.equal(readFastPiece(text, 0, text.length, 1), undefined, JSON.stringify(text));
    }
    // Too deep for the reader: left to yaml and the depth check.
    const deep = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n') + ' 1\n';
    assert.equal(readFastPiece(deep, 0, deep.length, 1), undefined);
    const compact = `${'- '.repeat(70)}x\n`;
    assert.equal(readFastPiece(compact, 0, compact.length, 1), undefined);
    assert.ok(same(`${'- '.repeat(10)}x\n`));
  });

  it('reads generated documents serialised by yaml.stringify exactly as yaml does (property)', () => {
    const word = fc.oneof(
      fc.constantFrom('yes', 'null', '~', '0o7', '1e3', '.5', '-.inf', "it's", 'a: b', '#x', 'x #y', '- x', '[a]', 'é\t', '', ' lead', 'trail ', '2026-01-01', '0x1F'),
      fc.string({ maxLength: 12 }),
    );
    const scalar = fc.oneof(word, fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.oneof(fc.constantFrom('id', 'name', 'steps', 'x-note', '__proto__', 'a b', '1', 'true'), fc.string({ maxLength: 8 })), tie('node'), { maxKeys: 4 }),
    })).node;
    const engagement = fc.record({ engagement: fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 3 }), channels: fc.array(value, { maxLength: 4 }), journeys: fc.array(value, { maxLength: 3 }) });
    const counts = { fast: 0, total: 0 };
    fc.assert(
      fc.property(engagement, fc.boolean(), (document, flow) => {
        const text = stringify(document, flow ? { collectionStyle: 'flow' } : undefined);
        checkPieces(text, 'property', counts);
        const lean = readYaml(text, guide, { lean: true });
        const whole = readYaml(text, guide);
        assert.deepEqual(lean.value, whole.value);
        assert.deepEqual(lean.problems, whole.problems);
      }),
      { numRuns: 400, seed: 8 },
    );
    // The generated documents exercise the fast reader, not only its refusals.
    assert.ok(counts.fast >= counts.total * 0.5, `fast for ${counts.fast} of ${counts.total} pieces`);
  });
});
