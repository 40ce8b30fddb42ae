/** The text format of `cxm validate`: `path:line:col: severity code: message`, then a summary line. */
import type { Language } from '../../core';
import type { DiagnosticCounts, FileReport } from '../fileReport';
import { cliMessages } from '../messages';
import { terminalLine } from './terminalText';

/** One line per diagnostic, each ending with a newline; empty for a clean file. */
export function formatTextDiagnostics(report: FileReport): string {
  const path = terminalLine(report.path);
  return report.diagnostics
    .map((d) => `${path}:${d.range.line}:${d.range.column}: ${d.severity} ${d.code}: ${terminalLine(d.message)}\n`)
    .join('');
}

export function formatTextSummary(counts: DiagnosticCounts, lang: Language): string {
  return cliMessages(lang).summary(counts.files, counts.error, counts.warning, counts.info) + '\n';
}
