/**
 * Reads an engagement's YAML text into a plain value, defensively: the format's limits (10 MB, nesting
 * depth 64, aliases expanding to 1,000 nodes), one YAML 1.2 core-schema document, no merge keys, no
 * custom tags, no `%YAML 1.1`, and our own linear duplicate-key check (the yaml package's is quadratic).
 * Hostile input yields located problems, never an exception, a hang or a polluted prototype.
 */
import { Composer, Parser, isAlias as yamlIsAlias, isMap as yamlIsMap, isScalar as yamlIsScalar, isSeq as yamlIsSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
// Bound once: the bundles reach a CommonJS package's exports through a getter at every use, and
// these four run for every node of a 10 MB file (120 ms of the lean reading, measured).
const isAlias = yamlIsAlias, isMap = yamlIsMap, isScalar = yamlIsScalar, isSeq = yamlIsSeq;
import type { CST } from 'yaml';
import { MAX_FILE_BYTES, exceedsUtf8Bytes } from '../analysis/fileSize';
import { planCuts, type Cut, type CutOptions } from './chunkPlan';
import { readFastPiece } from './fastPiece';
import { withoutStackTraces } from './withoutStackTraces';
import { CompactLocator, KeyInterner, LeafLoc, MapLoc, SeqLoc, compactNode, type Loc } from './compactLocator';
import type { KeyGuide } from './keyGuide';
import type { PathLocator } from './locatePath';
import { MAX_DEPTH, preScan } from './preScan';

export { MAX_COLLECTION_ITEMS, MAX_DEPTH, MAX_MULTILINE_SPAN, MAX_NODES } from './preScan';
export const MAX_ALIAS_NODES = 1000;
const COMPOSE_OPTIONS = { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, strict: true, prettyErrors: false } as const;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

export type YamlProblemKind =
  | { kind: 'syntax'; detail: string }
  | { kind: 'too-large' }
  | { kind: 'too-deep' }
  | { kind: 'too-many-nodes' }
  | { kind: 'too-many-items' }
  | { kind: 'too-long-span' }
  | { kind: 'control-character'; code: number }
  | { kind: 'replacement-character' }
  | { kind: 'alias-limit' }
  | { kind: 'alias-unknown'; name: string }
  | { kind: 'directive' }
  | { kind: 'second-document' }
  | { kind: 'merge-key' }
  | { kind: 'custom-tag'; tag: string }
  | { kind: 'complex-key' }
  /** `*a : value` (or `*a: value`, which YAML reads as an alias named `a:`): keys are plain scalars, never aliases. */
  | { kind: 'alias-key'; name: string }
  | { kind: 'duplicate-key'; key: string }
  | { kind: 'reserved-key'; key: string }
  | { kind: 'unknown-key'; key: string; known: readonly string[]; dimension: boolean };

/** `path` is the YAML path of the node at fault, where known. */
export type YamlProblem = YamlProblemKind & { start: number; end: number; path?: string };

export interface YamlReading {
  /** The composed document, kept to locate paths; absent when the text could not be composed, or read lean. */
  document?: Document.Parsed;
  /** Read lean (`lean` option): the compact locator that stands for the document, which was not kept. */
  locator?: PathLocator;
  /** The plain value (reserved, `x-` and unknown keys left out); undefined when reading stopped. */
  value: unknown;
  problems: YamlProblem[];
  /** A problem that stops validation: syntax errors and limits. */
  fatal: boolean;
}

export interface ReadYamlOptions {
  /** The file's size in bytes when the host read it from disk (the limit is on the file, not on its decoded text). */
  byteLength?: number;
  /**
   * Diagnostics only (`cxm validate`): the text is composed piece by piece where its style allows
   * (chunkPlan.ts), each piece's `yaml` nodes let go once read, and a compact locator is kept
   * instead of the document. Same value, problems and ranges as the whole composition.
   */
  lean?: boolean;
  /** Tests only: counts the lean reading's pieces read by the fast reader and those composed by `yaml`. */
  pieceCount?: { fast: number; composed: number };
  /** Tests only: how finely the lean reading cuts (chunkPlan.ts; 0 cuts every child it can). */
  cuts?: CutOptions;
  /**
   * Tests only: below this size (default WHOLE_ON_ERROR_CHARS) a lean reading whose piece does not
   * compose cleanly composes the whole text instead of reading on around the broken part.
   */
  wholeOnErrorChars?: number;
}

/** Up to 1 MB, a broken piece sends the lean reading back to the whole composition: exact, and cheap there. */
export const WHOLE_ON_ERROR_CHARS = 1024 * 1024;
/**
 * A broken piece is retried merged with its following siblings up to this size (a construct spanning a
 * cut resolves there), and all merged windows of a reading share twice this budget.
 */
export const MERGE_CHARS = 256 * 1024;

export function readYaml(text: string, guide: KeyGuide | undefined, options: ReadYamlOptions = {}): YamlReading {
  const tooLarge = options.byteLength !== undefined ? options.byteLength > MAX_FILE_BYTES : exceedsUtf8Bytes(text, MAX_FILE_BYTES);
  if (tooLarge) {
    return { value: undefined, problems: [{ kind: 'too-large', start: 0, end: 0 }], fatal: true };
  }
  const problems: YamlProblem[] = [];
  characterProblems(text, problems);

  // Defend before composing: structural limits are checked on the raw text in one linear pass.
  const limit = preScan(text);
  if (limit) {
    problems.push(limit);
    return { value: undefined, problems, fatal: true };
  }
  if (options.lean) {
    const lean = readLean(text, guide, problems, options);
    if (lean) return lean;
  }

  // Tokens are streamed into the composer, a document's CST checked for depth just before it is
  // composed (composing recurses once per level) and dropped just after, so the whole token tree
  // of a large file is never held next to the composed document.
  // `%YAML 1.1` would switch the document to YAML 1.1 (yes/no booleans, sexagesimals): reported,
  // and dropped so that values are always read with the YAML 1.2 core schema. `%YAML 1.2` is harmless.
  let tooDeep: number | undefined;
  function* checkedTokens(): Generator<CST.Token> {
    for (const token of new Parser().parse(text)) {
      if (token.type === 'document') {
        tooDeep = findTooDeep(token);
        if (tooDeep !== undefined) return;
      }
      if (token.type === 'directive' && token.source.startsWith('%YAML') && !/^%YAML\s+1\.2\s*$/.test(token.source)) {
        problems.push({ kind: 'directive', start: token.offset, end: token.offset + token.source.length });
        continue;
      }
      yield token;
    }
  }

  const composer = new Composer(COMPOSE_OPTIONS);
  const documents = withoutStackTraces(() => [...composer.compose(checkedTokens(), true, text.length)]);
  if (tooDeep !== undefined) {
    problems.push({ kind: 'too-deep', start: tooDeep, end: tooDeep + 1 });
    return { value: undefined, problems, fatal: true };
  }
  const document = documents[0];
  for (const extra of documents.slice(1)) {
    const start = extra.range?.[0] ?? 0;
    problems.push({ kind: 'second-document', start, end: start + 3 });
  }
  let unreadable = false;
  for (const doc of documents) {
    for (const error of doc.errors) {
      unreadable = true;
      const aliasKey = aliasKeyAt(text, error.pos[0]);
      if (aliasKey) problems.push(aliasKey);
      else problems.push({ kind: 'syntax', detail: error.message, start: error.pos[0], end: error.pos[1] });
    }
  }
  if (!document || unreadable) {
    return { ...(document ? { document } : {}), value: undefined, problems, fatal: true };
  }

  const converter = new PlainValueReader(text, problems);
  const value = converter.read(document.contents as YamlNode | null, guide, 0, 0);
  const fatal = problems.some((p) => p.kind === 'too-deep' || p.kind === 'alias-limit');
  return { document, value, problems, fatal };
}

/**
 * The lean reading (`cxm validate`): the text is cut as chunkPlan.ts plans it, each piece tokenised
 * and composed on its own (or read by the fast reader), read into the plain value by the same reader
 * in the whole reading's order, copied into the compact locator, and let go. Any piece that does not
 * compose cleanly into exactly what the plan expects (an error, a too-deep or alias-bomb stop, an
 * unexpected shape or count) returns undefined, and the caller composes the whole text, whose
 * problems are then reported as always: the lean reading never words a problem of its own.
 */
function readLean(text: string, guide: KeyGuide | undefined, before: readonly YamlProblem[], options: ReadYamlOptions): YamlReading | undefined {
  const plan = planCuts(text, options.cuts);
  if (!plan) return undefined;
  const problems = [...before];
  // Reported as the whole reading reports it, before anything its composition finds.
  if (plan.directive) problems.push({ kind: 'directive', ...plan.directive });
  const afterDirective = problems.length;
  const readOn = text.length >= (options.wholeOnErrorChars ?? WHOLE_ON_ERROR_CHARS);
  const lean = new LeanReader(text, new PlainValueReader(text, problems), guide, options.pieceCount, readOn);
  try {
    const root = lean.collection(plan.root, guide, 0, true, true);
    if (lean.syntax) {
      // Broken: as the whole reading, no value and only the text's own problems (characters,
      // directive, syntax), none of what the reader found in the pieces before the break.
      problems.length = afterDirective;
      problems.push(...lean.syntax);
      return { value: undefined, problems, fatal: true };
    }
    if (lean.reader.stopped) return undefined;
    return { value: root.value, problems, fatal: false, locator: new CompactLocator(root.loc ?? null) };
  } catch (error) {
    if (error === FALL_BACK) return undefined;
    throw error;
  }
}

const FALL_BACK: unique symbol = Symbol('fall back to the whole composition');
function fallBack(): never {
  throw FALL_BACK;
}

/** A cut collection read: its value, its compact copy (when located) and its `yaml` range ends. */
interface CutReading {
  value: unknown;
  loc: Loc | undefined;
  start: number;
  /** As the composed collection's range[1] (the end of its last child's range[2]) and range[2]. */
  end: number;
  outerEnd: number;
  /**
   * The deepest indentation of the comment lines trailing it that the `yaml` parser moves out of it
   * to its parent (they end no node of it); undefined when none do.
   */
  escaping?: number;
}

class LeanReader {
  private readonly keys = new KeyInterner();
  private readonly rootGuide: Extract<KeyGuide, { kind: 'object' }> | undefined;

  constructor(
    private readonly text: string,
    readonly reader: PlainValueReader,
    guide: KeyGuide | undefined,
    private readonly count?: { fast: number; composed: number },
    /** Whether a broken piece is read around (a large text) rather than sending back to the whole composition. */
    private readonly readOn = false,
  ) {
    this.rootGuide = guide?.kind === 'object' ? guide : undefined;
  }

  /**
   * Set once a part of the text is broken (its window has syntax errors): the problems of every
   * broken window, in text order. From then on nothing is read any more, the pieces are only
   * composed to find the next broken ones.
   */
  syntax: YamlProblem[] | undefined;
  /** The characters composed in merged windows so far, against MERGE_CHARS' budget. */
  private merged = 0;

  /**
   * `depth`: the collection's depth as the reader counts it (the root is 0); `locate`: whether its
   * compact copy is kept (not inside a top-level annotation or unknown key); `read`: false for a
   * value the whole reading never reads (a duplicate key's), only checked to compose.
   */
  collection(cut: Cut, guide: KeyGuide | undefined, depth: number, locate: boolean, read: boolean): CutReading {
    if (depth > MAX_DEPTH) fallBack();
    return cut.kind === 'map' ? this.map(cut, guide, depth, locate, read) : this.seq(cut, guide, depth, locate, read);
  }

  private map(cut: Cut, guide: KeyGuide | undefined, depth: number, locate: boolean, read: boolean): CutReading {
    const reader = this.reader;
    const state = read ? reader.mapState(guide, 0) : undefined;
    const loc = locate ? new MapLoc(cut.start, 0) : undefined;
    let end = cut.start;
    let outerEnd = cut.start;
    let escaping: number | undefined;
    const root = depth === 0 ? this.rootGuide : undefined;
    for (let index = 0; index < cut.parts.length; index++) {
      const part = cut.parts[index]!;
      const wrapped = cut.inItem && index === 0;
      const first = index === 0 ? cut.start : part.start + cut.column;
      let contents = this.pieceOrUndefined(part.start, part.value ? part.value.parts[0]!.start : part.end, wrapped ? depth : depth + 1);
      if (wrapped && contents !== undefined) contents = isSeq(contents) && contents.items.length === 1 ? (contents.items[0] as YamlNode | null) : undefined;
      let merged = false;
      if (contents === undefined || !isMap(contents) || contents.items.length !== part.count || contents.range?.[0] !== first) {
        // Broken, or a construct spans the cut: read with its following siblings, or around it.
        const window = this.merge(cut, index, wrapped ? depth : depth + 1, (node) => {
          const map = wrapped ? (isSeq(node) && node.items.length === 1 ? (node.items[0] as YamlNode | null) : undefined) : node;
          return isMap(map) && map.range?.[0] === first ? map : undefined;
        });
        if (window.contents === undefined) {
          index = window.last;
          end = outerEnd = cut.parts[index]!.end;
          continue;
        }
        contents = window.contents;
        index = window.last;
        merged = true;
      }
      if (!isMap(contents)) return fallBack();
      const pairs = contents.items as Array<Pair<YamlNode | null, YamlNode | null>>;
      if (part.value && !merged) {
        // `key:` alone on its line, its value cut: read where the whole reading reads it, or only checked.
        const pair = pairs[0]!;
        const empty = pair.value;
        if (!isScalar(pair.key) || !isScalar(empty) || empty.value !== null || empty.anchor !== undefined || empty.tag !== undefined) fallBack();
        const key = String(pair.key.value);
        const locateValue = locate && (!root || root.keys.has(key));
        const value = part.value;
        let reading: CutReading | undefined;
        if (state) reader.readPair(pair, state, contents, depth, 0, (valueGuide, valueDepth) => (reading = this.collection(value, valueGuide, valueDepth, locateValue, true)).value);
        reading ??= this.collection(value, undefined, depth + 1, locateValue, false);
        loc?.add(this.keys.intern(key), rangeOf(pair.key), reading.loc ?? new LeafLoc(reading.start, reading.end));
        end = outerEnd = reading.outerEnd;
        escaping = this.escapingFrom(cut, reading.escaping);
      } else {
        // Broken (this.syntax): nothing is read any more, the pieces are only composed.
        for (const pair of this.syntax ? [] : pairs) {
          if (state) reader.readPair(pair, state, contents, depth, 0);
          if (!loc) continue;
          const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
          // An annotation or an unknown top-level key is never validated, so no diagnostic is located
          // inside it (its own problems carry their ranges): its range is all the locator keeps of it.
          const leftOut = root !== undefined && !(key !== undefined && Object.hasOwn(state!.result, key) && root.keys.has(key));
          const value = leftOut && pair.value ? new LeafLoc(rangeOf(pair.value).start, rangeOf(pair.value).end) : compactNode(pair.value, this.keys);
          loc.add(key === undefined ? undefined : this.keys.intern(key), pair.key ? rangeOf(pair.key) : undefined, value);
        }
        end = contents.range![1];
        outerEnd = contents.range![2];
        escaping = this.trailing(outerEnd, cut.parts[index]!.end);
      }
      if (reader.stopped && !this.syntax) fallBack();
    }
    if (loc) loc.end = end;
    return { value: state?.result, loc, start: cut.start, end, outerEnd, escaping };
  }

  private seq(cut: Cut, guide: KeyGuide | undefined, depth: number, locate: boolean, read: boolean): CutReading {
    const reader = this.reader;
    const element = guide?.kind === 'array' ? guide.element : undefined;
    const values: unknown[] | undefined = read ? [] : undefined;
    const items: Array<Loc | null> | undefined = locate ? [] : undefined;
    let end = cut.start;
    let outerEnd = cut.start;
    let index = 0;
    let escaping: number | undefined;
    for (let partIndex = 0; partIndex < cut.parts.length; partIndex++) {
      const part = cut.parts[partIndex]!;
      if (part.value) {
        // `- key: …`, the item's mapping cut further.
        reader.segments.push(index);
        const reading = this.collection(part.value, element, depth + 1, locate, read);
        reader.segments.pop();
        values?.push(reading.value);
        items?.push(reading.loc ?? null);
        end = outerEnd = reading.outerEnd;
        escaping = this.escapingFrom(cut, reading.escaping);
        index++;
      } else {
        let contents = this.pieceOrUndefined(part.start, part.end, depth + 1);
        if (contents === undefined || !isSeq(contents) || contents.items.length !== part.count || contents.range?.[0] !== part.start + cut.column) {
          // Broken, or a construct spans the cut: read with its following siblings, or around it.
          const window = this.merge(cut, partIndex, depth + 1, (node) => (isSeq(node) && node.range?.[0] === part.start + cut.column ? node : undefined));
          partIndex = window.last;
          if (window.contents === undefined) {
            end = outerEnd = cut.parts[partIndex]!.end;
            continue;
          }
          contents = window.contents;
        }
        if (!isSeq(contents)) return fallBack();
        for (const item of (this.syntax ? [] : contents.items) as Array<YamlNode | null>) {
          if (values) {
            reader.segments.push(index);
            values.push(reader.read(item, element, depth + 1, 0));
            reader.segments.pop();
          }
          items?.push(compactNode(item, this.keys));
          end = item?.range?.[2] ?? contents.range![1];
          index++;
        }
        outerEnd = contents.range![2];
        escaping = this.trailing(outerEnd, cut.parts[partIndex]!.end);
      }
      if (reader.stopped && !this.syntax) fallBack();
    }
    return { value: values, loc: items ? new SeqLoc(cut.start, end, items) : undefined, start: cut.start, end, outerEnd, escaping };
  }

  /**
   * Comment lines after the end of a piece's root (`rootEnd`) up to the piece's end: the `yaml`
   * parser moved them out of that collection, towards its parent. Their deepest indentation, or
   * undefined when there are none.
   */
  private trailing(rootEnd: number, end: number): number | undefined {
    const text = this.text;
    let deepest: number | undefined;
    // Backwards over the blank and comment lines ending the piece: only they can trail its root.
    let lineEnd = end;
    while (lineEnd > rootEnd) {
      const lineStart = text.lastIndexOf('\n', lineEnd - 2) + 1;
      let first = lineStart;
      while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
      const code = text.charCodeAt(first);
      if (code === 35 /* # */) {
        if (first >= rootEnd) deepest = Math.max(deepest ?? 0, first - lineStart);
      } else if (first < lineEnd && code !== 10 && code !== 13) break;
      lineEnd = lineStart;
    }
    return deepest;
  }

  /**
   * Comments that left the last child of `cut` (a piece of its own) reach `cut`: the parser moves
   * them on to its parent when `cut` is at column 0 or they are all less indented than it; where it
   * would keep them, its range would end after them (and after the next line's indentation): not
   * computed here, the whole text is composed instead (a comment line, at the end of a cut list,
   * indented between its column and its parent's).
   */
  private escapingFrom(cut: Cut, escaping: number | undefined): number | undefined {
    if (escaping === undefined || cut.column === 0 || escaping < cut.column || this.syntax) return escaping;
    return fallBack();
  }

  /** One piece's root node; undefined when it does not compose cleanly. */
  private pieceOrUndefined(start: number, end: number, depth: number): YamlNode | null | undefined {
    const piece = readPiece(this.text, start, end, depth, this.count);
    return piece ? (piece.contents as YamlNode | null) : undefined;
  }

  /**
   * Part `index` of `cut` did not compose cleanly into what the plan expects. A small text is
   * composed whole instead (exact, and cheap there). A large one: the part is composed merged with
   * its following siblings, twice as many each time up to MERGE_CHARS (a multi-line quoted scalar
   * or flow collection across a cut resolves once its end is in), and the first window that
   * composes into the planned shape (`shape` gives its collection) and number of children is read
   * as one part. When none does and the largest window has syntax errors, the text is broken
   * there: those errors are reported (their offsets are the file's), the reading only looks for
   * further broken parts from then on, and `contents` is undefined; the caller goes on after
   * part `last`. A window that composes without errors but not into the plan's shape (or nests
   * too deep) still sends back to the whole composition.
   */
  private merge(cut: Cut, index: number, depth: number, shape: (node: YamlNode | null) => YamlNode | null | undefined): { contents: YamlNode | null | undefined; last: number } {
    if (!this.readOn) return fallBack();
    const parts = cut.parts;
    const start = parts[index]!.start;
    // Past the budget (many broken parts), a window is the part and its next sibling only.
    const bound = Math.min(MERGE_CHARS, Math.max(2 * MERGE_CHARS - this.merged, 0));
    let last = index;
    let broken: YamlProblem[] = [];
    let brokenLast = index;
    for (;;) {
      let expected = 0;
      for (let i = index; i <= last; i++) expected += parts[i]!.count;
      const end = parts[last]!.end;
      this.merged += end - start;
      const window = composeWindow(this.text, start, end, depth, last < parts.length - 1);
      if (window.document) {
        const contents = shape(window.document.contents as YamlNode | null);
        const count = isMap(contents) || isSeq(contents) ? contents.items.length : -1;
        if (contents !== undefined && count === expected) return { contents, last };
        return this.syntax ? { contents: undefined, last } : fallBack();
      }
      if (window.errors.length === 0) return this.syntax ? { contents: undefined, last } : fallBack();
      broken = tabFirst(this.text, start, end, window.errors);
      brokenLast = last;
      // Twice as many parts, within the bound (the next sibling always).
      const target = Math.min(parts.length - 1, index + 2 * (last - index + 1) - 1);
      let next = last;
      while (next < target && (next === index || parts[next + 1]!.end - start <= bound)) next++;
      if (next === last) break;
      last = next;
    }
    (this.syntax ??= []).push(...broken);
    return { contents: undefined, last: brokenLast };
  }
}

/**
 * A window of the text composed as a document of its own (offsets the file's): the document when it
 * composes cleanly, else its syntax errors (none when it fails otherwise: too deep, a second document).
 */
function composeWindow(text: string, start: number, end: number, depth: number, truncated = false): { document?: Document.Parsed; errors: YamlProblem[] } {
  const parser = new Parser();
  parser.offset = start;
  const tokens = [...parser.parse(text.slice(start, end))];
  if (tokens.some((token) => token.type !== 'document' && token.type !== 'comment' && token.type !== 'space' && token.type !== 'newline' && token.type !== 'error')) return { errors: [] };
  for (const token of tokens) {
    if (token.type === 'document' && findTooDeep(token, depth) !== undefined) return { errors: [] };
  }
  const documents = [...new Composer(COMPOSE_OPTIONS).compose(tokens, true, end)];
  if (documents.length !== 1) return { errors: [] };
  const document = documents[0]!;
  if (document.errors.length === 0) return { document, errors: [] };
  return {
    errors: document.errors.map((error) => {
      const problem: YamlProblem = aliasKeyAt(text, error.pos[0]) ?? { kind: 'syntax', detail: error.message, start: error.pos[0], end: error.pos[1] };
      // A quote left open swallows a window cut short by the bound (siblings follow it): the whole
      // composition reports it where the file ends (or where the next quote closes it), the window
      // where it ends, neither of which helps. Said at the opening quote instead. (A window that
      // ends with its collection, or the file, ends the quote where the whole composition does.)
      if (truncated && problem.kind === 'syntax' && problem.detail.startsWith('Missing closing') && text.slice(error.pos[0], end).trim() === '') {
        const open = openQuoteEndingAt(tokens, error.pos[0]);
        if (open !== undefined) return { ...problem, start: open, end: open + 1 };
      }
      // A window that ends with its collection, before the file's end: the next line, less
      // indented, ends the quote in the whole composition, which says it at the end of its last line.
      if (!truncated && end < text.length && problem.kind === 'syntax' && problem.detail.startsWith('Missing closing') && text.slice(error.pos[0], end).trim() === '') {
        let at = end;
        while (at > start && (text.charCodeAt(at - 1) === 10 || text.charCodeAt(at - 1) === 13)) at--;
        if (at < problem.start) return { ...problem, start: at, end: at + 1 };
      }
      return problem;
    }),
  };
}

/**
 * A tab where a line's indentation ends is never where a piece starts (chunkPlan.ts), so a window
 * can hold one at a column shallower than its own, which the window, unlike the whole text, reads
 * as leaving its root: a cascade of errors of its own. The whole composition says "Tabs are not
 * allowed as indentation" at the tab first, then a cascade of its own that depends on the rest of
 * the file: the window reports that first error exactly, and nothing after it.
 */
function tabFirst(text: string, start: number, end: number, errors: YamlProblem[]): YamlProblem[] {
  const tab = /^ *\t+[^\s#]/m;
  const match = tab.exec(text.slice(start, end));
  if (!match) return errors;
  const at = start + match.index + match[0].indexOf('\t');
  const before = errors.filter((error) => error.start < at);
  return [{ kind: 'syntax', detail: 'Tabs are not allowed as indentation', start: at, end: at + 1 }, ...before];
}

/** The offset of the quoted scalar token whose source ends at `offset` (an unterminated one), if any. */
function openQuoteEndingAt(tokens: readonly CST.Token[], offset: number): number | undefined {
  const stack: Array<CST.Token | null | undefined> = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop();
    if (!token) continue;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      if (token.offset + token.source.length === offset) return token.offset;
    } else if (token.type === 'document') stack.push(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) stack.push(item.key, item.value);
    }
  }
  return undefined;
}

/** One piece: read by the fast reader when it is in its subset (fastPiece.ts), else composed by `yaml`. */
function readPiece(text: string, start: number, end: number, depth: number, count?: { fast: number; composed: number }): Pick<Document.Parsed, 'contents'> | undefined {
  const fast = readFastPiece(text, start, end, depth);
  if (count) count[fast ? 'fast' : 'composed']++;
  // The fast reader's nodes are the composer's classes, every range set: a parsed document's contents.
  return (fast as Pick<Document.Parsed, 'contents'> | undefined) ?? composePiece(text, start, end, depth);
}

/**
 * One piece composed as a document of its own, its offsets those of the whole text (the parser
 * starts counting at the piece's start); undefined when it has an error or nests too deep
 * (`depth`: the nesting of the piece's root collection in the whole document).
 */
function composePiece(text: string, start: number, end: number, depth: number): Document.Parsed | undefined {
  const parser = new Parser();
  parser.offset = start;
  const tokens = [...parser.parse(text.slice(start, end))];
  if (tokens.length !== 1) {
    // Only comments and blank lines before or after the document: fine; anything else is not.
    if (tokens.some((token) => token.type !== 'document' && token.type !== 'comment' && token.type !== 'space' && token.type !== 'newline')) return undefined;
  }
  for (const token of tokens) {
    if (token.type === 'document' && findTooDeep(token, depth) !== undefined) return undefined;
  }
  const documents = withoutStackTraces(() => [...new Composer(COMPOSE_OPTIONS).compose(tokens, true, end)]);
  if (documents.length !== 1) return undefined;
  const document = documents[0]!;
  return document.errors.length === 0 ? document : undefined;
}

/**
 * Characters YAML does not allow in a stream (C0 controls but tab and line breaks, DEL), and the
 * replacement character U+FFFD, the mark a decoder leaves for bytes that were not UTF-8 (a file
 * saved as Latin-1 or Windows-1252). Each is reported once, at its first occurrence.
 */
function characterProblems(text: string, problems: YamlProblem[]): void {
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) problems.push({ kind: 'control-character', code: control[0].charCodeAt(0), start: control.index, end: control.index + 1 });
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) problems.push({ kind: 'replacement-character', start: replacement, end: replacement + 1 });
}

/**
 * `*a: value` is, to YAML, an alias named `a:` with no value after it (a syntax error): written where
 * a key stands, it is an alias meant as a key, and said so.
 */
function aliasKeyAt(text: string, offset: number): YamlProblem | undefined {
  const match = /^\*([^\s,[\]{}]+):(?=[ \t\r\n]|$)/.exec(text.slice(offset, offset + 1024));
  if (!match) return undefined;
  return { kind: 'alias-key', name: match[1]!, start: offset, end: offset + match[0].length - 1 };
}

/** The offset of the first collection nested deeper than MAX_DEPTH, walking the CST without recursion. */
function findTooDeep(document: CST.Document, rootDepth = 1): number | undefined {
  const stack: CST.Token[] = [];
  const depths: number[] = [];
  const pushCollection = (token: CST.Token | null | undefined, depth: number) => {
    // Only collections nest: scalars are leaves and never need a visit.
    if (token && (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection')) {
      stack.push(token);
      depths.push(depth);
    }
  };
  pushCollection(document.value, rootDepth);
  while (stack.length > 0) {
    const token = stack.pop() as CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
    const depth = depths.pop()!;
    if (depth > MAX_DEPTH) return token.offset;
    for (const item of token.items) {
      pushCollection(item.key, depth + 1);
      pushCollection(item.value, depth + 1);
    }
  }
  return undefined;
}

interface MapState {
  result: Record<string, unknown>;
  /** Keys already read are in `result`; only the few keys left out need a set of their own. */
  leftOut: Set<string> | undefined;
  checked: boolean;
  guide: Extract<KeyGuide, { kind: 'object' }> | undefined;
}

class PlainValueReader {
  private readonly anchors = new Map<string, YamlNode>();
  /** The path of the node being read, joined only when a problem needs it (the hot path allocates nothing). */
  readonly segments: Array<string | number> = [];
  private aliasNodes = 0;
  /** The alias being expanded from the document itself: where an alias bomb is reported. */
  private outerAlias: YamlNode | undefined;
  private readonly reportedThroughAlias = new Set<string>();
  stopped = false;

  constructor(private readonly text: string, private readonly problems: YamlProblem[]) {}

  /** `expanding` counts the alias expansions we are inside, whose nodes count against the limit. */
  read(node: YamlNode | null, guide: KeyGuide | undefined, depth: number, expanding: number): unknown {
    if (node === null || this.stopped) return null;
    if (depth > MAX_DEPTH) {
      // Deep through an alias: the alias is what the user wrote here, so that is where it is reported.
      if (expanding > 0 && this.outerAlias) {
        this.stop({ kind: 'too-deep', ...rangeOf(this.outerAlias) });
      } else {
        const start = node.range?.[0] ?? 0;
        this.stop({ kind: 'too-deep', start, end: start + 1 });
      }
      return null;
    }
    if (expanding > 0 && ++this.aliasNodes > MAX_ALIAS_NODES) {
      this.stop({ kind: 'alias-limit', ...rangeOf(this.outerAlias ?? node) });
      return null;
    }
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      if (!target) {
        this.problems.push({ kind: 'alias-unknown', name: node.source, ...rangeOf(node) });
        return null;
      }
      if (expanding === 0) this.outerAlias = node;
      return this.read(target, guide, depth + 1, expanding + 1);
    }
    if (node.anchor) this.anchors.set(node.anchor, node);
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      this.problems.push({ kind: 'custom-tag', tag: node.tag, ...this.withTag(rangeOf(node)) });
      return null;
    }
    if (isScalar(node)) return node.value;
    if (isSeq(node)) {
      const element = guide?.kind === 'array' ? guide.element : undefined;
      const items = node.items;
      const result = new Array<unknown>(items.length);
      for (let index = 0; index < items.length; index++) {
        this.segments.push(index);
        result[index] = this.read(items[index] as YamlNode | null, element, depth + 1, expanding);
        this.segments.pop();
      }
      return result;
    }
    if (isMap(node)) return this.readMap(node.items as Array<Pair<unknown, unknown>>, node, guide, depth, expanding);
    return null;
  }

  private readMap(items: Array<Pair<unknown, unknown>>, node: YamlNode, guide: KeyGuide | undefined, depth: number, expanding: number) {
    const state = this.mapState(guide, expanding);
    for (const pair of items) this.readPair(pair, state, node, depth, expanding);
    return state.result;
  }

  /** A mapping being read; the root's lives across the pieces of a lean reading. */
  mapState(guide: KeyGuide | undefined, expanding: number): MapState {
    // A mapping is checked once, where it is written, not again through every alias to it.
    return { result: {}, leftOut: undefined, checked: expanding === 0, guide: guide?.kind === 'object' ? guide : undefined };
  }

  /**
   * `cutValue`: the lean reading's value cut into pieces of its own (pair.value is then an empty
   * placeholder), read by this function wherever the value would be read; left unread where it would be.
   */
  readPair(pair: Pair<unknown, unknown>, state: MapState, node: YamlNode, depth: number, expanding: number, cutValue?: (guide: KeyGuide | undefined, depth: number) => unknown): void {
    const keyNode = pair.key as YamlNode | null;
    // A key is a node like any other: its anchor can be aliased later, its tag must be a core one
    // (a `!!binary` key is reported, never decoded into a key of garbage).
    if (keyNode && !isAlias(keyNode) && keyNode.anchor) this.anchors.set(keyNode.anchor, keyNode);
    if (keyNode && keyNode.tag !== undefined && !CORE_TAGS.has(keyNode.tag)) {
      if (state.checked) this.problems.push({ kind: 'custom-tag', tag: keyNode.tag, ...this.withTag(rangeOf(keyNode)) });
      this.valueOf(pair, undefined, depth + 1, expanding, cutValue);
      return;
    }
    if (isAlias(keyNode)) {
      if (state.checked) this.problems.push({ kind: 'alias-key', name: keyNode.source, ...rangeOf(keyNode) });
      this.valueOf(pair, undefined, depth + 1, expanding, cutValue);
      return;
    }
    if (!isScalar(keyNode)) {
      const start = keyNode?.range?.[0] ?? node.range?.[0] ?? 0;
      this.problems.push({ kind: 'complex-key', start, end: keyNode?.range?.[1] ?? start });
      this.valueOf(pair, undefined, depth + 1, expanding, cutValue);
      return;
    }
    const key = String(keyNode.value);
    // The first of duplicate keys is used, wherever the mapping is read from (an alias too).
    if (Object.hasOwn(state.result, key) || state.leftOut?.has(key)) {
      if (state.checked) this.keyProblem({ kind: 'duplicate-key', key }, keyNode, key);
      return;
    }
    if (RESERVED_KEYS.has(key)) {
      (state.leftOut ??= new Set()).add(key);
      if (state.checked) this.keyProblem({ kind: 'reserved-key', key }, keyNode, key);
      return;
    }
    if (key === '<<') {
      (state.leftOut ??= new Set()).add(key);
      if (state.checked) this.keyProblem({ kind: 'merge-key' }, keyNode, key);
      return;
    }
    if (key.startsWith('x-')) {
      (state.leftOut ??= new Set()).add(key);
      // Annotations are not validated, but their anchors, tags and limits still count.
      this.segments.push(key);
      this.valueOf(pair, undefined, depth + 1, expanding, cutValue);
      this.segments.pop();
      return;
    }
    if (state.guide && !state.guide.keys.has(key)) {
      (state.leftOut ??= new Set()).add(key);
      const problem = { kind: 'unknown-key' as const, key, known: [...state.guide.keys.keys()], dimension: state.guide.dimensions === true };
      if (state.checked) this.keyProblem(problem, keyNode, key);
      // Brought in by an alias: reported on the alias, once per alias and key, never dropped silently.
      else if (this.outerAlias && !this.reportedThroughAlias.has(`${this.outerAlias.range?.[0]}:${key}`)) {
        this.reportedThroughAlias.add(`${this.outerAlias.range?.[0]}:${key}`);
        this.keyProblem(problem, this.outerAlias, key);
      }
      // Ignored, but read like an annotation: its anchors serve later aliases, its limits count.
      this.segments.push(key);
      this.valueOf(pair, undefined, depth + 1, expanding, cutValue);
      this.segments.pop();
      return;
    }
    this.segments.push(key);
    state.result[key] = this.valueOf(pair, state.guide?.keys.get(key), depth + 1, expanding, cutValue);
    this.segments.pop();
  }

  private valueOf(pair: Pair<unknown, unknown>, guide: KeyGuide | undefined, depth: number, expanding: number, cutValue?: (guide: KeyGuide | undefined, depth: number) => unknown): unknown {
    return cutValue ? cutValue(guide, depth) : this.read(pair.value as YamlNode | null, guide, depth, expanding);
  }

  private keyProblem(problem: YamlProblemKind, keyNode: YamlNode, key: string): void {
    this.problems.push({ ...problem, ...rangeOf(keyNode), path: [...this.segments, key].join('.') });
  }

  /** Widens a node's range back over its `!tag`, which the composed node's range leaves out. */
  private withTag(range: { start: number; end: number }): { start: number; end: number } {
    let start = range.start;
    while (start > 0 && /[ \t]/.test(this.text[start - 1]!)) start--;
    let tagStart = start;
    while (tagStart > 0 && !/[\s,[\]{}]/.test(this.text[tagStart - 1]!)) tagStart--;
    return this.text[tagStart] === '!' ? { start: tagStart, end: Math.max(range.end, start) } : range;
  }

  private stop(problem: YamlProblem): void {
    this.problems.push(problem);
    this.stopped = true;
  }
}

function rangeOf(node: YamlNode): { start: number; end: number } {
  const [start = 0, end = start] = node.range ?? [];
  return { start, end };
}
