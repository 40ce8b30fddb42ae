/**
 * The HTML roadmap, rendered: a webview showing the written page as the client will read it
 * (scripts off, nothing loaded from the network), with "Open in Browser" for printing it from the
 * system browser. The page is a file the user can open anywhere; this is only a view of it.
 */
import * as vscode from 'vscode';

let panel: vscode.WebviewPanel | undefined;
/** The page shown last (tests read it). */
export let shownRoadmap: { uri: string; title: string } | undefined;

export async function showRoadmapPreview(output: vscode.Uri): Promise<void> {
  const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(output));
  const name = output.path.slice(output.path.lastIndexOf('/') + 1);
  if (!panel) {
    panel = vscode.window.createWebviewPanel('cxm.roadmapPreview', name, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: false,
      localResourceRoots: [],
    });
    panel.iconPath = new vscode.ThemeIcon('milestone');
    panel.onDidDispose(() => { panel = undefined; shownRoadmap = undefined; });
  }
  panel.title = name;
  panel.webview.html = withStrictPolicy(html);
  panel.reveal(undefined, false);
  shownRoadmap = { uri: output.toString(), title: name };
  const browser = vscode.l10n.t('Open in Browser');
  void vscode.window.showInformationMessage(vscode.l10n.t('Roadmap written to {0}.', vscode.workspace.asRelativePath(output)), browser).then(async (answer) => {
    if (answer === browser) await vscode.env.openExternal(output);
  });
}

/** Whatever the template wrote, the preview runs no script and loads nothing. */
function withStrictPolicy(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${policy}`) : `${policy}\n${html}`;
}
