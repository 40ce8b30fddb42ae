/** What the CLI reports for one file: its printed path and its diagnostics, in contract order. */
import type { Diagnostic, Severity } from '../core';

/**
 * Codes only a host that reads files meets: a path that is not a readable regular file (a folder
 * named as a glob match, a device, no permission), and an analysis that failed unexpectedly, which
 * is reported on that file so the rest of the batch still runs. Their records are in the rule
 * registry with the others (src/core/rules/file, src/core/rules/summary).
 */
export type HostOnlyCode = 'file-unreadable' | 'analysis-failed';

export type ReportedDiagnostic = Omit<Diagnostic, 'code' | 'fix'> & { code: Diagnostic['code'] | HostOnlyCode };

export interface FileReport {
  path: string;
  diagnostics: readonly ReportedDiagnostic[];
}

export interface DiagnosticCounts {
  files: number;
  error: number;
  warning: number;
  info: number;
}

export function emptyCounts(): DiagnosticCounts {
  return { files: 0, error: 0, warning: 0, info: 0 };
}

export function addToCounts(counts: DiagnosticCounts, report: FileReport): void {
  counts.files++;
  for (const diagnostic of report.diagnostics) counts[diagnostic.severity satisfies Severity]++;
}

export function hasErrorDiagnostic(report: FileReport): boolean {
  return report.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/** The whole-file position of diagnostics that concern no text (the file could not be read). */
export const WHOLE_FILE = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 } as const;
