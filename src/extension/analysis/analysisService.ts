/**
 * Analyses engagement documents, once per document version: small texts inline (a few
 * milliseconds), large ones in a worker thread so typing never blocks the extension host.
 * Results for a version older than the latest requested are dropped, never published.
 */
import * as vscode from 'vscode';
import type { AnalyseOptions, EngagementAnalysis } from '../../core/analysis/engagementAnalysis';
import { analyseEngagement } from '../../core/analysis/analyseEngagement';
import { AnalysisWorkerClient } from './analysisWorkerClient';
import { displayLanguage } from './engagementDocuments';

/** Below this many characters the analysis takes a few milliseconds: not worth a thread hop. */
const INLINE_LIMIT = 64 * 1024;

export interface AnalysedDocument {
  uri: vscode.Uri;
  /** The document version analysed; -1 for a file read from disk (not open). */
  version: number;
  analysis: EngagementAnalysis;
}

interface Entry { version: number; result: Promise<EngagementAnalysis> }

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

  /** The analysis of the document's current version, computed once per version. */
  analyse(document: vscode.TextDocument): Promise<EngagementAnalysis> {
    return this.analyseText(document.uri, document.getText(), document.version);
  }

  /** Analyses `text` as version `version` of `uri` (files not open in an editor use -1). */
  analyseText(uri: vscode.Uri, text: string, version: number): Promise<EngagementAnalysis> {
    const key = uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === version && version !== -1) return cached.result;

    const result = this.compute(text, { fallbackLang: displayLanguage() });
    const entry = { version, result };
    this.entries.set(key, entry);
    void result.then((analysis) => {
      // A newer version was requested meanwhile: this result is stale, drop it.
      if (this.entries.get(key) !== entry) return;
      const analysed = { uri, version, analysis };
      this.latestResults.set(key, analysed);
      this.emitter.fire(analysed);
    });
    return result;
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

  private async compute(text: string, options: AnalyseOptions): Promise<EngagementAnalysis> {
    const started = performance.now();
    try {
      const analysis = text.length < INLINE_LIMIT ? analyseEngagement(text, options) : await this.worker.analyse(text, options);
      this.log.trace(`Analysed ${text.length} characters in ${(performance.now() - started).toFixed(1)} ms`);
      return analysis;
    } catch (error) {
      // Never lose the user's view of the file: report the failure as a diagnostic, log the cause.
      this.log.error(`Analysis failed: ${error instanceof Error ? error.message : String(error)}`);
      const language = options.fallbackLang ?? 'en';
      return {
        language,
        ok: false,
        locations: {},
        diagnostics: [{
          code: 'yaml-limit',
          severity: 'error',
          path: '',
          message: language === 'fr'
            ? "Le fichier n'a pas pu être analysé (voir le journal « CX Maturity Toolkit »)."
            : 'The file could not be analysed (see the "CX Maturity Toolkit" log).',
          range: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 },
        }],
      };
    }
  }
}
