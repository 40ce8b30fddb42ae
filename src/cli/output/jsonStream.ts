/**
 * Pretty-printed JSON written piece by piece, byte for byte what `JSON.stringify(value, null, 2)`
 * prints: a report over thousands of files, or a file with a million diagnostics, is never held as
 * one string. The fixed parts (keys, tool metadata) are printed by JSON.stringify itself around a
 * placeholder, so their formatting cannot drift from the one-string version.
 */

const PLACEHOLDER = '\u0000cxm-streamed-array\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/** Stands in a value passed to `jsonFrame` for the one array that is streamed. */
export const STREAMED_ARRAY: unknown = PLACEHOLDER;

export interface JsonFrame {
  /** Everything before the streamed array's `[`. */
  head: string;
  /** Everything after its `]`. */
  tail: string;
  /** The indentation of the array's items (its `]` sits two spaces to the left). */
  itemIndent: number;
}

/**
 * `value`, holding STREAMED_ARRAY once, printed as it would be at `indent` spaces of nesting, cut
 * around the placeholder.
 */
export function jsonFrame(value: unknown, indent: number): JsonFrame {
  const text = indented(JSON.stringify(value, null, 2), indent);
  const at = text.indexOf(PLACEHOLDER_JSON);
  if (at < 0) throw new Error('jsonFrame: the value holds no STREAMED_ARRAY');
  const head = text.slice(0, at);
  const lineStart = head.lastIndexOf('\n') + 1;
  const lineIndent = head.slice(lineStart).length - head.slice(lineStart).trimStart().length;
  return { head, tail: text.slice(at + PLACEHOLDER_JSON.length), itemIndent: lineIndent + 2 };
}

/** A value's pretty JSON as it prints at `indent` spaces of nesting (JSON strings hold no raw line break). */
export function indentedJson(value: unknown, indent: number): string {
  return indented(JSON.stringify(value, null, 2), indent);
}

function indented(json: string, indent: number): string {
  return indent === 0 ? json : json.replaceAll('\n', `\n${' '.repeat(indent)}`);
}

/**
 * The separators of an array printed inside a frame, as JSON.stringify prints them: `[]` when
 * empty, else one item a line at `itemIndent` (each item's text printed at that indentation).
 */
export class JsonArrayPrinter {
  private count = 0;

  constructor(readonly itemIndent: number) {}

  /** What goes before the next item's text. */
  next(): string {
    return `${this.count++ === 0 ? '[' : ','}\n${' '.repeat(this.itemIndent)}`;
  }

  close(): string {
    return this.count === 0 ? '[]' : `\n${' '.repeat(this.itemIndent - 2)}]`;
  }
}

/** A report printed a file at a time: `head`, then each file's pieces, then `end`. */
export interface StreamedReport<File> {
  head(): string;
  file(file: File): Iterable<string>;
  end(): string;
}

/** The whole report as one string (tests and small reports): the same pieces, joined. */
export function joinReport<File>(report: StreamedReport<File>, files: Iterable<File>): string {
  const parts = [report.head()];
  for (const file of files) for (const piece of report.file(file)) parts.push(piece);
  parts.push(report.end());
  return parts.join('');
}

/**
 * Gathers small pieces into chunks of about 64 KB before they reach the sink, and waits for the sink
 * to drain when it asks to (back-pressure), so memory stays bounded whatever the report's size.
 */
export class ChunkedWriter {
  private pieces: string[] = [];
  private size = 0;

  constructor(private readonly sink: { write(text: string): void; ready?(): Promise<void> }, private readonly transform: (text: string) => string = (text) => text, private readonly chunkSize = 64 * 1024) {}

  readonly write = (text: string): void => {
    this.pieces.push(text);
    this.size += text.length;
  };

  /** Hands what is gathered to the sink once a chunk is full; waits while the sink is full. */
  async flushIfFull(): Promise<void> {
    if (this.size >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pieces.length > 0) {
      const chunk = this.pieces.join('');
      this.pieces = [];
      this.size = 0;
      this.sink.write(this.transform(chunk));
    }
    await this.sink.ready?.();
  }
}
