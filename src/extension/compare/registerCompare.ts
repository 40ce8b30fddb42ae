/**
 * "Compare with Previous Version…": pick an earlier git revision of the engagement (through the
 * built-in git extension) or another engagement file, and see the progress in a panel beside the
 * editor, the same page as `cxm compare --format html`. The command also takes its choice as an
 * argument (`{ revision }` or `{ file }`), for keybindings, other extensions and tests.
 */
import * as vscode from 'vscode';
import { isEngagementUri } from '../analysis/engagementDocuments';
import type { HostServices } from '../hostServices';
import { COMPARE_VIEW_TYPE, ComparePanel, type EarlierVersion } from './comparePanel';
import { fileHistory } from './gitRevisions';
import { REPORT_WEBVIEW_OPTIONS } from './reportWebview';

export interface CompareChoice { revision?: string; file?: vscode.Uri }

/** What the command returns: the page shown (tests read it), or undefined when cancelled. */
export interface CompareResult { title: string; html: string }

export function registerCompare(context: vscode.ExtensionContext, services: HostServices): void {
  const panels = new Set<ComparePanel>();

  const run = async (target?: unknown, choice?: CompareChoice): Promise<CompareResult | undefined> => {
    const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!uri || !isEngagementUri(uri)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an engagement file (*.engagement.yaml) first.'));
      return undefined;
    }
    const earlier = await chooseEarlier(uri, choice, services);
    if (!earlier) return undefined;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const title = vscode.l10n.t('Progress: {0} ({1})', name, earlier.label);
    const panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, REPORT_WEBVIEW_OPTIONS);
    panel.iconPath = new vscode.ThemeIcon('git-compare');
    const compare = new ComparePanel(panel, uri, earlier, services, () => panels.delete(compare));
    panels.add(compare);
    const html = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Comparing the versions…') },
      () => compare.refresh(),
    );
    return { title, html };
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('cxm.compareWithPrevious', (target?: unknown, choice?: CompareChoice) =>
      run(target, choice).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        services.log.error(`Compare: ${message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The comparison failed: {0}', message));
        return undefined;
      })),
    { dispose: () => { for (const panel of [...panels]) panel.dispose(); } },
  );
}

async function chooseEarlier(uri: vscode.Uri, choice: CompareChoice | undefined, services: HostServices): Promise<EarlierVersion | undefined> {
  if (choice?.file) return { kind: 'file', uri: choice.file, label: vscode.workspace.asRelativePath(choice.file) };
  const history = await fileHistory(uri).catch((error: unknown) => {
    services.log.warn(`Compare: no git history for ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  let ref = choice?.revision;
  if (ref === undefined) {
    type Item = vscode.QuickPickItem & { ref?: string; otherFile?: boolean };
    const items: Item[] = [
      ...(history?.revisions ?? []).map((r): Item => ({ label: r.label, description: r.description, detail: r.detail, ref: r.ref })),
      { label: vscode.l10n.t('Another engagement file…'), otherFile: true, alwaysShow: true },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Compare with Previous Version'),
      placeHolder: history ? vscode.l10n.t('Pick an earlier revision of the file, or another file') : vscode.l10n.t('The file has no git history: pick another engagement file'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    if (picked.otherFile) {
      const files = await vscode.window.showOpenDialog({
        canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(uri, '..'),
        filters: { [vscode.l10n.t('Engagements')]: ['yaml', 'yml'] },
        openLabel: vscode.l10n.t('Compare'),
      });
      const file = files?.[0];
      return file ? { kind: 'file', uri: file, label: vscode.workspace.asRelativePath(file) } : undefined;
    }
    ref = picked.ref!;
  }
  if (!history) throw new Error(vscode.l10n.t('{0} is not in a git repository that VS Code can read.', vscode.workspace.asRelativePath(uri)));
  const text = (await history.read(ref)).replace(/^\uFEFF/, '');
  const short = /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 8) : ref;
  const label = `${short}:${vscode.workspace.asRelativePath(uri, false)}`;
  const analysed = await services.analysis.analyseDetached(uri.with({ scheme: 'cxm-revision', query: ref }), text);
  return { kind: 'revision', label, analysed };
}
