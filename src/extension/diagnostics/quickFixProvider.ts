/**
 * Quick fixes for the "did you mean" diagnostics (unknown ids, keys, enum values, French words):
 * the fix the core computed, applied through the real code-action API.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/analysisService';
import { DIAGNOSTIC_SOURCE } from './toVscodeDiagnostic';

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly analysis: AnalysisService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const latest = this.analysis.latest(document.uri);
    if (!latest || latest.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const shown of context.diagnostics) {
      if (shown.source !== DIAGNOSTIC_SOURCE) continue;
      const code = typeof shown.code === 'object' ? shown.code.value : shown.code;
      const start = document.offsetAt(shown.range.start);
      const found = latest.diagnostics.find((d) => d.code === code && d.range.start === start && d.fix);
      if (!found?.fix) continue;
      const action = new vscode.CodeAction(vscode.l10n.t('Change to "{0}"', found.fix.replacement), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [shown];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, shown.range, found.fix.replacement);
      actions.push(action);
    }
    return actions;
  }
}
