/** The JSON format of `cxm validate`, exactly as the contract writes it (keys in its order). */
import type { FileReport } from '../fileReport';

export function formatJsonReport(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    path: report.path,
    diagnostics: report.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      path: d.path,
      line: d.range.line,
      column: d.range.column,
      endLine: d.range.endLine,
      endColumn: d.range.endColumn,
    })),
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}
