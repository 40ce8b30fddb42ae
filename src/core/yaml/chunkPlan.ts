/**
 * Cuts an engagement's text into pieces the `yaml` package can compose one at a time (or the fast
 * reader, fastPiece.ts, reads), so a 10 MB file never has its whole token tree (about 33 bytes per
 * byte of text) and its whole composed document (about 15 bytes per byte) in memory at once.
 *
 * The plan (issue 8: any 10 MB input read in bounded memory, whatever its shape): the document is a
 * tree of block collections cut as far as needed, so that no piece composed on its own is much
 * larger than `cutBytes`. It cuts the plain block style every engagement is written in (top-level
 * `key:` entries, lists of `- ` items) and also
 * - a document that starts with `---`, after comments and at most one `%YAML` directive (reported by
 *   the reader as the whole reading reports it); a second document or `...` is not cut;
 * - a root that is a list (`- ` at column 0), item by item;
 * - lists written at their key's column (`channels:\n- id: a`), at any level;
 * - a key twice, at any level (the reader reports it, as it does the whole document);
 * - any child (an entry's value on the lines after `key:`, or a list item written `- key: …`) larger
 *   than `cutBytes`, recursively: a 10 MB journey is cut into its stages, then its steps.
 * Small children are grouped into runs of up to `runBytes`, each composed as one collection.
 * Where a collection is not in this style (a line at its column that is neither a key nor an item,
 * a lone CR, a flow or quoted key…) it is not cut, it stays one piece of its
 * parent; only an uncuttable root declines the whole plan. Pieces are checked when read: each must
 * compose cleanly into exactly the collection and the number of children planned; one that does not
 * (a syntax error, or a cut inside a multi-line quoted scalar or flow collection, which leaves its
 * first piece unterminated) is retried merged with its neighbours, or the whole text composed when
 * it is small (readYaml.ts).
 */

const SPACE = 32, TAB = 9, LF = 10, CR = 13, HASH = 35, DASH = 45;

export interface CutPlan {
  /** A `%YAML` directive other than `%YAML 1.2`, as the whole reading reports it (its offsets). */
  directive?: { start: number; end: number };
  root: Cut;
}

/** A block collection cut into parts. */
export interface Cut {
  kind: 'map' | 'seq';
  /** The offset of its first key or first `-`. */
  start: number;
  /** The column of its keys or dashes. */
  column: number;
  /** A mapping written in a list item (`- id: j`): its first part begins with the item's `- `. */
  inItem: boolean;
  parts: CutPart[];
}

/** A run of `count` whole children, from the start of its first line to the start of the next part. */
export interface CutPart {
  start: number;
  end: number;
  count: number;
  /**
   * One child whose value is cut further (count is 1): for a mapping, the entry's key line is the
   * piece [start, value.parts[0].start); for a list, the item is the compact mapping `value`.
   */
  value?: Cut;
}

export interface CutOptions {
  /** A child larger than this is cut further where its style allows. */
  cutBytes?: number;
  /** Consecutive children are composed together up to this size. */
  runBytes?: number;
}

export const CUT_BYTES = 64 * 1024;
export const RUN_BYTES = 16 * 1024;
/** Cuts stop well before the depth limit: the deepest collections are composed (and checked) whole. */
const MAX_CUT_DEPTH = 32;

const KEY_AT = /[A-Za-z_][A-Za-z0-9_-]*:(?=[ \t\r\n]|$)/y;
const EMPTY_AFTER = /[ \t]*(?:#[^\r\n]*)?\r?(?:\n|$)/y;
const MARKER_AT = /(?:---|\.\.\.)(?=[ \t\r\n]|$)/y;
const START_LINE = /^---[ \t]*(?:(?<=[ \t])#.*)?\r?$/;
const YAML_DIRECTIVE = /^(%YAML[ \t]+[^ \t\r#]+)[ \t]*(?:(?<=[ \t])#.*)?\r?$/;

/** The cut plan of `text`, or undefined when its root is not in the style it cuts. */
export function planCuts(text: string, options: CutOptions = {}): CutPlan | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const plan: CutPlan = { root: undefined as unknown as Cut };
  // The prelude: comments, blank lines and one `%YAML` directive, then `---` alone on its line.
  let body = 0;
  let directives = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const first = text.charCodeAt(start);
    if (first === 37 /* % */) {
      const match = YAML_DIRECTIVE.exec(text.slice(start, end));
      if (!match || ++directives > 1) return undefined;
      if (!/^%YAML\s+1\.2$/.test(match[1]!)) plan.directive = { start, end: start + match[1]!.length };
    } else if (first === DASH && START_LINE.test(text.slice(start, end))) {
      body = end + 1;
      break;
    } else if (!isBlankLine(text, start, end)) {
      if (directives > 0) return undefined;
      break;
    }
    start = end + 1;
  }
  // The content lines (not blank, not comments): where each starts and its indentation.
  const starts: number[] = [];
  const indents: number[] = [];
  for (let start = Math.min(body, text.length); start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let indent = 0;
    while (text.charCodeAt(start + indent) === SPACE) indent++;
    const next = text.charCodeAt(start + indent);
    if (start + indent < end && next !== CR && next !== HASH) {
      if (next === TAB) {
        // A tab where the indentation ends (an error, or a block scalar's or a multi-line
        // scalar's content): never where a child starts, it stays in the piece of the line before,
        // which `yaml` then reads (and reports) as the whole composition would there.
        if (starts.length === 0) return undefined;
        start = end + 1;
        continue;
      }
      if (indent === 0) {
        MARKER_AT.lastIndex = start;
        if (MARKER_AT.test(text)) return undefined;
      }
      starts.push(start);
      indents.push(indent);
    }
    start = end + 1;
  }
  if (starts.length === 0 || indents[0] !== 0) return undefined;
  const planner = new Planner(text, starts, indents, options.cutBytes ?? CUT_BYTES, options.runBytes ?? RUN_BYTES);
  const kind = planner.isItem(0, 0) ? 'seq' : planner.isKey(0, 0) ? 'map' : undefined;
  if (!kind) return undefined;
  const root = planner.cut(kind, 0, starts.length, 0, text.length, starts[0]!, false, 0);
  if (!root) return undefined;
  plan.root = root;
  return plan;
}

/** Every piece the reader composes (or reads fast) for this plan: [start, end) and the nesting of its root collection. */
export function piecesOf(plan: CutPlan): Array<[number, number, number]> {
  const pieces: Array<[number, number, number]> = [];
  const walk = (cut: Cut, depth: number) => {
    cut.parts.forEach((part, index) => {
      const wrapped = cut.inItem && index === 0;
      if (!part.value) pieces.push([part.start, part.end, wrapped ? depth : depth + 1]);
      else if (cut.kind === 'map') {
        pieces.push([part.start, part.value.parts[0]!.start, wrapped ? depth : depth + 1]);
        walk(part.value, depth + 1);
      } else walk(part.value, depth + 1);
    });
  };
  walk(plan.root, 0);
  return pieces;
}

function isBlankLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  return i >= end || text.charCodeAt(i) === CR || text.charCodeAt(i) === HASH;
}

class Planner {
  constructor(
    private readonly text: string,
    private readonly starts: number[],
    private readonly indents: number[],
    private readonly cutBytes: number,
    private readonly runBytes: number,
  ) {}

  /** Whether content line `line` has `- ` (or a lone `-`) at `column`. */
  isItem(line: number, column: number): boolean {
    const at = this.starts[line]! + column;
    if (this.text.charCodeAt(at) !== DASH) return false;
    const after = this.text.charCodeAt(at + 1);
    return after === SPACE || after === CR || after === LF || at + 1 >= this.text.length;
  }

  /** Whether content line `line` has a plain `key:` at `column`. */
  isKey(line: number, column: number): boolean {
    return this.keyAt(this.starts[line]! + column);
  }

  private keyAt(at: number): boolean {
    KEY_AT.lastIndex = at;
    return KEY_AT.test(this.text);
  }

  /** Whether the key at `at` has nothing after its `:` but a comment. */
  private emptyAfterKey(at: number): boolean {
    KEY_AT.lastIndex = at;
    if (!KEY_AT.test(this.text)) return false;
    EMPTY_AFTER.lastIndex = KEY_AT.lastIndex;
    return EMPTY_AFTER.test(this.text);
  }

  /**
   * The collection on content lines [from, to), ending at offset `end`, whose first key or dash is at
   * `start` in column `column`; undefined when a line at its column is neither one of its children
   * nor (in a mapping) an item of a list written at the key's column, or a line is shallower.
   */
  cut(kind: 'map' | 'seq', from: number, to: number, column: number, end: number, start: number, inItem: boolean, depth: number): Cut | undefined {
    const children: number[] = [];
    for (let line = from; line < to; line++) {
      const indent = this.indents[line]!;
      if (line === from) {
        children.push(line);
        continue;
      }
      if (indent > column) continue;
      if (indent < column) return undefined;
      if (kind === 'seq' ? this.isItem(line, column) : this.isKey(line, column)) children.push(line);
      else if (kind === 'seq' || !this.isItem(line, column)) return undefined;
    }
    const cut: Cut = { kind, start, column, inItem, parts: [] };
    let run: CutPart | undefined;
    for (let index = 0; index < children.length; index++) {
      const line = children[index]!;
      const childStart = index === 0 ? this.starts[from]! : this.starts[line]!;
      const nextLine = children[index + 1] ?? to;
      const childEnd = index + 1 < children.length ? this.starts[nextLine]! : end;
      const value = childEnd - childStart > this.cutBytes && depth < MAX_CUT_DEPTH
        ? this.valueOf(kind, line, nextLine, column, childEnd, index === 0 ? start : this.starts[line]! + column, depth)
        : undefined;
      if (value) {
        run = undefined;
        cut.parts.push({ start: childStart, end: childEnd, count: 1, value });
      } else if (run && childEnd - run.start <= this.runBytes) {
        run.end = childEnd;
        run.count++;
      } else {
        run = { start: childStart, end: childEnd, count: 1 };
        cut.parts.push(run);
      }
    }
    return cut;
  }

  /** The value of the child on content lines [line, next), cut, or undefined when it is not a cuttable collection. */
  private valueOf(kind: 'map' | 'seq', line: number, next: number, column: number, end: number, at: number, depth: number): Cut | undefined {
    if (kind === 'map') {
      // `key:` alone on its line, its value a block collection on the next lines.
      if (line + 1 >= next || !this.emptyAfterKey(at)) return undefined;
      const indent = this.indents[line + 1]!;
      const item = this.isItem(line + 1, indent);
      if (indent < column || (indent === column && !item)) return undefined;
      const valueKind = item ? 'seq' : this.isKey(line + 1, indent) ? 'map' : undefined;
      if (!valueKind) return undefined;
      return this.cut(valueKind, line + 1, next, indent, end, this.starts[line + 1]! + indent, false, depth + 1);
    }
    // `- key: …`: the item is a mapping at the column of its first key.
    let key = at + 1;
    while (this.text.charCodeAt(key) === SPACE) key++;
    if (!this.keyAt(key)) return undefined;
    return this.cut('map', line, next, key - this.starts[line]!, end, key, true, depth + 1);
  }
}
