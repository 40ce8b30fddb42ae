/** The JSON format of `cxm validate`, exactly as the contract writes it (keys in its order). */
import type { FileReport } from '../fileReport';
import { indentedJson, joinReport, jsonFrame, JsonArrayPrinter, STREAMED_ARRAY, type StreamedReport } from './jsonStream';

export function formatJsonReport(reports: readonly FileReport[]): string {
  return joinReport(jsonReport(), reports);
}

/** The report a file, then a diagnostic, at a time: byte for byte `JSON.stringify({ files }, null, 2) + '\n'`. */
export function jsonReport(): StreamedReport<FileReport> {
  const frame = jsonFrame({ files: STREAMED_ARRAY }, 0);
  const files = new JsonArrayPrinter(frame.itemIndent);
  return {
    head: () => frame.head,
    *file(report) {
      const file = jsonFrame({ path: report.path, diagnostics: STREAMED_ARRAY }, files.itemIndent);
      const diagnostics = new JsonArrayPrinter(file.itemIndent);
      yield files.next() + file.head;
      for (const d of report.diagnostics) {
        yield diagnostics.next() + indentedJson({
          severity: d.severity,
          code: d.code,
          message: d.message,
          path: d.path,
          line: d.range.line,
          column: d.range.column,
          endLine: d.range.endLine,
          endColumn: d.range.endColumn,
        }, diagnostics.itemIndent);
      }
      yield diagnostics.close() + file.tail;
    },
    end: () => `${files.close()}${frame.tail}\n`,
  };
}
