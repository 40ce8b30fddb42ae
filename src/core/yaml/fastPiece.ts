/**
 * A fast reader for one piece of the lean reading (chunkPlan.ts) when it is written in the plain
 * block subset every generated and most hand-written engagements use: block mappings and block
 * lists (`- ` items, `- key: value` compact mappings, `- - x`), plain scalars on one line, single-
 * and double-quoted scalars on one line, flow lists of plain scalars on one line (`[a, b]`). In one
 * linear pass it builds the nodes the `yaml` composer would build (same kinds, values and `range`
 * triples), so the plain-value reader, the compact locator and every problem stay the ones of the
 * `yaml` reading: nothing about keys or values is decided here but the scalars' core schema
 * resolution, which is the `yaml` package's own tags. The nodes are light look-alikes that `yaml`'s
 * own `isScalar`/`isMap`/`isSeq` recognise (its node-type symbol on their prototype): the package's
 * classes define that symbol per instance with `Object.defineProperty`, which cost more than the
 * rest of the reading (measured on the 10 MB engagement).
 *
 * The moment a line is outside the subset (comments, blank lines, anchors, aliases, tags, block or
 * multi-line scalars, flow mappings, tabs, `? `, control characters, anything unusual) the piece is
 * "not mine": undefined is returned and the piece is composed by the `yaml` package as before.
 * `test/unit/yaml/fastPiece.test.ts` compares both node trees, range for range.
 */
import { Scalar as YamlScalar, Schema, type Node as YamlNode } from 'yaml';
import { MAX_DEPTH } from './preScan';

/** The core schema as the reader composes with it (readYaml's COMPOSE_OPTIONS: core, no merge keys). */
const TAGS = new Schema({ schema: 'core', merge: false }).tags as unknown as ScalarTag[];
interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}
const NO_OPTIONS = {};

const NODE_TYPE = Symbol.for('yaml.node.type');

/** A scalar as the composer leaves it for the reader: its value and range (no anchor, no tag). */
class Scalar {
  range: [number, number, number] = [0, 0, 0];
  constructor(readonly value: unknown) {}
}
class Pair {
  constructor(readonly key: Scalar, readonly value: Node) {}
}
class YAMLMap {
  readonly items: Pair[] = [];
  range: [number, number, number] = [0, 0, 0];
}
class YAMLSeq {
  readonly items: Node[] = [];
  range: [number, number, number] = [0, 0, 0];
  flow = false;
}
type Node = Scalar | YAMLMap | YAMLSeq;
for (const [type, name] of [[Scalar, 'scalar'], [Pair, 'pair'], [YAMLMap, 'map'], [YAMLSeq, 'seq']] as const) {
  Object.defineProperty(type.prototype, NODE_TYPE, { value: Symbol.for(`yaml.${name}`) });
}

const NOT_MINE: unique symbol = Symbol('not mine');
const SPACE = 32, LF = 10, CR = 13, DASH = 45, COLON = 58, HASH = 35, QUOTE = 34, APOSTROPHE = 39, BRACKET = 91;
const CLOSE_BRACKET = 93, COMMA = 44, BACKSLASH = 92;
/** Characters a plain scalar may not start with (c-indicator), `-`, `?` and `:` being checked apart. */
const INDICATOR_FIRST = new Set([...',[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

export interface FastPiece {
  /** Typed as the `yaml` nodes the reader and the locator take (they only look at what these hold). */
  contents: YamlNode;
}

/**
 * The piece `text[start, end)` read directly, or undefined when it is not in the subset.
 * `depth`: the nesting of the piece's root collection in the whole document.
 */
export function readFastPiece(text: string, start: number, end: number, depth: number): FastPiece | undefined {
  try {
    const reader = new FastReader(text, end);
    const contents = reader.piece(start, depth);
    return { contents: contents as unknown as YamlNode };
  } catch (error) {
    if (error === NOT_MINE) return undefined;
    throw error;
  }
}

function notMine(): never {
  throw NOT_MINE;
}

function resolvePlain(value: string, atKey: boolean): Scalar {
  for (const tag of TAGS) {
    if ((tag.default === true || (atKey && tag.default === 'key')) && tag.test?.test(value)) {
      let failed = false;
      const resolved = tag.resolve(value, () => (failed = true), NO_OPTIONS);
      if (failed) notMine();
      // The null and bool tags answer a `yaml` Scalar (kept as is by the composer), the others a value.
      const plain: unknown = resolved instanceof YamlScalar ? resolved.value : resolved;
      if (typeof plain === 'object' && plain !== null) notMine();
      return new Scalar(plain);
    }
  }
  return new Scalar(value);
}

class FastReader {
  /** The start of the line being read; every construct leaves it at the start of the next line. */
  private pos = 0;
  /** The current line: its content end (before `\r\n` or `\n`) and the start of the next line. */
  private contentEnd = 0;
  private next = 0;

  constructor(private readonly text: string, private readonly end: number) {}

  piece(start: number, depth: number): Node {
    this.pos = start;
    const column = this.lineIndent();
    const node = this.block(column, depth);
    if (this.pos < this.end) notMine();
    return node;
  }

  /**
   * Measures the line at `pos`: sets contentEnd and next, refuses blank and comment lines and any
   * character outside the subset (tabs, controls, lone CR, NEL, line and paragraph separators, BOM).
   * Returns the line's indentation.
   */
  private lineIndent(): number {
    const text = this.text;
    const start = this.pos;
    let i = start;
    while (i < this.end && text.charCodeAt(i) === SPACE) i++;
    const indent = i - start;
    for (; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF) break;
      if (code < SPACE || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
        if (code === CR && text.charCodeAt(i + 1) === LF && i + 1 < this.end) continue;
        notMine();
      }
    }
    this.next = i < this.end ? i + 1 : this.end;
    this.contentEnd = i > start && text.charCodeAt(i - 1) === CR ? i - 1 : i;
    const first = start + indent;
    if (first >= this.contentEnd || text.charCodeAt(first) === HASH) notMine();
    return indent;
  }

  /** Moves to the next line; its indentation, or -1 at the end of the piece. */
  private nextLine(): number {
    this.pos = this.next;
    return this.pos < this.end ? this.lineIndent() : -1;
  }

  private isItem(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 >= this.contentEnd || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A block node whose first line is the current one, at `column`. */
  private block(column: number, depth: number): Node {
    if (depth > MAX_DEPTH) notMine();
    const at = this.pos + column;
    if (this.isItem(at)) return this.sequence(column, at, depth);
    if (this.keyColon(at) < 0) notMine();
    return this.mapping(column, at, depth);
  }

  /** The offset of the `:` ending a plain implicit key that starts at `at`, or -1 when the line is no key. */
  private keyColon(at: number): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (INDICATOR_FIRST.has(first)) return -1;
    if ((first === DASH || first === COLON || first === 63) && (at + 1 >= this.contentEnd || text.charCodeAt(at + 1) === SPACE)) return -1;
    for (let i = at; i < this.contentEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === COLON && (i + 1 >= this.contentEnd || text.charCodeAt(i + 1) === SPACE)) {
        if (i === at || text.charCodeAt(i - 1) === SPACE || i - at > 1000) notMine();
        return i;
      }
      if (code === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  private mapping(column: number, firstKey: number, depth: number): YAMLMap {
    if (depth > MAX_DEPTH) notMine();
    const map = new YAMLMap();
    let keyStart = firstKey;
    let last = firstKey;
    for (;;) {
      const colon = this.keyColon(keyStart);
      if (colon < 0) notMine();
      const key = resolvePlain(this.text.slice(keyStart, colon), true);
      key.range = [keyStart, colon, colon];
      let value = colon + 1;
      while (value < this.contentEnd && this.text.charCodeAt(value) === SPACE) value++;
      let node: Node;
      let indent: number;
      if (value >= this.contentEnd) {
        indent = this.nextLine();
        if (indent > column || (indent === column && this.isItem(this.pos + indent))) {
          node = this.block(indent, depth + 1);
          indent = this.pos < this.end ? this.lineIndent() : -1;
        } else {
          node = new Scalar(null);
          node.range = [value, value, value];
        }
      } else {
        node = this.inline(value, depth + 1);
        indent = this.nextLine();
      }
      map.items.push(new Pair(key, node));
      last = node.range[2];
      if (indent !== column) {
        if (indent > column) notMine();
        break;
      }
      keyStart = this.pos + column;
      if (this.isItem(keyStart)) notMine();
    }
    map.range = [firstKey, last, last];
    return map;
  }

  private sequence(column: number, firstDash: number, depth: number): YAMLSeq {
    if (depth > MAX_DEPTH) notMine();
    const seq = new YAMLSeq();
    let dash = firstDash;
    let last = firstDash;
    for (;;) {
      let content = dash + 1;
      while (content < this.contentEnd && this.text.charCodeAt(content) === SPACE) content++;
      let node: Node;
      let indent: number;
      if (content >= this.contentEnd) {
        indent = this.nextLine();
        if (indent > column) {
          node = this.block(indent, depth + 1);
          indent = this.pos < this.end ? this.lineIndent() : -1;
        } else {
          node = new Scalar(null);
          node.range = [content, content, content];
        }
      } else {
        const inner = content - this.pos;
        if (this.isItem(content)) {
          node = this.sequence(inner, content, depth + 1);
          indent = this.pos < this.end ? this.lineIndent() : -1;
        } else if (this.keyColon(content) >= 0) {
          node = this.mapping(inner, content, depth + 1);
          indent = this.pos < this.end ? this.lineIndent() : -1;
        } else {
          node = this.inline(content, depth + 1);
          indent = this.nextLine();
        }
      }
      seq.items.push(node);
      last = node.range[2];
      // A line at the list's column that is no item ends it (a list at its key's column): the parent decides.
      if (indent !== column || !this.isItem(this.pos + column)) {
        if (indent > column) notMine();
        break;
      }
      dash = this.pos + column;
    }
    seq.range = [firstDash, last, last];
    return seq;
  }

  /** A scalar or a flow list of plain scalars on the current line from `at` (not a key). */
  private inline(at: number, depth: number): Node {
    const text = this.text;
    const first = text.charCodeAt(at);
    let node: Node;
    let after: number;
    if (first === QUOTE) [node, after] = this.doubleQuoted(at);
    else if (first === APOSTROPHE) [node, after] = this.singleQuoted(at);
    else if (first === BRACKET) {
      if (depth > MAX_DEPTH) notMine();
      [node, after] = this.flowList(at);
    } else {
      if (INDICATOR_FIRST.has(first)) notMine();
      if ((first === DASH || first === COLON || first === 63) && (at + 1 >= this.contentEnd || text.charCodeAt(at + 1) === SPACE)) notMine();
      let end = this.contentEnd;
      for (let i = at; i < end; i++) {
        const code = text.charCodeAt(i);
        if ((code === COLON && (i + 1 >= end || text.charCodeAt(i + 1) === SPACE)) || (code === HASH && text.charCodeAt(i - 1) === SPACE)) notMine();
      }
      while (text.charCodeAt(end - 1) === SPACE) end--;
      node = resolvePlain(text.slice(at, end), false);
      node.range = [at, end, this.next];
      return node;
    }
    for (let i = after; i < this.contentEnd; i++) if (text.charCodeAt(i) !== SPACE) notMine();
    node.range = [at, after, this.next];
    return node;
  }

  private doubleQuoted(at: number): [Scalar, number] {
    const text = this.text;
    let value = '';
    let from = at + 1;
    for (let i = at + 1; i < this.contentEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) return [new Scalar(value + text.slice(from, i)), i + 1];
      if (code !== BACKSLASH) continue;
      value += text.slice(from, i);
      const escape = text[i + 1];
      if (i + 1 >= this.contentEnd || escape === undefined) notMine();
      const simple = ESCAPES[escape];
      if (simple !== undefined && Object.hasOwn(ESCAPES, escape)) {
        value += simple;
        i += 1;
      } else {
        const length = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
        const hex = text.slice(i + 2, i + 2 + length);
        if (length === 0 || i + 2 + length > this.contentEnd || !/^[0-9a-fA-F]+$/.test(hex)) notMine();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) notMine();
        value += String.fromCodePoint(code);
        i += 1 + length;
      }
      from = i + 1;
    }
    return notMine();
  }

  private singleQuoted(at: number): [Scalar, number] {
    const text = this.text;
    let value = '';
    let from = at + 1;
    for (let i = at + 1; i < this.contentEnd; i++) {
      if (text.charCodeAt(i) !== APOSTROPHE) continue;
      value += text.slice(from, i);
      if (text.charCodeAt(i + 1) === APOSTROPHE && i + 1 < this.contentEnd) {
        value += "'";
        i++;
        from = i + 1;
        continue;
      }
      return [new Scalar(value), i + 1];
    }
    return notMine();
  }

  /** `[a, b c, 1]`: plain scalars only, no empty item, no trailing comma. */
  private flowList(at: number): [YAMLSeq, number] {
    const text = this.text;
    const seq = new YAMLSeq();
    seq.flow = true;
    let i = at + 1;
    const skip = () => {
      while (i < this.contentEnd && text.charCodeAt(i) === SPACE) i++;
    };
    skip();
    if (text.charCodeAt(i) === CLOSE_BRACKET && i < this.contentEnd) return [seq, i + 1];
    for (;;) {
      const start = i;
      const first = text.charCodeAt(i);
      if (i >= this.contentEnd || INDICATOR_FIRST.has(first)) notMine();
      if (first === DASH || first === COLON || first === 63) {
        const second = text.charCodeAt(i + 1);
        if (second === SPACE || second === COMMA || second === CLOSE_BRACKET || i + 1 >= this.contentEnd) notMine();
      }
      let end = i;
      for (; i < this.contentEnd; i++) {
        const code = text.charCodeAt(i);
        if (code === COMMA || code === CLOSE_BRACKET) break;
        if (code === COLON || code === HASH || code === BRACKET || code === 123 || code === 125 || code === QUOTE || code === APOSTROPHE) notMine();
        if (code !== SPACE) end = i + 1;
      }
      if (i >= this.contentEnd) notMine();
      const item = resolvePlain(text.slice(start, end), false);
      item.range = [start, end, i];
      seq.items.push(item);
      if (text.charCodeAt(i) === CLOSE_BRACKET) return [seq, i + 1];
      i++;
      skip();
      if (text.charCodeAt(i) === CLOSE_BRACKET || text.charCodeAt(i) === COMMA) notMine();
    }
  }
}
