/** Offsets to 1-based lines and UTF-16 columns, by binary search over the line starts. */
import type { SourceRange } from '../diagnostics/diagnostic';

export class LineIndex {
  private readonly starts: number[];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    if (text.includes('\r')) {
      // CR, LF and CRLF all end a line, as in YAML 1.2 and VS Code.
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    } else {
      let index = text.indexOf('\n');
      while (index !== -1) {
        starts.push(index + 1);
        index = text.indexOf('\n', index + 1);
      }
    }
    this.starts = starts;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** Clamped to the text: a parser may point one past the end (an unclosed quote at the last byte). */
  range(start: number, end: number): SourceRange {
    const from = Math.min(Math.max(0, start), this.length);
    const to = Math.min(Math.max(from, end), this.length);
    const a = this.position(from);
    const b = this.position(to);
    return { start: from, end: to, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
