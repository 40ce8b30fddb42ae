/**
 * One "Compare with Previous Version" panel: the core's comparison page of an earlier version (a
 * git revision, fixed; or another file, followed) against the engagement as it is now, refreshed
 * each time either is analysed again. While a side has errors the last good comparison stays on
 * screen under a banner.
 */
import * as vscode from 'vscode';
import { comparisonHtml, pageHead, compareSnapshots, escapeText, snapshotOf, type Comparison, type Language, type EngagementSnapshot } from '../../core';
import { analyseFileOnDisk } from '../analysis/analyseFileOnDisk';
import type { AnalysedDocument } from '../analysis/analysisService';
import type { HostServices } from '../hostServices';
import { reportRender, withBanner } from './reportWebview';

export const COMPARE_VIEW_TYPE = 'cxm.compare';

/** The earlier side: a revision's text (analysed once), or a file of the workspace (followed). */
export type EarlierVersion =
  | { kind: 'revision'; label: string; analysed: AnalysedDocument }
  | { kind: 'file'; uri: vscode.Uri; label: string };

export class ComparePanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private lastGood: { comparison: Comparison; lang: Language } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The page last shown (tests read it). */
  html = '';

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    readonly earlier: EarlierVersion,
    private readonly services: HostServices,
    onDispose: () => void,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => {
        onDispose();
        this.dispose();
      }),
      services.analysis.onDidAnalyse((analysed) => {
        const key = analysed.uri.toString();
        if (key === uri.toString() || (earlier.kind === 'file' && key === earlier.uri.toString())) this.refreshSoon();
      }),
    );
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 200);
  }

  async refresh(): Promise<string> {
    const [before, after] = await Promise.all([this.earlierAnalysis(), this.currentAnalysis(this.uri)]);
    const lang = after.analysis.language;
    const snapshots: [EngagementSnapshot, EngagementSnapshot] = [snapshotOf(before.analysis), snapshotOf(after.analysis)];
    const assessed = Boolean(snapshots[0].overall && snapshots[1].overall);
    if (assessed) {
      this.lastGood = {
        lang,
        comparison: compareSnapshots(
          { path: this.earlier.label, snapshot: snapshots[0] },
          { path: vscode.workspace.asRelativePath(this.uri), snapshot: snapshots[1] },
        ),
      };
    }
    const banner = !assessed || !snapshots[0].ok || !snapshots[1].ok
      ? vscode.l10n.t('A version has errors: fix them to see its latest comparison (see the Problems panel).')
      : undefined;
    // A fresh nonce each render: the page is rebuilt rather than patched (it holds no state to keep).
    const render = reportRender(this.panel.webview);
    const page = this.lastGood
      ? comparisonHtml(this.lastGood.comparison, this.lastGood.lang, render)
      : `${pageHead(this.panel.title, lang, render)}<body></body></html>\n`;
    this.html = withBanner(page, banner, escapeText);
    this.panel.webview.html = this.html;
    return this.html;
  }

  private async earlierAnalysis(): Promise<AnalysedDocument> {
    return this.earlier.kind === 'revision' ? this.earlier.analysed : this.currentAnalysis(this.earlier.uri);
  }

  /** The latest published analysis, else the open document's or the file on disk. */
  private async currentAnalysis(uri: vscode.Uri): Promise<AnalysedDocument> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return this.services.analysis.analyseDocument(open);
    const latest = this.services.analysis.latest(uri);
    if (latest) return latest;
    return analyseFileOnDisk(this.services.analysis, uri);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
