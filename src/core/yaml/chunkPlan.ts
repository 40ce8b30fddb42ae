/**
 * Cuts an engagement's text into pieces the `yaml` package can compose one at a time, so a 10 MB
 * file never has its whole token tree (about 33 bytes per byte of text) and its whole composed
 * document (about 15 bytes per byte) in memory at once: each top-level entry is a piece, and the
 * value of a top-level list (`journeys:`, `channels:`…) is cut further into one piece per item.
 *
 * Only the plain block style every engagement is written in is cut: column-0 lines must be
 * `key:` with a plain key (or comments and blank lines), a list to cut must have nothing after its
 * `key:` but a comment, and its items must all start with `- ` at one column, every other content
 * line of the list being indented deeper. Anything else (document markers, directives, a root
 * that is not a mapping, quoted or complex keys, a compact list at column 0, tabs, a key twice)
 * returns undefined and the reader composes the whole text as before. A cut the `yaml` package
 * would read differently (inside a multi-line quoted scalar, say) leaves a piece that does not
 * compose cleanly, and the reader falls back then too.
 */

export interface PlannedEntry {
  /** The top-level key, as written (a plain key). */
  key: string;
  /** From the start of the key's line to the start of the next top-level key's line (or the end). */
  start: number;
  end: number;
  /** For a list cut into items: the start of each item's line; the key's own piece ends at the first. */
  items?: number[];
}

const SPACE = 32, TAB = 9, LF = 10, CR = 13, HASH = 35, DASH = 45;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]|\r?$)/;
const EMPTY_VALUE = /^:[ \t]*(?:(?<=[ \t])#.*)?\r?$/;

/** The pieces of `text`, or undefined when it is not in the plain block style (see above). */
export function planChunks(text: string, listKeys: ReadonlySet<string>): PlannedEntry[] | undefined {
  const entries: PlannedEntry[] = [];
  const seen = new Set<string>();
  let current: PlannedEntry | undefined;
  /** The column of the current list's items: -1 until its first content line, -2 when it is not cut. */
  let column = -2;
  const length = text.length;
  for (let start = 0; start < length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    const first = text.charCodeAt(start);
    if (first !== SPACE && first !== LF && first !== CR && first !== HASH) {
      // A column-0 line: a new top-level entry, or a style this plan does not cut.
      const line = text.slice(start, end);
      const match = KEY_LINE.exec(line);
      if (!match) return undefined;
      const key = match[1]!;
      if (seen.has(key)) return undefined;
      seen.add(key);
      if (current) current.end = start;
      current = { key, start, end: length };
      entries.push(current);
      column = listKeys.has(key) && EMPTY_VALUE.test(line.slice(key.length)) ? -1 : -2;
      if (column === -1) current.items = [];
    } else {
      let indent = 0;
      while (text.charCodeAt(start + indent) === SPACE) indent++;
      const next = text.charCodeAt(start + indent);
      const blank = start + indent >= end || next === CR || next === HASH;
      if (!blank) {
        if (!current || next === TAB) return undefined;
        if (column !== -2) {
          const item = next === DASH && isItemIndicator(text.charCodeAt(start + indent + 1), start + indent + 1 >= end);
          if (column === -1) column = item && indent > 0 ? indent : -2;
          if (column >= 0) {
            if (indent === column && item) current.items!.push(start);
            else if (indent <= column) column = -2;
          }
          if (column === -2) delete current.items;
        }
      }
    }
    start = end + 1;
  }
  // A list with no items is composed whole, like every other entry.
  for (const entry of entries) if (entry.items?.length === 0) delete entry.items;
  return entries.length > 0 ? entries : undefined;
}

function isItemIndicator(after: number, atEnd: boolean): boolean {
  return atEnd || after === SPACE || after === CR || after === LF;
}
