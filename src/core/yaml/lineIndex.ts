/** Offsets to 1-based lines and UTF-16 columns, by binary search over the line starts. */
import type { SourceRange } from '../diagnostics/diagnostic';

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    let index = text.indexOf('\n');
    while (index !== -1) {
      starts.push(index + 1);
      index = text.indexOf('\n', index + 1);
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

  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { start, end: Math.max(start, end), line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}
