/**
 * Analyses engagement documents, once per document version, in a worker thread: parsing is the
 * whole cost (hundreds of milliseconds for a large file) and typing must never block the extension
 * host. Keeping the parser and the schema out of the host bundle also keeps it small and quick to
 * load. Results for a version older than the latest requested are dropped, never published.
 */
import * as vscode from 'vscode';
import type { AnalyseOptions, EngagementAnalysis } from '../../core/analysis/engagementAnalysis';
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import { AnalysedDocument } from './analysisResult';
import { AnalysisWorkerClient } from './analysisWorkerClient';
import { displayLanguage } from './engagementDocuments';

export { AnalysedDocument };

interface Entry { version: number; result: Promise<AnalysedDocument> }

export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly latestResults = new Map<string, AnalysedDocument>();
  private readonly emitter = new vscode.EventEmitter<AnalysedDocument>();
  private readonly worker: AnalysisWorkerClient;

  /** Fires when the analysis of the latest version of a document (or file) is ready. */
  readonly onDidAnalyse = this.emitter.event;

  constructor(workerScript: string, private readonly log: vscode.LogOutputChannel) {
    this.worker = new AnalysisWorkerClient(workerScript, log);
  }

  /** The whole model of the document's current version, computed once per version. */
  async analyse(document: vscode.TextDocument): Promise<EngagementAnalysis> {
    return (await this.analyseDocument(document)).analysis;
  }

  /** The document's current version, analysed once; its model decoded only when read. */
  analyseDocument(document: vscode.TextDocument): Promise<AnalysedDocument> {
    return this.analyseText(document.uri, document.getText(), document.version);
  }

  /** Analyses `text` as version `version` of `uri` (files not open in an editor use -1). */
  analyseText(uri: vscode.Uri, text: string, version: number): Promise<AnalysedDocument> {
    const key = uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === version && version !== -1) return cached.result;

    const result = this.compute(uri, version, text, { fallbackLang: displayLanguage() });
    const entry = { version, result };
    this.entries.set(key, entry);
    void result.then((analysed) => {
      // A newer version was requested meanwhile: this result is stale, drop it.
      if (this.entries.get(key) !== entry) return;
      this.latestResults.set(key, analysed);
      this.emitter.fire(analysed);
    });
    return result;
  }

  /**
   * Analyses a text that is no version of a workspace document (an earlier git revision, for
   * "Compare with Previous Version…"): neither cached nor published, so no view or the Problems
   * panel ever shows it as the file's state.
   */
  analyseDetached(uri: vscode.Uri, text: string): Promise<AnalysedDocument> {
    return this.compute(uri, -1, text, { fallbackLang: displayLanguage() });
  }

  /** The last published analysis of `uri`, if any. */
  latest(uri: vscode.Uri): AnalysedDocument | undefined {
    return this.latestResults.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.latestResults.delete(uri.toString());
  }

  dispose(): void {
    this.worker.dispose();
    this.emitter.dispose();
  }

  private async compute(uri: vscode.Uri, version: number, text: string, options: AnalyseOptions): Promise<AnalysedDocument> {
    const started = performance.now();
    try {
      const { diagnostics, summary, model } = await this.worker.analyse(text, options);
      this.log.trace(`Analysed ${uri.path} (${text.length} characters) in ${(performance.now() - started).toFixed(1)} ms`);
      return new AnalysedDocument(uri, version, diagnostics, summary, model);
    } catch (error) {
      // Never lose the user's view of the file: report the failure as a diagnostic, log the cause.
      this.log.error(`Analysis of ${uri.path} failed: ${error instanceof Error ? error.message : String(error)}`);
      const language = options.fallbackLang ?? 'en';
      const failure: Diagnostic = {
        code: 'analysis-failed',
        severity: 'error',
        path: '',
        message: language === 'fr'
          ? "Le fichier n'a pas pu être analysé (voir le journal « CX Maturity Toolkit »)."
          : 'The file could not be analysed (see the "CX Maturity Toolkit" log).',
        range: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 },
      };
      const analysis: EngagementAnalysis = { language, ok: false, locations: {}, diagnostics: [failure] };
      return new AnalysedDocument(uri, version, [failure], { language, ok: false }, analysis);
    }
  }
}
