/** Core diagnostics (offsets, 1-based lines) to VS Code diagnostics, each linked to its rule page. */
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../core/diagnostics/diagnostic';

export const DIAGNOSTIC_SOURCE = 'cxm';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toVscodeDiagnostic(diagnostic: Diagnostic, rulesPage: vscode.Uri, document?: vscode.TextDocument): vscode.Diagnostic {
  const range = document
    ? new vscode.Range(document.positionAt(diagnostic.range.start), document.positionAt(diagnostic.range.end))
    : new vscode.Range(
      diagnostic.range.line - 1, diagnostic.range.column - 1, diagnostic.range.endLine - 1, diagnostic.range.endColumn - 1,
    );
  const result = new vscode.Diagnostic(range, diagnostic.message, SEVERITIES[diagnostic.severity]);
  result.source = DIAGNOSTIC_SOURCE;
  result.code = { value: diagnostic.code, target: rulesPage.with({ fragment: diagnostic.code }) };
  return result;
}
