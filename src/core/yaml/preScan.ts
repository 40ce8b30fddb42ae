/**
 * One linear pass over the raw text, before the `yaml` package builds anything: the parser's CST
 * for 10 MB of `[` or a flow list of five million items takes gigabytes, so the format's structural
 * limits (nesting depth, number of nodes, items per collection) are enforced here first, and the
 * reader stops at the first one with a located `yaml-limit`.
 *
 * The scan follows YAML's structure closely enough to count what the parser would build: block
 * collections by the column of their entries (`- `, `key:`, `? `, compact forms included), flow
 * collections by their brackets, quoted scalars (so a `[` in a string is text) and block scalars
 * (so their content lines are skipped), comments, anchors, tags and aliases wherever they are (keys
 * and annotations included). It never under-counts a realistic file's nesting by design, and only
 * ever over-counts in text the parser would reject or that no engagement contains (a plain scalar
 * continued on ever deeper lines that each start with `- `). The exact depth check still runs on
 * the parser's tokens afterwards; this pass only makes sure the parser is never handed a bomb.
 */
import type { YamlProblem } from './readYaml';

export const MAX_DEPTH = 64;
/**
 * Scalars, collections, keys and aliases together; a realistic 10 MB engagement has about 800,000.
 * What else the parser keeps a token for counts too, at its cost: a comment, a blank line or a
 * document marker as one node (2.6 million `# x` lines once took 460 MB of tokens, 2.6 million
 * `---` 3.4 GB, 10 million blank lines past 400 MB), a
 * node inside `[ ]` or `{ }` as FLOW_NODE_COST (the parser's flow tokens weigh about three block
 * ones: a 2.7 MB list of small flow mappings once took 610 MB). Realistic files use flow only for
 * short lists (a generated 10 MB engagement has 48 flow nodes) and few comments.
 */
export const MAX_NODES = 1_000_000;
export const FLOW_NODE_COST = 3;
/**
 * A comment line and a blank line weigh less than a node (measured: about 180 and 40 bytes of
 * tokens, against about 700 bytes a node once composed), so that a realistic 10 MB engagement with a
 * comment or a blank line between every two lines is still read, while 2.6 million comments or
 * 10 million blank lines are stopped.
 */
export const COMMENT_COST = 1 / 2;
export const BLANK_LINE_COST = 1 / 8;
/**
 * Aliases in the file: each expands to at least one node, and the reader allows 1,000 expanded
 * nodes in all (MAX_ALIAS_NODES, readYaml), so the 1,001st alias is past the limit whatever it
 * names. Stopped here, 100,000 anchors each aliased once are answered at once instead of in 14 s.
 */
export const MAX_ALIASES = 1000;
/** Entries of one sequence or mapping; a realistic 10 MB engagement's longest list has about 6,000. */
export const MAX_COLLECTION_ITEMS = 100_000;
/**
 * Characters one flow collection (`[ … ]`, `{ … }`) or one quoted scalar may span once it runs over
 * several lines. No cut of the lean reading can split such a construct, so the parser builds it
 * whole, at about 45 bytes a character (an 8.8 MB flow list over many lines: 449 MB; a 9.4 MB
 * quoted scalar over 95,000 lines: 404 MB). An engagement writes short lists in flow style and long
 * ones as block lists; a one-line value of any length (a 1 MiB name, say) is not concerned.
 */
export const MAX_MULTILINE_SPAN = 1024 * 1024;

const TAB = 9, LF = 10, CR = 13, SPACE = 32, BANG = 33, DQUOTE = 34, HASH = 35, PERCENT = 37, AMP = 38, SQUOTE = 39;
const STAR = 42, COMMA = 44, DASH = 45, DOT = 46, COLON = 58, GT = 62, QMARK = 63, LBRACKET = 91, BACKSLASH = 92;
const RBRACKET = 93, LBRACE = 123, PIPE = 124, RBRACE = 125;

const SEQ = 1;
const MAP = 2;

class LimitReached {
  constructor(readonly problem: YamlProblem) {}
}

/** The first structural limit the text goes past, located; undefined when the text is within every limit. */
export function preScan(text: string): YamlProblem | undefined {
  try {
    new PreScanner(text).run();
    return undefined;
  } catch (error) {
    if (error instanceof LimitReached) return error.problem;
    throw error;
  }
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === CR;
}

function isFlowIndicator(code: number): boolean {
  return code === COMMA || code === LBRACKET || code === RBRACKET || code === LBRACE || code === RBRACE;
}

class PreScanner {
  private nodes = 0;
  private aliases = 0;
  /** Open block collections: the column of their entries, their kind, their entry count. */
  private readonly columns: number[] = [];
  private readonly kinds: number[] = [];
  private readonly items: number[] = [];
  /** Open flow collections, innermost last: their item count. */
  private readonly flow: number[] = [];
  /** In a flow collection: the next node starts an item (after `[`, `{` or `,`). */
  private flowItemPending = false;
  /** In a flow collection: at a place where a node may start (quotes and aliases are indicators there). */
  private flowNodeStart = false;
  /** Inside a quoted scalar that continues on the next line: its quote character, and where it opened. */
  private quote = 0;
  private quoteStart = 0;
  /** Where the outermost open flow collection opened. */
  private flowStart = 0;
  /** Inside a block scalar's content: the indentation of its parent node, and of its content once known. */
  private blockScalarParent = -2;
  private blockScalarIndent = -1;
  private lineStart = 0;
  /** nextQuote's last search, for `"` and `'`: where it started and what it found (-1: none to the end). */
  private readonly quoteFrom = [Infinity, Infinity];
  private readonly quoteFound = [-1, -1];

  constructor(private readonly text: string) {}

  run(): void {
    const text = this.text;
    const length = text.length;
    let start = 0;
    while (start < length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = length;
      this.line(start, end);
      start = end + 1;
    }
  }

  private code(index: number): number {
    return this.text.charCodeAt(index);
  }

  private fail(kind: 'too-deep' | 'too-many-nodes' | 'too-many-items' | 'too-long-span', at: number): never {
    throw new LimitReached({ kind, start: at, end: Math.min(at + 1, this.text.length) });
  }

  private alias(at: number): void {
    if (++this.aliases <= MAX_ALIASES) return;
    let end = at + 1;
    while (end < this.text.length && !isBlank(this.code(end)) && this.code(end) !== LF && !isFlowIndicator(this.code(end))) end++;
    throw new LimitReached({ kind: 'alias-limit', start: at, end });
  }

  private node(at: number, cost = 1): void {
    this.nodes += cost;
    if (this.nodes > MAX_NODES) this.fail('too-many-nodes', at);
  }

  private checkDepth(at: number): void {
    if (this.columns.length + this.flow.length > MAX_DEPTH) this.fail('too-deep', at);
  }

  private skipSpaces(index: number, end: number): number {
    while (index < end && isBlank(this.code(index))) index++;
    return index;
  }

  private line(start: number, end: number): void {
    this.lineStart = start;
    let index = start;
    while (index < end && this.code(index) === SPACE) index++;
    const indent = index - start;
    const blank = this.skipSpaces(index, end) >= end;

    if (this.blockScalarParent > -2) {
      if (blank) return;
      if (this.blockScalarIndent < 0 && indent > this.blockScalarParent) {
        this.blockScalarIndent = indent;
        return;
      }
      if (this.blockScalarIndent >= 0 && indent >= this.blockScalarIndent) return;
      this.blockScalarParent = -2;
      this.blockScalarIndent = -1;
    }
    if (this.quote !== 0) {
      if (start - this.quoteStart > MAX_MULTILINE_SPAN) this.fail('too-long-span', this.quoteStart);
      const after = this.quoted(start, end, this.quote);
      if (after < 0) return;
      this.quote = 0;
      this.flowNodeStart = false;
      this.afterNode(after, end, -1);
      return;
    }
    if (this.flow.length > 0) {
      if (start - this.flowStart > MAX_MULTILINE_SPAN) this.fail('too-long-span', this.flowStart);
      if (blank) this.node(start, BLANK_LINE_COST);
      this.flowNodeStart = true;
      this.flowText(index, end);
      return;
    }
    if (blank) {
      this.node(start, BLANK_LINE_COST);
      return;
    }
    const first = this.code(index);
    if (first === HASH) {
      this.node(index, COMMENT_COST);
      return;
    }
    if (indent === 0 && first === PERCENT) return;
    if (indent === 0 && (first === DASH || first === DOT) && this.isDocumentMarker(index, end)) {
      this.node(index);
      this.columns.length = 0;
      this.kinds.length = 0;
      this.items.length = 0;
      index = this.skipSpaces(index + 3, end);
      if (index < end && this.code(index) !== HASH) this.nodeAt(index, end, index - start, false);
      return;
    }
    while (this.columns.length > 0 && this.columns[this.columns.length - 1]! > indent) this.closeBlock();
    this.entries(index, end, indent);
  }

  private isDocumentMarker(index: number, end: number): boolean {
    const c = this.code(index);
    return this.code(index + 1) === c && this.code(index + 2) === c && (index + 3 >= end || isBlank(this.code(index + 3)));
  }

  private closeBlock(): void {
    this.columns.pop();
    this.kinds.pop();
    this.items.pop();
  }

  /** An entry of a block collection of `kind` whose entries start at `column`. */
  private enter(kind: number, column: number, at: number): void {
    for (;;) {
      const top = this.columns.length - 1;
      if (top < 0 || this.columns[top]! < column) break;
      if (this.columns[top] === column) {
        if (this.kinds[top] === kind) {
          if (++this.items[top]! > MAX_COLLECTION_ITEMS) this.fail('too-many-items', at);
          return;
        }
        // A sequence may be a key's value at the key's own column; a key after it ends the sequence.
        if (kind === SEQ) break;
      }
      this.closeBlock();
    }
    this.columns.push(column);
    this.kinds.push(kind);
    this.items.push(1);
    this.node(at);
    this.checkDepth(at);
  }

  /** The indicators that open entries (`- `, `? `, `: `), compact ones included, then the node. */
  private entries(index: number, end: number, column: number): void {
    for (;;) {
      const c = this.code(index);
      const next = index + 1 >= end || isBlank(this.code(index + 1));
      if ((c === DASH || c === QMARK) && next) {
        this.enter(c === DASH ? SEQ : MAP, column, index);
      } else if (!(c === COLON && next)) {
        break;
      }
      index = this.skipSpaces(index + 1, end);
      if (index >= end || this.code(index) === HASH) return;
      column = index - this.lineStart;
    }
    this.nodeAt(index, end, column, true);
  }

  /** A node written at `index` (column `column`): properties, then a flow collection, a quoted, block or plain scalar, or an alias. */
  private nodeAt(index: number, end: number, column: number, mayBeKey: boolean): void {
    for (;;) {
      const c = this.code(index);
      if (c !== AMP && c !== BANG) break;
      while (index < end && !isBlank(this.code(index))) index++;
      index = this.skipSpaces(index, end);
      if (index >= end || this.code(index) === HASH) return;
    }
    const c = this.code(index);
    if (c === LBRACKET || c === LBRACE) {
      this.openFlow(index);
      this.flowNodeStart = true;
      this.flowText(index + 1, end);
      return;
    }
    if (c === DQUOTE || c === SQUOTE) {
      this.node(index);
      const after = this.quoted(index + 1, end, c);
      if (after < 0) this.openQuote(c, index);
      else this.afterNode(after, end, mayBeKey ? column : -1);
      return;
    }
    if (c === STAR) {
      this.node(index);
      this.alias(index);
      while (index < end && !isBlank(this.code(index))) index++;
      this.afterNode(index, end, mayBeKey ? column : -1);
      return;
    }
    if (c === PIPE || c === GT) {
      this.node(index);
      this.blockScalar(index + 1, end);
      return;
    }
    this.node(index);
    if (!mayBeKey) return;
    // A plain scalar: a key when a `:` followed by a blank comes before any comment (found with
    // indexOf, not character by character: this is the scan's hot path).
    for (let colon = this.nextColon(index); colon < end; colon = this.nextColon(colon + 1)) {
      if (colon + 1 < end && !isBlank(this.code(colon + 1))) continue;
      if (this.commentBefore(index, colon)) return;
      this.enter(MAP, column, index);
      this.value(colon + 1, end);
      return;
    }
  }

  /**
   * The first `:` at or after `from`. The scan moves forward, so the last answer is reused while it
   * is still ahead: over the whole text the searches cost one pass, even where lines have no colon.
   */
  private colonAhead = -1;
  private nextColon(from: number): number {
    if (this.colonAhead < from) {
      const found = this.text.indexOf(':', from);
      this.colonAhead = found < 0 ? Number.MAX_SAFE_INTEGER : found;
    }
    return this.colonAhead;
  }

  /** Whether a ` #` comment starts between `from` and `to`. */
  private commentBefore(from: number, to: number): boolean {
    // A short range (a key): read directly, an indexOf could run far past it to the next `#`.
    for (let i = from + 1; i < to; i++) if (this.code(i) === HASH && isBlank(this.code(i - 1))) return true;
    return false;
  }

  /** What follows a quoted scalar, an alias or a flow collection on its line: a key's `:`, a comment, or stray text. */
  private afterNode(index: number, end: number, keyColumn: number): void {
    index = this.skipSpaces(index, end);
    if (index >= end || this.code(index) === HASH) return;
    if (this.flow.length > 0) {
      this.flowText(index, end);
      return;
    }
    if (this.code(index) === COLON && (index + 1 >= end || isBlank(this.code(index + 1)))) {
      if (keyColumn >= 0) this.enter(MAP, keyColumn, index);
      this.value(index + 1, end);
      return;
    }
    // Text the parser will reject; still scanned, so brackets in it count.
    this.nodeAt(index, end, index - this.lineStart, false);
  }

  private value(index: number, end: number): void {
    index = this.skipSpaces(index, end);
    if (index >= end || this.code(index) === HASH) return;
    this.nodeAt(index, end, index - this.lineStart, false);
  }

  private blockScalar(index: number, end: number): void {
    const top = this.columns.length - 1;
    const parent = top >= 0 ? this.columns[top]! : -1;
    let explicit = 0;
    for (; index < end; index++) {
      const c = this.code(index);
      if (c >= 49 && c <= 57) explicit = c - 48;
      else if (c !== DASH && c !== 43) break;
    }
    this.blockScalarParent = parent;
    this.blockScalarIndent = explicit > 0 ? Math.max(parent, 0) + explicit : -1;
  }

  /**
   * The next `quote` at or after `from`, the last answer reused while it still lies ahead: a quoted
   * scalar over 100,000 lines would otherwise search to its closing quote once per line (quadratic:
   * 20 s for 9 MB, measured).
   */
  private nextQuote(quote: number, from: number): number {
    const slot = quote === DQUOTE ? 0 : 1;
    const found = this.quoteFound[slot]!;
    if (this.quoteFrom[slot]! <= from && (found >= from || found < 0)) return found;
    this.quoteFrom[slot] = from;
    return (this.quoteFound[slot] = this.text.indexOf(quote === DQUOTE ? '"' : "'", from));
  }

  /** The index after the closing quote, or -1 when the scalar goes on past the end of the line. */
  private quoted(index: number, end: number, quote: number): number {
    const text = this.text;
    for (;;) {
      const at = this.nextQuote(quote, index);
      if (at < 0 || at >= end) return -1;
      if (quote === DQUOTE) {
        let backslashes = 0;
        for (let i = at - 1; i >= index && text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
        if (backslashes % 2 === 0) return at + 1;
      } else if (at + 1 < end && text.charCodeAt(at + 1) === SQUOTE) {
        index = at + 2;
        continue;
      } else {
        return at + 1;
      }
      index = at + 1;
    }
  }

  /** A quoted scalar that goes on past its line: the next lines are its text until the quote closes. */
  private openQuote(quote: number, at: number): void {
    this.quote = quote;
    this.quoteStart = at;
  }

  private openFlow(at: number): void {
    this.countFlowItem(at);
    if (this.flow.length === 0) this.flowStart = at;
    this.flow.push(0);
    this.node(at, FLOW_NODE_COST);
    this.checkDepth(at);
    this.flowItemPending = true;
  }

  private countFlowItem(at: number): void {
    if (this.flow.length === 0 || !this.flowItemPending) return;
    this.flowItemPending = false;
    const top = this.flow.length - 1;
    if (++this.flow[top]! > MAX_COLLECTION_ITEMS) this.fail('too-many-items', at);
  }

  /** Text inside flow collections, up to the end of the line or the close of the outermost one. */
  private flowText(index: number, end: number): void {
    for (; index < end; index++) {
      const c = this.code(index);
      if (isBlank(c)) {
        this.flowNodeStart = true;
        continue;
      }
      if (c === HASH && (index === this.lineStart || isBlank(this.code(index - 1)))) {
        this.node(index, COMMENT_COST);
        return;
      }
      if (c === LBRACKET || c === LBRACE) {
        this.openFlow(index);
        this.flowNodeStart = true;
      } else if (c === RBRACKET || c === RBRACE) {
        this.flow.pop();
        this.flowItemPending = false;
        this.flowNodeStart = false;
        if (this.flow.length === 0) {
          this.afterNode(index + 1, end, -1);
          return;
        }
      } else if (c === COMMA) {
        this.flowItemPending = true;
        this.flowNodeStart = true;
      } else if (c === COLON || c === QMARK) {
        this.flowNodeStart = true;
      } else if (this.flowNodeStart) {
        this.flowNodeStart = false;
        if (c === AMP || c === BANG) {
          while (index + 1 < end && !isBlank(this.code(index + 1)) && !isFlowIndicator(this.code(index + 1))) index++;
          this.flowNodeStart = true;
          continue;
        }
        this.countFlowItem(index);
        this.node(index, FLOW_NODE_COST);
        if (c === STAR) this.alias(index);
        if (c === DQUOTE || c === SQUOTE) {
          const after = this.quoted(index + 1, end, c);
          if (after < 0) {
            this.openQuote(c, index);
            return;
          }
          index = after - 1;
        }
      }
    }
  }
}

/** Whether a line break is only CR (old Mac files): YAML 1.2 and VS Code read CR, LF and CRLF alike. */
export function hasLoneCarriageReturn(text: string): boolean {
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== LF) return true;
  }
  return false;
}
