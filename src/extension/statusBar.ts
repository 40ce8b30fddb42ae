/** The active engagement's state in the status bar: errors and warnings, the client and its change stage. */
import * as vscode from 'vscode';
import type { AnalysedDocument } from './analysis/analysisResult';
import { isEngagementDocument } from './analysis/engagementDocuments';
import type { HostServices } from './hostServices';

export function registerStatusBar(context: vscode.ExtensionContext, { analysis }: HostServices): void {
  const item = vscode.window.createStatusBarItem('cxm.status', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('CX Maturity: engagement status');
  item.command = 'workbench.actions.view.problems';

  // Focus on a webview (the journey map beside the file) leaves no active text editor: the item
  // stays on the engagement still shown in an editor, and hides only when none is.
  let shown: vscode.TextDocument | undefined;
  const update = () => {
    const active = vscode.window.activeTextEditor?.document;
    const stillVisible = shown && vscode.window.visibleTextEditors.some((editor) => editor.document === shown) ? shown : undefined;
    const document = active ?? stillVisible;
    if (!document || !isEngagementDocument(document)) {
      shown = undefined;
      item.hide();
      return;
    }
    shown = document;
    const latest = analysis.latest(document.uri);
    if (!latest) {
      item.text = `$(sync~spin) ${vscode.l10n.t('Engagement')}`;
      item.tooltip = vscode.l10n.t('Validating the engagement…');
    } else {
      describe(item, latest);
    }
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeVisibleTextEditors(update),
    analysis.onDidAnalyse(({ uri }) => {
      if ((vscode.window.activeTextEditor?.document ?? shown)?.uri.toString() === uri.toString()) update();
    }),
  );
  update();
}

function describe(item: vscode.StatusBarItem, { diagnostics, summary }: AnalysedDocument): void {
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  // Counts beside icons, as the Problems indicator does: no plural forms to get wrong in either language.
  item.text = `${errors > 0 ? '$(error)' : '$(pass)'} ${vscode.l10n.t('Engagement')}: $(error) ${errors} $(warning) ${warnings}`;
  item.tooltip = summary.client !== undefined
    ? vscode.l10n.t('{0} — change stage: {1}, maturity: {2}', summary.client, summary.stage ?? '—', summary.maturity ?? '—')
    : vscode.l10n.t('The engagement has errors: see the Problems panel.');
  item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
}
