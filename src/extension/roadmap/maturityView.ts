/**
 * "Show Maturity": a read-only virtual Markdown document per engagement, shown in the Markdown
 * preview and refreshed whenever the engagement is analysed again.
 */
import * as vscode from 'vscode';
import { formatMaturityMarkdown } from '../../core';
import { isEngagementUri } from '../analysis/engagementDocuments';
import type { HostServices } from '../hostServices';

export const MATURITY_SCHEME = 'cxm-maturity';

/** `cxm-maturity:/<file name>.maturity.md?<engagement uri>`: the name reads well in the tab. */
export function maturityUriOf(engagement: vscode.Uri): vscode.Uri {
  const name = engagement.path.slice(engagement.path.lastIndexOf('/') + 1).replace(/\.engagement\.ya?ml$/i, '');
  return vscode.Uri.from({ scheme: MATURITY_SCHEME, path: `/${name}.maturity.md`, query: engagement.toString() });
}

export function registerMaturityView(context: vscode.ExtensionContext, services: HostServices): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      const engagement = vscode.Uri.parse(uri.query);
      const latest = services.analysis.latest(engagement)?.analysis;
      return formatMaturityMarkdown(latest ?? (await services.analysis.analyse(await vscode.workspace.openTextDocument(engagement))));
    },
  };
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(MATURITY_SCHEME, provider),
    // Only a maturity view that is open is refreshed: analysing other files (the workspace, a
    // keystroke elsewhere) never touches it.
    services.analysis.onDidAnalyse(({ uri }) => {
      const view = maturityUriOf(uri);
      if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === view.toString())) changed.fire(view);
    }),
    vscode.commands.registerCommand('cxm.showMaturity', async (target?: vscode.Uri) => {
      // The active engagement: the argument, the active editor's, else the one engagement shown beside (e.g. the map has focus).
      const visible = vscode.window.visibleTextEditors.map((editor) => editor.document.uri).filter((uri) => isEngagementUri(uri));
      const engagement = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri ?? (visible.length === 1 ? visible[0] : undefined);
      if (!engagement || !isEngagementUri(engagement)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an engagement file (*.engagement.yaml) first.'));
        return undefined;
      }
      const view = maturityUriOf(engagement);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', view);
      return view;
    }),
  );
}
