/** Core diagnostics (offsets, 1-based lines) to VS Code diagnostics, each linked to its rule page. */
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../core';

export const DIAGNOSTIC_SOURCE = 'cxm';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * `ruleLink` gives the code's link: the rule's own documentation, rendered in the file's language
 * (src/extension/ruleDocs); without it, the rules page at the code's anchor.
 */
export function toVscodeDiagnostic(
  diagnostic: Diagnostic, rulesPage: vscode.Uri, document?: vscode.TextDocument, ruleLink?: (code: string) => vscode.Uri,
): vscode.Diagnostic {
  const range = document
    ? new vscode.Range(document.positionAt(diagnostic.range.start), document.positionAt(diagnostic.range.end))
    : new vscode.Range(
      diagnostic.range.line - 1, diagnostic.range.column - 1, diagnostic.range.endLine - 1, diagnostic.range.endColumn - 1,
    );
  const result = new vscode.Diagnostic(range, diagnostic.message, SEVERITIES[diagnostic.severity]);
  result.source = DIAGNOSTIC_SOURCE;
  result.code = { value: diagnostic.code, target: ruleLink ? ruleLink(diagnostic.code) : rulesPage.with({ fragment: diagnostic.code }) };
  return result;
}
