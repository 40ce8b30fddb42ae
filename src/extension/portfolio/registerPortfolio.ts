/**
 * "Portfolio Benchmark": the workspace's engagements benchmarked in one panel (the page of
 * `cxm portfolio --format html`), the active client highlighted, redaction toggled from the panel's
 * title bar, exports to HTML, Markdown and JSON; refreshed as engagements are analysed, created or
 * deleted. The page needs no script: the controls are title-bar commands.
 */
import * as vscode from 'vscode';
import { formatPortfolioMarkdown, portfolioHtml, type PortfolioReport, type Language } from '../../core';
import { displayLanguage, ENGAGEMENT_GLOB, isEngagementUri } from '../analysis/engagementDocuments';
import { reportRender, REPORT_WEBVIEW_OPTIONS } from '../compare/reportWebview';
import type { HostServices } from '../hostServices';
import { WorkspacePortfolio } from './workspacePortfolio';

export const PORTFOLIO_VIEW_TYPE = 'cxm.portfolio';
const REFRESH_DEBOUNCE_MS = 400;

/** What the commands return (tests read it). */
export interface PortfolioState { redact: boolean; highlightRef?: string; report: PortfolioReport; html: string }

export function registerPortfolio(context: vscode.ExtensionContext, services: HostServices): void {
  const portfolio = new WorkspacePortfolio(services);
  let panel: vscode.WebviewPanel | undefined;
  let redact = false;
  let activeEngagement: vscode.Uri | undefined = activeEngagementUri();
  let state: PortfolioState | undefined;
  /** What the page shows now (report, highlight, redaction, language), to skip a redraw that changes nothing. */
  let lastShown: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const language = (): Language => displayLanguage();

  const refresh = async (): Promise<PortfolioState | undefined> => {
    if (!panel) return undefined;
    const builder = await portfolio.build();
    const report = builder.finish({ redact });
    const highlightRef = activeEngagement ? builder.refOf(vscode.workspace.asRelativePath(activeEngagement), redact) : undefined;
    // An analysis that changes nothing the page shows (a keystroke in a comment, a file saved as it
    // was) leaves the page as it is: replacing the HTML reloads the frame, losing the reader's scroll.
    const shown = JSON.stringify([report, highlightRef, redact, language()]);
    if (state && shown === lastShown) return state;
    const html = portfolioHtml(report, language(), { ...reportRender(panel.webview), highlightRef });
    if (!panel) return undefined;
    panel.webview.html = html;
    panel.title = redact ? vscode.l10n.t('Portfolio Benchmark (redacted)') : vscode.l10n.t('Portfolio Benchmark');
    state = { redact, highlightRef, report, html };
    lastShown = shown;
    return state;
  };
  const refreshSoon = () => {
    if (!panel) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refresh().catch(report), REFRESH_DEBOUNCE_MS);
  };
  const report = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    services.log.error(`Portfolio: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The portfolio benchmark failed: {0}', message));
  };

  const open = async (): Promise<PortfolioState | undefined> => {
    if (panel) panel.reveal(undefined, true);
    else {
      panel = vscode.window.createWebviewPanel(PORTFOLIO_VIEW_TYPE, vscode.l10n.t('Portfolio Benchmark'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, REPORT_WEBVIEW_OPTIONS);
      panel.iconPath = new vscode.ThemeIcon('graph');
      panel.onDidDispose(() => {
        panel = undefined;
        state = undefined;
        clearTimeout(timer);
      });
    }
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Benchmarking the workspace’s engagements…') }, refresh);
  };

  const exportReport = async (format?: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const current = state ?? (await open());
    if (!current) return undefined;
    const formats = [
      { label: 'HTML', id: 'html', extension: 'html' },
      { label: 'Markdown', id: 'markdown', extension: 'md' },
      { label: 'JSON', id: 'json', extension: 'json' },
    ];
    const chosen = formats.find((f) => f.id === format) ?? (await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('Export the Portfolio Benchmark') }));
    if (!chosen) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `portfolio${current.redact ? '.redacted' : ''}.${chosen.extension}`) : undefined,
      filters: { [chosen.label]: [chosen.extension] },
    }));
    if (!uri) return undefined;
    const lang = language();
    // Exported pages are standalone: no CSP meta or nonce, as `cxm portfolio` writes them.
    const text = chosen.id === 'json' ? JSON.stringify(current.report, null, 2) + '\n'
      : chosen.id === 'markdown' ? formatPortfolioMarkdown(current.report, lang, { highlightRef: current.highlightRef })
        : portfolioHtml(current.report, lang, { highlightRef: current.highlightRef });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}', vscode.workspace.asRelativePath(uri)));
    return uri;
  };

  const watcher = vscode.workspace.createFileSystemWatcher(ENGAGEMENT_GLOB);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(refreshSoon),
    watcher.onDidDelete(refreshSoon),
    services.analysis.onDidAnalyse(({ uri }) => { if (isEngagementUri(uri)) refreshSoon(); }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      const uri = activeEngagementUri();
      if (!uri || uri.toString() === activeEngagement?.toString()) return;
      activeEngagement = uri;
      refreshSoon();
    }),
    vscode.commands.registerCommand('cxm.portfolioBenchmark', () => open().catch((error: unknown) => { report(error); return undefined; })),
    vscode.commands.registerCommand('cxm.portfolioToggleRedaction', async () => {
      redact = !redact;
      return panel ? refresh().catch((error: unknown) => { report(error); return undefined; }) : open();
    }),
    vscode.commands.registerCommand('cxm.portfolioExport', (format?: string, target?: vscode.Uri) =>
      exportReport(typeof format === 'string' ? format : undefined, target instanceof vscode.Uri ? target : undefined)
        .catch((error: unknown) => { report(error); return undefined; })),
    { dispose: () => { clearTimeout(timer); panel?.dispose(); } },
  );
}

function activeEngagementUri(): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && isEngagementUri(uri) ? uri : undefined;
}
