/**
 * A fast reader for one piece of the lean reading (chunkPlan.ts) when it is written in the plain
 * block subset every generated and most hand-written engagements use: block mappings and block
 * lists (`- ` items, `- key: value` compact mappings, `- - x`), plain scalars (folded over several
 * more-indented lines too), single- and double-quoted scalars on one line, flow lists and flow
 * mappings on one line (`[a, "b"]`, `{a: 1, b: [x]}`: plain or quoted items, nested ones), anchors
 * (`&a`), aliases (`*a`, resolved by the reader with its own anchors map) and local tags (`!t`, left
 * unresolved as `yaml` leaves them: the reader reports them as custom tags) on one-line values, block scalars (`|`, `>`, clipped or stripped), comments
 * (trailing or on their own lines, at any indentation), blank lines, LF or CRLF line breaks. In one
 * linear pass it builds the nodes the `yaml` composer would build (same kinds, values and `range`
 * triples), so the plain-value reader, the compact locator and every problem stay the ones of the
 * `yaml` reading: nothing about keys or values is decided here but the scalars' core schema
 * resolution, which is the `yaml` package's own tags. The nodes are light look-alikes that `yaml`'s
 * own `isScalar`/`isMap`/`isSeq` recognise (its node-type symbol on their prototype): the package's
 * classes define that symbol per instance with `Object.defineProperty`, which cost more than the
 * rest of the reading (measured on the 10 MB engagement).
 *
 * Comments are where `yaml` is subtle: they widen some ranges (a value's end runs over the deeper
 * comment lines right after it, a collection's over the comments it ends with, an empty value's
 * over its separator), which settle, closing and emptyValueEnd follow from the `yaml` parser's
 * rules. Their text is dropped: nothing downstream reads a node's `comment`, `commentBefore` or
 * `spaceBefore` (the plain-value reader reads values, the compact locator ranges).
 *
 * The moment a line is outside the subset (`!!` and verbatim tags, properties alone on their line
 * or before a block scalar, quoted scalars or flow collections on several lines, keep chomping and indentation indicators, tabs, lone CR, `? `, control
 * characters, comments after an empty list item, anything unusual) the piece is "not mine": undefined is
 * returned and the piece is composed by the `yaml` package as before. Lone CR never reaches here
 * from the hosts (parseEngagementDocument turns it into LF, offsets kept).
 * `test/unit/yaml/fastPiece.test.ts` compares both node trees, range for range, on hand-picked and
 * random snippets.
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
/**
 * The core schema's scalar tests, as `yaml` 2.9 writes them: a plain scalar none of them can match
 * (its first character starts none: most keys and words) is a string without running the eight
 * regular expressions (a fifth of the fast reading, measured). Any other set of tests (another
 * version of the package) turns the shortcut off.
 */
const KNOWN_TESTS = new Set([
  '^(?:~|[Nn]ull|NULL)?$', '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$', '^0o[0-7]+$', '^[-+]?[0-9]+$', '^0x[0-9a-fA-F]+$',
  '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$', '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
  '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
]);
const SHORTCUT = TAGS.every((tag) => tag.test === undefined || KNOWN_TESTS.has(tag.test.source));
/** The first characters of every string the known tests match (the empty string aside). */
const MAY_RESOLVE = new Uint8Array(128);
for (const c of '~nNtTfF0123456789+-.') MAY_RESOLVE[c.charCodeAt(0)] = 1;

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
  flow = false;
}
class YAMLSeq {
  readonly items: Node[] = [];
  range: [number, number, number] = [0, 0, 0];
  flow = false;
}
/** `*name`: what `yaml` builds (its name and range; the reader resolves it with its own anchors map). */
class Alias {
  range: [number, number, number] = [0, 0, 0];
  constructor(readonly source: string) {}
}
type Node = Scalar | YAMLMap | YAMLSeq | Alias;
for (const [type, name] of [[Scalar, 'scalar'], [Pair, 'pair'], [YAMLMap, 'map'], [YAMLSeq, 'seq'], [Alias, 'alias']] as const) {
  Object.defineProperty(type.prototype, NODE_TYPE, { value: Symbol.for(`yaml.${name}`) });
}

const NOT_MINE: unique symbol = Symbol('not mine');
const SPACE = 32, LF = 10, CR = 13, DASH = 45, COLON = 58, HASH = 35, QUOTE = 34, APOSTROPHE = 39, BRACKET = 91;
const AMPERSAND = 38, BANG = 33, STAR = 42;
const CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125, COMMA = 44, BACKSLASH = 92, PIPE = 124, GT = 62;
/** Characters a plain scalar may not start with (c-indicator), `-`, `?` and `:` being checked apart. */
/** An anchor's, alias's or local tag's name character as the reader takes it (yaml allows more: not mine). */
function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}
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
  const first = value.charCodeAt(0);
  if (SHORTCUT && (first >= 128 || MAY_RESOLVE[first] === 0)) return new Scalar(value);
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
  /** The start of the comment and blank lines just before the current line, -1 when there are none. */
  private triviaFrom = -1;
  /**
   * The deepest comment among the trailing comment lines not yet given to a node (see settle), -1
   * when there is none: the collection that ends with them keeps them if one is at least as
   * indented as its entries, and its range then runs over them.
   */
  private floatIndent = -1;
  /** Whether the last value inline read was a block scalar (comments after one never become its end). */
  private lastBlock = false;
  /** Whether the last value inline read was a plain scalar with no comment after it (it may go on below). */
  private lastPlain = false;
  /** The indentation of the line after the plain scalar continuePlain read (-1 at the end). */
  private indentAfter = -1;

  constructor(private readonly text: string, private readonly end: number) {}

  piece(start: number, depth: number): Node {
    this.next = start;
    const column = this.nextLine();
    if (column < 0) notMine();
    // Comments and blank lines before the root are the document's: they touch no node.
    this.triviaFrom = -1;
    const node = this.block(column, depth);
    if (this.pos < this.end) notMine();
    return node;
  }

  /**
   * Measures the line at `pos`: sets contentEnd and next, refuses any character outside the subset
   * (tabs, controls, lone CR, NEL, line and paragraph separators, BOM). Returns the line's
   * indentation, or -2 for a blank or comment line.
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
    if (first >= this.contentEnd || text.charCodeAt(first) === HASH) return -2;
    return indent;
  }

  /**
   * Moves to the next content line, past comment and blank lines (noted in triviaFrom); its
   * indentation, or -1 at the end of the piece.
   */
  private nextLine(): number {
    this.pos = this.next;
    this.triviaFrom = -1;
    if (this.pos >= this.end) return -1;
    const indent = this.lineIndent();
    return indent >= 0 ? indent : this.pastTrivia();
  }

  /** nextLine's rare path, kept out of it so that it stays small: the current line is blank or a comment. */
  private pastTrivia(): number {
    this.triviaFrom = this.pos;
    for (;;) {
      this.pos = this.next;
      if (this.pos >= this.end) return -1;
      const indent = this.lineIndent();
      if (indent >= 0) return indent;
    }
  }

  /**
   * Gives the comment lines between a scalar (or flow list) value and the current line to the
   * nodes `yaml` gives them, in a collection whose entries are at `column` (its parser, parser.js
   * `atIndentedComment` and `pop`): comment lines more indented than the entries, right after the
   * value (blank lines between them included), are the end of the value and its range runs over
   * them; the rest floats (floatIndent) up to the collection that ends with them or the entry that
   * follows them. Blank lines alone never touch a range. The comments' text is dropped: nothing
   * reads a node's `comment` or `commentBefore` (the reader reads values, the locator ranges).
   */
  private settle(node: Node, column: number): void {
    this.floatIndent = -1;
    if (this.triviaFrom < 0) return;
    const text = this.text;
    let attaching = !this.lastBlock;
    let deepest = -1;
    for (let at = this.triviaFrom; at < this.pos;) {
      let first = at;
      while (text.charCodeAt(first) === SPACE) first++;
      let next = text.indexOf('\n', first);
      next = next < 0 || next >= this.pos ? this.pos : next + 1;
      if (text.charCodeAt(first) === HASH) {
        const indent = first - at;
        if (attaching && indent > column) node.range[2] = next;
        else {
          attaching = false;
          if (indent > deepest) deepest = indent;
        }
      }
      at = next;
    }
    this.floatIndent = deepest;
  }

  /**
   * The end of the range of an empty value at `value` followed by comments (on its line or on the
   * lines before the current one, at `indent`): its pair's separator holds them, and an empty value
   * with comments ends where that separator ends (compose-node.js `composeEmptyNode`). The separator
   * runs to the current line's first character, unless the current line is the mapping's next key:
   * `yaml` then cuts it at its second line break, counting from the last comment more indented
   * than the keys (parser.js, "assign newline-separated not indented empty tokens to following
   * node"); comments after the cut are the next key's and do not count. Line breaks are where the
   * line's content ends (before `\r\n`).
   */
  private emptyValueEnd(value: number, column: number, indent: number): number {
    const text = this.text;
    const whole = indent < 0 ? this.end : this.pos + indent;
    if (indent !== column) return whole;
    let keyLineEnd = text.indexOf('\n', value);
    if (text.charCodeAt(keyLineEnd - 1) === CR) keyLineEnd--;
    let first = keyLineEnd;
    let second = -1;
    let commented = text.charCodeAt(value) === HASH;
    /** Whether a comment comes before the second counted line break (the cut). */
    let commentBeforeCut = commented;
    for (let at = this.triviaFrom; at >= 0 && at < this.pos;) {
      let start = at;
      while (text.charCodeAt(start) === SPACE) start++;
      let next = text.indexOf('\n', start);
      let lineEnd = next;
      if (text.charCodeAt(lineEnd - 1) === CR) lineEnd--;
      next = next + 1;
      if (text.charCodeAt(start) === HASH) {
        commented = true;
        if (start - at > column) {
          first = -1;
          second = -1;
        }
        if (second < 0) commentBeforeCut = true;
      }
      if (first < 0) first = lineEnd;
      else if (second < 0) second = lineEnd;
      at = next;
    }
    if (second < 0) return commented ? whole : value;
    return commentBeforeCut ? second : value;
  }

  /** Whether a comment line is among the lines just before the current one. */
  private triviaHasComment(): boolean {
    const text = this.text;
    for (let at = this.triviaFrom; at >= 0 && at < this.pos;) {
      while (text.charCodeAt(at) === SPACE) at++;
      if (text.charCodeAt(at) === HASH) return true;
      const next = text.indexOf('\n', at);
      at = next < 0 ? this.pos : next + 1;
    }
    return false;
  }

  /**
   * The end of a collection at `column` ending before the current line (`indent`, -1 at the end):
   * its last value's end, or the current line's first character when it keeps the floating
   * comments (`yaml` keeps them in a collection not at column 0 when one of them is at least as
   * indented as its entries, else hands them to its parent).
   */
  private closing(column: number, last: number, indent: number): number {
    if (this.floatIndent < column || column === 0) return last;
    this.floatIndent = -1;
    return indent < 0 ? this.end : this.pos + indent;
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
      if (value >= this.contentEnd || this.text.charCodeAt(value) === HASH) {
        indent = this.nextLine();
        if (indent > column || (indent === column && this.isItem(this.pos + indent))) {
          node = this.block(indent, depth + 1);
          indent = this.pos < this.end ? this.lineIndent() : -1;
        } else {
          this.floatIndent = -1;
          node = new Scalar(null);
          node.range = [value, value, value];
          if (this.text.charCodeAt(value) === HASH || this.triviaHasComment()) node.range[2] = this.emptyValueEnd(value, column, indent);
        }
      } else {
        node = this.lineValue(value, depth + 1, column);
        indent = this.indentAfter;
      }
      map.items.push(new Pair(key, node));
      last = node.range[2];
      if (indent !== column) {
        if (indent > column) notMine();
        map.range = [firstKey, last, this.closing(column, last, indent)];
        return map;
      }
      this.floatIndent = -1;
      keyStart = this.pos + column;
      if (this.isItem(keyStart)) notMine();
    }
  }

  private sequence(column: number, firstDash: number, depth: number): YAMLSeq {
    if (depth > MAX_DEPTH) notMine();
    const seq = new YAMLSeq();
    let dash = firstDash;
    let last = firstDash;
    /** Whether comment lines before this item's `-` are in the item's start (they float into it). */
    let commentBefore = false;
    for (;;) {
      let content = dash + 1;
      while (content < this.contentEnd && this.text.charCodeAt(content) === SPACE) content++;
      let node: Node;
      let indent: number;
      if (content >= this.contentEnd || this.text.charCodeAt(content) === HASH) {
        indent = this.nextLine();
        if (indent > column) {
          node = this.block(indent, depth + 1);
          indent = this.pos < this.end ? this.lineIndent() : -1;
        } else {
          // Comments in an empty item's start, before or after its `-`, widen its range to the
          // next line's content (not modelled: rare in engagements).
          if (commentBefore || this.text.charCodeAt(content) === HASH || this.triviaHasComment()) notMine();
          this.floatIndent = -1;
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
          node = this.lineValue(content, depth + 1, column);
          indent = this.indentAfter;
        }
      }
      seq.items.push(node);
      last = node.range[2];
      // A line at the list's column that is no item ends it (a list at its key's column): the parent decides.
      if (indent !== column || !this.isItem(this.pos + column)) {
        if (indent > column) notMine();
        seq.range = [firstDash, last, this.closing(column, last, indent)];
        return seq;
      }
      commentBefore = this.floatIndent >= 0;
      this.floatIndent = -1;
      dash = this.pos + column;
    }
  }

  /**
   * A scalar or a flow list of plain scalars on the current line from `at` (not a key), or a block
   * scalar starting there, in a collection whose entries are at `column`.
   */
  private inline(at: number, depth: number, column: number): Node {
    const text = this.text;
    const first = text.charCodeAt(at);
    let node: Node;
    let after: number;
    this.lastBlock = false;
    this.lastPlain = false;
    if (first === AMPERSAND || first === BANG) return this.withProperties(at, depth);
    if (first === STAR) {
      const nameEnd = this.nameEnd(at + 1);
      const alias = new Alias(text.slice(at + 1, nameEnd));
      this.afterValue(nameEnd);
      alias.range = [at, nameEnd, this.next];
      return alias;
    }
    if (first === PIPE || first === GT) return this.blockScalar(at, column);
    if (first === QUOTE) [node, after] = this.doubleQuoted(at);
    else if (first === APOSTROPHE) [node, after] = this.singleQuoted(at);
    else if (first === BRACKET || first === OPEN_BRACE) [node, after] = this.flowCollection(at, depth);
    else {
      if (INDICATOR_FIRST.has(first)) notMine();
      if ((first === DASH || first === COLON || first === 63) && (at + 1 >= this.contentEnd || text.charCodeAt(at + 1) === SPACE)) notMine();
      let end = this.contentEnd;
      for (let i = at; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === COLON && (i + 1 >= end || text.charCodeAt(i + 1) === SPACE)) notMine();
        // ` #` starts a comment: the scalar ends before it (the comment is in the range's third offset).
        if (code === HASH && text.charCodeAt(i - 1) === SPACE) end = i;
      }
      this.lastPlain = end === this.contentEnd;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      node = resolvePlain(text.slice(at, end), false);
      node.range = [at, end, this.next];
      return node;
    }
    this.afterValue(after);
    node.range = [at, after, this.next];
    return node;
  }

  /** Only spaces, then perhaps a comment (after a space), may follow a value ending at `after`. */
  private afterValue(after: number): void {
    const text = this.text;
    for (let i = after; i < this.contentEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === HASH && i > after) break;
      if (code !== SPACE) notMine();
    }
  }

  /** The end of a name (anchor, alias, local tag) starting at `at`: at least one character, then a space or the line's end. */
  private nameEnd(at: number): number {
    let i = at;
    while (i < this.contentEnd && isNameChar(this.text.charCodeAt(i))) i++;
    if (i === at || (i < this.contentEnd && this.text.charCodeAt(i) !== SPACE)) notMine();
    return i;
  }

  /**
   * `&name` and `!name` (a local tag, `yaml` leaves it unresolved: a warning, which the reader
   * reports as a custom tag), at most one of each, before a value on the same line: a plain
   * scalar (its text kept as it is when tagged, as `yaml` does for a tag it cannot resolve), a
   * quoted one or a flow collection. The node's range is the value's, the properties left out;
   * the anchor and tag are on the node as `yaml` puts them. A property alone on its line, before
   * an alias or a block scalar, `!!` tags, verbatim tags and a plain scalar going on below are not mine.
   */
  private withProperties(at: number, depth: number): Node {
    const text = this.text;
    let anchor: string | undefined;
    let tag: string | undefined;
    let i = at;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === AMPERSAND && anchor === undefined) {
        const end = this.nameEnd(i + 1);
        anchor = text.slice(i + 1, end);
        i = end;
      } else if (code === BANG && tag === undefined) {
        const end = this.nameEnd(i + 1);
        tag = text.slice(i, end);
        i = end;
      } else break;
      i = this.skipSpaces(i);
      if (i >= this.contentEnd) notMine();
    }
    const first = text.charCodeAt(i);
    if (first === STAR || first === PIPE || first === GT || first === HASH || first === AMPERSAND || first === BANG) notMine();
    const node = this.inline(i, depth, -1);
    if (tag !== undefined && node instanceof Scalar && typeof node.value !== 'string') {
      // A plain scalar under a tag yaml cannot resolve keeps its text; quoted ones are strings already.
      const raw = new Scalar(text.slice(node.range[0], node.range[1]));
      raw.range = node.range;
      return this.properties(raw, anchor, tag);
    }
    return this.properties(node, anchor, tag);
  }

  private properties(node: Node, anchor: string | undefined, tag: string | undefined): Node {
    // A plain scalar going on below would be folded and resolved again, its properties lost.
    this.lastPlain = false;
    if (node instanceof Alias || this.lastBlock) notMine();
    const target = node as { anchor?: string; tag?: string };
    if (anchor !== undefined) target.anchor = anchor;
    if (tag !== undefined) target.tag = tag;
    return node;
  }

  /**
   * A block scalar, `|` or `>` with clip or strip chomping (`-`), its header alone on its line and
   * its lines indented alike (the first line's indentation) and deeper than `column`, empty lines
   * truly empty; folded (`>`), no line more indented. Its value as resolve-block-scalar.js makes it;
   * its range from the indicator to the end of its last non-empty line (the lexer leaves the empty
   * lines after it out of the scalar). Leaves `next` there. Keep chomping (`+`), indentation
   * indicators, a comment on the header, leading or space-only empty lines and more-indented folded
   * lines are not mine.
   */
  private blockScalar(at: number, column: number): Scalar {
    const text = this.text;
    const folded = text.charCodeAt(at) === GT;
    let header = at + 1;
    const strip = header < this.contentEnd && text.charCodeAt(header) === DASH;
    if (strip) header++;
    if (header !== this.contentEnd || this.next >= this.end) notMine();
    let value = '';
    let sep = '';
    let width = -1;
    let sourceEnd = this.next;
    let empty = 0;
    this.pos = this.next;
    while (this.pos < this.end) {
      this.lineIndent();
      let first = this.pos;
      while (first < this.contentEnd && text.charCodeAt(first) === SPACE) first++;
      const indent = first - this.pos;
      if (first >= this.contentEnd) {
        if (indent > 0 || width < 0) notMine();
        empty++;
        this.pos = this.next;
        continue;
      }
      if (width < 0) {
        if (indent <= column) notMine();
        width = indent;
      }
      if (indent < width) break;
      if (folded && indent > width) notMine();
      if (folded) {
        for (; empty > 0; empty--) {
          if (sep === '\n') value += '\n';
          else sep = '\n';
        }
        value += sep + text.slice(this.pos + width, this.contentEnd);
        sep = ' ';
      } else {
        for (; empty > 0; empty--) {
          value += sep;
          sep = '\n';
        }
        value += sep + text.slice(this.pos + width, this.contentEnd);
        sep = '\n';
      }
      empty = 0;
      sourceEnd = this.next;
      this.pos = this.next;
    }
    if (width < 0) notMine();
    if (!strip) value += '\n';
    this.next = sourceEnd;
    this.lastBlock = true;
    const node = new Scalar(value);
    node.range = [at, sourceEnd, sourceEnd];
    return node;
  }

  /**
   * A value that starts on this line (an entry's or an item's), continued on the more-indented lines
   * after it when it is a plain scalar, its trailing comments settled. Leaves the following line's
   * indentation in indentAfter.
   */
  private lineValue(at: number, depth: number, column: number): Node {
    let node = this.inline(at, depth, column);
    let indent = this.nextLine();
    if (indent > column && this.lastPlain) {
      node = this.continuePlain(node as Scalar, column, indent);
      indent = this.indentAfter;
    }
    if (this.triviaFrom >= 0) this.settle(node, column);
    else this.floatIndent = -1;
    this.indentAfter = indent;
    return node;
  }

  /**
   * A plain scalar `node` (a value in a collection at `column`) that goes on, on the current line,
   * more indented than the collection's entries (at `indent`): its lines folded as YAML folds them
   * (one space per line break, one line feed per empty line between), resolved again with the core
   * schema, its range from its first character to its last line's last one. A comment line among
   * its lines, a line starting with an indicator, a `: ` or a line more indented after a comment
   * are not mine. Leaves the following line's indentation in indentAfter.
   */
  private continuePlain(node: Scalar, column: number, indent: number): Scalar {
    const text = this.text;
    const start = node.range[0];
    let value = text.slice(start, node.range[1]);
    let end = node.range[1];
    let next = node.range[2];
    while (indent > column) {
      let empty = 0;
      for (let at = this.triviaFrom; at >= 0 && at < this.pos; empty++) {
        while (text.charCodeAt(at) === SPACE) at++;
        if (text.charCodeAt(at) === HASH) notMine();
        at = text.indexOf('\n', at) + 1;
        if (at === 0) notMine();
      }
      const first = this.pos + indent;
      const code = text.charCodeAt(first);
      if (INDICATOR_FIRST.has(code) || code === DASH || code === COLON || code === 63) notMine();
      let last = this.contentEnd;
      for (let i = first; i < last; i++) {
        const c = text.charCodeAt(i);
        if (c === COLON && (i + 1 >= last || text.charCodeAt(i + 1) === SPACE)) notMine();
        if (c === HASH && text.charCodeAt(i - 1) === SPACE) last = i;
      }
      const commented = last !== this.contentEnd;
      while (text.charCodeAt(last - 1) === SPACE) last--;
      value += (empty > 0 ? '\n'.repeat(empty) : ' ') + text.slice(first, last);
      end = last;
      next = this.next;
      indent = this.nextLine();
      if (commented) break;
    }
    const folded = resolvePlain(value, false);
    folded.range = [start, end, next];
    this.indentAfter = indent;
    return folded;
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

  /**
   * A flow collection on one line from `at` (`[` or `{`): its items plain or quoted scalars or
   * flow collections again, a flow mapping's keys plain or quoted scalars followed by `: `. Its
   * range and its items' as the composer makes them: from the opening bracket to after the closing
   * one, each item's third offset past the spaces after it (at the `,`, `:` or closing bracket).
   * Empty items or values, trailing commas, `?`, pairs in a flow list (`[a: b]`), a `:` in a plain
   * item or key, a quoted key not followed by `: `, comments and lines going on are not mine.
   * Returns the collection and the offset after its closing bracket.
   */
  private flowCollection(at: number, depth: number): [YAMLSeq | YAMLMap, number] {
    if (depth > MAX_DEPTH) notMine();
    const text = this.text;
    const isMapping = text.charCodeAt(at) === OPEN_BRACE;
    const closer = isMapping ? CLOSE_BRACE : CLOSE_BRACKET;
    const collection = isMapping ? new YAMLMap() : new YAMLSeq();
    collection.flow = true;
    let i = at + 1;
    i = this.skipSpaces(i);
    if (text.charCodeAt(i) === closer && i < this.contentEnd) return [collection, i + 1];
    for (;;) {
      let key: Scalar | undefined;
      if (isMapping) {
        [key, i] = this.flowItem(i, depth + 1, closer, true) as [Scalar, number];
        // The key ends right at its `: ` (yaml widens nothing there); anything else is not mine.
        if (text.charCodeAt(i) !== COLON || i + 1 >= this.contentEnd || text.charCodeAt(i + 1) !== SPACE) notMine();
        key.range[2] = key.range[1];
        if (key.range[1] !== i) notMine();
        i = this.skipSpaces(i + 1);
      }
      let item: Node;
      [item, i] = this.flowItem(i, depth + 1, closer, false);
      item.range[2] = i;
      if (key) (collection as YAMLMap).items.push(new Pair(key, item));
      else (collection as YAMLSeq).items.push(item);
      const code = text.charCodeAt(i);
      if (i >= this.contentEnd) notMine();
      if (code === closer) return [collection, i + 1];
      if (code !== COMMA) notMine();
      i = this.skipSpaces(i + 1);
      const after = text.charCodeAt(i);
      if (i >= this.contentEnd || after === CLOSE_BRACKET || after === CLOSE_BRACE || after === COMMA) notMine();
    }
  }

  private skipSpaces(i: number): number {
    while (i < this.contentEnd && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /**
   * One item (or key) of a flow collection at `i`: a quoted scalar, a flow collection or a plain
   * scalar (ending before `,`, the closing bracket or, for a key, its `: `). Returns the node (its
   * third offset at its end, widened by the caller) and the offset past the spaces after it.
   */
  private flowItem(i: number, depth: number, closer: number, atKey: boolean): [Node, number] {
    const text = this.text;
    if (i >= this.contentEnd) notMine();
    const first = text.charCodeAt(i);
    let node: Node;
    let after: number;
    if (first === QUOTE) [node, after] = this.doubleQuoted(i);
    else if (first === APOSTROPHE) [node, after] = this.singleQuoted(i);
    else if (first === BRACKET || first === OPEN_BRACE) {
      if (atKey) notMine();
      [node, after] = this.flowCollection(i, depth);
    } else {
      if (INDICATOR_FIRST.has(first)) notMine();
      if (first === DASH || first === COLON || first === 63) {
        const second = text.charCodeAt(i + 1);
        if (second === SPACE || second === COMMA || second === CLOSE_BRACKET || second === CLOSE_BRACE || i + 1 >= this.contentEnd) notMine();
      }
      const start = i;
      let end = i;
      for (; i < this.contentEnd; i++) {
        const code = text.charCodeAt(i);
        if (code === COMMA || code === closer) break;
        if (code === COLON) {
          if (atKey && text.charCodeAt(i + 1) === SPACE && i + 1 < this.contentEnd && end === i) break;
          notMine();
        }
        if (code === HASH || code === BRACKET || code === OPEN_BRACE || code === CLOSE_BRACKET || code === CLOSE_BRACE || code === QUOTE || code === APOSTROPHE) notMine();
        if (code !== SPACE) end = i + 1;
      }
      if (i >= this.contentEnd || end - start > 1000) notMine();
      node = resolvePlain(text.slice(start, end), atKey);
      node.range = [start, end, end];
      return [node, i];
    }
    node.range = [i, after, after];
    const next = this.skipSpaces(after);
    // `"a":b` and `"a": b` in a flow list are pairs, `"a"b` an error: only a separator may follow.
    if (!atKey && text.charCodeAt(next) === COLON) notMine();
    return [node, next];
  }
}
