/**
 * Analyses engagement documents, once per document version, in a worker thread: parsing is the
 * whole cost (hundreds of milliseconds for a large file) and typing must never block the extension
 * host. Keeping the parser and the schema out of the host bundle also keeps it small and quick to
 * load. Results for a version older than the latest requested are dropped, never published.
 */
import * as vscode from 'vscode';
import { analysisFailed, type AnalyseOptions, type EngagementAnalysis, type Diagnostic } from '../../core';
import type { LanguageMethods, ViewMethods, WorkerMethod, WorkerMethods } from '../language/languageProtocol';
import { AnalysedDocument } from './analysisResult';
import { AnalysisLimitError, AnalysisWorkerClient, WORKER_MEMORY_LIMIT_MB } from './analysisWorkerClient';
import { displayLanguage } from './engagementDocuments';

export { AnalysedDocument };

interface Entry { version: number; result: Promise<AnalysedDocument> }

export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly latestResults = new Map<string, AnalysedDocument>();
  private readonly emitter = new vscode.EventEmitter<AnalysedDocument>();
  private readonly worker: AnalysisWorkerClient;
  /** The one debounce of the host: every view that follows typing schedules through it. */
  private readonly scheduled = new Map<string, { timer?: NodeJS.Timeout; dueBy?: number }>();

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
  analyseText(uri: vscode.Uri, text: string, version: number, byteLength?: number): Promise<AnalysedDocument> {
    const key = uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === version && version !== -1) return cached.result;

    const options: AnalyseOptions = { fallbackLang: displayLanguage(), ...(byteLength !== undefined ? { byteLength } : {}) };
    const result = this.compute(uri, version, text, options);
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
   * Analyses the document once typing pauses (`cxMaturity.validation.debounceMs`), or sooner when a
   * caller needs it `within` milliseconds of the burst's first keystroke (the journey map redraws
   * while the user keeps typing). One timer per document for every caller: the host's one debounce.
   */
  analyseSoon(document: vscode.TextDocument, options: { within?: number } = {}): void {
    const key = document.uri.toString();
    const pending = this.scheduled.get(key) ?? {};
    const now = performance.now();
    if (options.within !== undefined) pending.dueBy = Math.min(pending.dueBy ?? Infinity, now + options.within);
    const pause = vscode.workspace.getConfiguration('cxMaturity').get<number>('validation.debounceMs', 300);
    const due = Math.min(now + pause, pending.dueBy ?? Infinity);
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => {
      this.scheduled.delete(key);
      void this.analyseDocument(document);
    }, Math.max(0, due - now));
    this.scheduled.set(key, pending);
  }

  /**
   * A language feature (or a view's model) on the document as it is now: its current version is
   * analysed first (at once, whatever the debounce), so the worker holds that version's parsed document.
   */
  async languageRequest<M extends WorkerMethod>(document: vscode.TextDocument, method: M, params: WorkerMethods[M]['params']): Promise<WorkerMethods[M]['result'] | null> {
    const version = document.version;
    for (let attempt = 0; attempt < 2; attempt++) {
      await this.analyseDocument(document);
      if (document.version !== version) return null;
      const answer = await this.worker.request(method, document.uri.toString(), version, params);
      if (answer !== 'missing') return answer.result;
      // The worker was restarted since (it keeps documents in memory): analyse this version again.
      if (this.entries.get(document.uri.toString())?.version === version) this.entries.delete(document.uri.toString());
    }
    return null;
  }

  /**
   * The journey map's view of version `version` of `uri`, computed in the worker from the analysis it
   * holds for that version; null when the worker holds another version (a newer one is being
   * analysed, and will be published in turn) or none.
   */
  async journeyMapView(uri: vscode.Uri, version: number, params: ViewMethods['journeyMap/view']['params']): Promise<ViewMethods['journeyMap/view']['result'] | null> {
    const answer = await this.worker.request('journeyMap/view', uri.toString(), version, params);
    return answer === 'missing' ? null : answer.result;
  }

  /**
   * A file on disk that was never analysed, indexed for workspace symbols only (its outline, no
   * diagnostics and no model); without text, the file is gone and its symbols with it.
   */
  indexOutline(uri: vscode.Uri, text?: string, byteLength?: number): Promise<void> {
    return this.worker.outline(uri.toString(), text, byteLength);
  }

  /** Workspace symbols across every file analysed (open or on disk). */
  async workspaceSymbols(query: string): Promise<LanguageMethods['workspace/symbol']['result'] | null> {
    const answer = await this.worker.request('workspace/symbol', '', -1, { query });
    return answer === 'missing' ? null : answer.result;
  }

  /**
   * Analyses a text that is no version of a workspace document (an earlier git revision, for
   * "Compare with Previous Version…"): neither cached nor published, so no view or the Problems
   * panel ever shows it as the file's state.
   */
  analyseDetached(uri: vscode.Uri, text: string): Promise<AnalysedDocument> {
    return this.compute(uri, -1, text, { fallbackLang: displayLanguage() }, false);
  }

  /** The last published analysis of `uri`, if any. */
  latest(uri: vscode.Uri): AnalysedDocument | undefined {
    return this.latestResults.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    clearTimeout(this.scheduled.get(uri.toString())?.timer);
    this.scheduled.delete(uri.toString());
    this.entries.delete(uri.toString());
    this.latestResults.delete(uri.toString());
    this.worker.forget(uri.toString());
  }

  dispose(): void {
    this.scheduled.forEach(({ timer }) => clearTimeout(timer));
    this.worker.dispose();
    this.emitter.dispose();
  }

  /** `keep`: the worker keeps the parsed document for the language features (never for a detached text). */
  private async compute(uri: vscode.Uri, version: number, text: string, options: AnalyseOptions, keep = true): Promise<AnalysedDocument> {
    const started = performance.now();
    try {
      const { diagnostics, summary, model } = await this.worker.analyse(text, options, keep ? { uri: uri.toString(), version } : undefined);
      this.log.trace(`Analysed ${uri.path} (${text.length} characters) in ${(performance.now() - started).toFixed(1)} ms`);
      return new AnalysedDocument(uri, version, diagnostics, summary, model);
    } catch (error) {
      // Never lose the user's view of the file: report the failure as a diagnostic, log the cause.
      this.log.error(`Analysis of ${uri.path} failed: ${error instanceof Error ? error.message : String(error)}`);
      const language = options.fallbackLang ?? 'en';
      const limit = error instanceof AnalysisLimitError ? error.limit : undefined;
      if (limit) {
        // Said once per failure, naming the file and the limit: the worker has restarted, other files go on.
        const name = uri.path.split('/').pop() ?? uri.path;
        void vscode.window.showWarningMessage(limit === 'memory'
          ? vscode.l10n.t('{0} could not be analysed: it needs more than {1} MB of memory. The analysis restarted for the other files; split or simplify this one.', name, WORKER_MEMORY_LIMIT_MB)
          : vscode.l10n.t('{0} could not be analysed: it took longer than 30 seconds. The analysis restarted for the other files; split or simplify this one.', name));
      }
      const failure: Diagnostic = {
        code: 'analysis-failed',
        severity: 'error',
        path: '',
        message: limit === 'memory'
          ? analysisFailed.messages.memory[language]({ megabytes: WORKER_MEMORY_LIMIT_MB })
          : limit === 'time' ? analysisFailed.messages.time[language]({}) : analysisFailed.messages.crashed[language]({}),
        range: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 },
      };
      const analysis: EngagementAnalysis = { language, ok: false, locations: {}, diagnostics: [failure] };
      return new AnalysedDocument(uri, version, [failure], { language, ok: false }, analysis);
    }
  }
}
