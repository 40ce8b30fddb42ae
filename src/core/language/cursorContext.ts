/**
 * Where the cursor stands, read from the text around it rather than from the YAML document: while
 * the consultant types, the line under the cursor is often not valid YAML yet (`chan`, `channel: `,
 * `- `), and the parsed document says nothing useful there. Indentation tells the parents; only the
 * lines above the cursor up to a top-level key are read, so the cost does not grow with the file.
 */
import type { OffsetRange } from '../yaml/locatePath';

export interface CursorContext {
  /** `key`: a key may be typed here; `value`: the value of `key` (or an item of its list). */
  mode: 'key' | 'value';
  /** The mapping the cursor is in, from the root: keys, and `*` for a list item. */
  path: string[];
  /** In value mode, the key whose value is typed. */
  key?: string;
  /** In value mode, whether the value is an item of a list (`- x`, `[a, x]`). */
  listItem?: boolean;
  /** In key mode, the line starts a new list item (`- `). */
  newItem?: boolean;
  /** The word typed so far and the range a completion replaces (the whole word under the cursor). */
  word: string;
  range: OffsetRange;
  /** Column (0-based) of the keys of the mapping the cursor is in. */
  column: number;
}

/**
 * Where the line holding `offset` starts. (`lastIndexOf` with a negative position searches from 0:
 * at offset 0 it would find a newline at 0 and answer 1.)
 */
export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

interface Line { indent: number; dashed: boolean; content: number; key?: string; rest: string; blank: boolean }

const WORD = /[^\s:,[\]{}#"']/;

function parseLine(text: string): Line {
  // [\s\S]: a lone carriage return inside a line is still part of it.
  const match = /^( *)((?:-(?: +|$))*)([\s\S]*)$/.exec(text)!;
  const indent = match[1]!.length;
  const dashed = match[2]!.length > 0;
  const content = indent + match[2]!.length;
  const body = match[3]!;
  const keyed = /^("[^"]*"|'[^']*'|[^\s#:'"{[\]][^:#]*?)\s*:(?:\s+|$)([\s\S]*)$/.exec(body);
  const blank = !dashed && (body.trim() === '' || body.startsWith('#'));
  const line: Line = { indent, dashed, content, rest: keyed ? keyed[2]! : body, blank };
  if (keyed) line.key = keyed[1]!.replace(/^["']|["']$/g, '');
  return line;
}

/** Whether a key's line opens a nested block (nothing but a comment after the colon). */
function opensBlock(line: Line): boolean {
  return line.key !== undefined && (line.rest.trim() === '' || line.rest.trim().startsWith('#'));
}

/**
 * The path (keys, list indexes) of the node whose text starts at an offset, from the parsed
 * document: lines above the cursor are complete, so the parse is right about them.
 */
export type PathResolver = (offset: number) => ReadonlyArray<string | number> | undefined;

/**
 * The path of the mapping whose keys stand at `column` (or of the list whose dashes stand at
 * `column` when `dash`), reading the lines above `lineStart` upwards. At the first sibling line
 * (a key or a dash at the same column) the parsed document, when given, tells the rest of the
 * path at once: in a 1 MB file the parent key may be tens of thousands of lines up.
 */
function parentPath(text: string, lineStart: number, column: number, dash: boolean, resolve?: PathResolver): string[] | undefined {
  const path: string[] = [];
  let end = lineStart - 1;
  while (end >= 0 && !(column === 0 && !dash)) {
    const start = lineStartOf(text, end);
    const line = parseLine(text.slice(start, end).replace(/\r$/, ''));
    end = start - 1;
    if (line.blank) continue;
    const sibling = resolve && (dash ? line.dashed && line.indent === column : line.content === column) ? siblingParent(line, start, resolve, dash) : undefined;
    if (sibling) return [...sibling, ...path];
    if (!dash) {
      if (line.content > column) continue;
      if (line.content === column) {
        if (line.dashed) {
          path.unshift('*');
          dash = true;
          column = line.indent;
        }
        continue;
      }
    } else {
      if (line.dashed && line.indent >= column) continue;
      if (!line.dashed && line.content > column) continue;
    }
    // A line further left: it must be the key that opens the block we are in.
    if (!opensBlock(line)) {
      if (line.dashed && line.key === undefined && line.rest.trim() === '') {
        // A bare `-` whose item's keys start on the next lines.
        path.unshift('*');
        dash = true;
        column = line.indent;
        continue;
      }
      return undefined;
    }
    path.unshift(line.key!);
    dash = false;
    column = line.content;
    if (line.dashed) {
      path.unshift('*');
      dash = true;
      column = line.indent;
    }
  }
  return path;
}

/**
 * The path of the mapping (or, when `dash`, of the list) a sibling line belongs to, from the parsed
 * document; undefined when the parse disagrees with the text.
 */
function siblingParent(line: Line, lineStart: number, resolve: PathResolver, dash: boolean): string[] | undefined {
  const at = resolve(lineStart + line.content);
  if (!at || at.length === 0) return undefined;
  const last = at[at.length - 1];
  if (line.key !== undefined) {
    // `key: …` or `- key: …`: the path ends with that key, inside its mapping.
    if (last !== line.key) return undefined;
    const mapping = at.slice(0, -1);
    if (!dash) return mapping.map(star);
    // The mapping is an item of the list wanted.
    return typeof mapping[mapping.length - 1] === 'number' ? mapping.slice(0, -1).map(star) : undefined;
  }
  // `- scalar`: the path ends with the item's index.
  return dash && typeof last === 'number' ? at.slice(0, -1).map(star) : undefined;
}

function star(segment: string | number): string {
  return typeof segment === 'number' ? '*' : segment;
}

export function cursorContext(text: string, offset: number, resolve?: PathResolver): CursorContext | undefined {
  const lineStart = lineStartOf(text, offset);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd).replace(/\r$/, '');
  if (/(^|\s)#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
  let wordStart = offset;
  while (wordStart > lineStart && WORD.test(text[wordStart - 1]!)) wordStart--;
  let wordEnd = offset;
  while (wordEnd < lineEnd && WORD.test(text[wordEnd]!)) wordEnd++;
  const word = text.slice(wordStart, offset);
  const range = { start: wordStart, end: wordEnd };
  const line = parseLine(before + (after.startsWith(':') ? after : ''));

  const mapping = (): string[] | undefined => (line.dashed
    ? [...(parentPath(text, lineStart, line.indent, true, resolve) ?? []), '*']
    : parentPath(text, lineStart, line.content, false, resolve));

  if (line.key !== undefined && before.length > line.content + line.key.length) {
    // After `key:` — the value, or an item of a flow list `[a, b`.
    const path = mapping();
    if (!path) return undefined;
    const listItem = /\[[^\]]*$/.test(before);
    return { mode: 'value', path, key: line.key, listItem, word, range, column: line.content };
  }
  // At the start of a line, or typing a key (possibly after `- `).
  const typed = before.slice(line.content);
  if (!/^[^\s:#]*$/.test(typed)) return undefined;
  if (line.dashed) {
    const parent = parentPath(text, lineStart, line.indent, true, resolve);
    if (!parent) return undefined;
    return { mode: 'key', path: [...parent, '*'], newItem: true, word, range, column: line.content };
  }
  const column = before.length - typed.length;
  const path = parentPath(text, lineStart, column, false, resolve);
  if (!path) return undefined;
  return { mode: 'key', path, word, range, column };
}

/** The keys already written in the mapping the cursor is in (not to offer them twice). */
export function siblingKeys(text: string, offset: number, column: number, newItem = false): Set<string> {
  const keys = new Set<string>();
  const lineStart = lineStartOf(text, offset);
  // Upwards to the item's dash or the parent key, then downwards to the end of the mapping.
  let end = newItem ? -1 : lineStart - 1;
  while (end >= 0) {
    const start = lineStartOf(text, end);
    const line = parseLine(text.slice(start, end).replace(/\r$/, ''));
    end = start - 1;
    if (line.blank || line.content > column) continue;
    if (line.content < column) break;
    if (line.key !== undefined) keys.add(line.key);
    if (line.dashed) break;
  }
  let start = text.indexOf('\n', offset);
  while (start >= 0 && start < text.length) {
    let stop = text.indexOf('\n', start + 1);
    if (stop < 0) stop = text.length;
    const line = parseLine(text.slice(start + 1, stop).replace(/\r$/, ''));
    start = stop === text.length ? -1 : stop;
    if (line.blank || line.content > column) continue;
    if (line.content < column || line.dashed) break;
    if (line.key !== undefined) keys.add(line.key);
  }
  return keys;
}
