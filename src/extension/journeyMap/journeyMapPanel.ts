/**
 * One journey-map panel for one engagement file: sends the map after the webview's `ready`, follows
 * the file as it is typed (debounced, one update per analysed version), highlights the card under
 * the cursor, and reveals a step in the YAML when its card is clicked. The panel asks the analysis
 * worker for its model (`journeyMap/view`, one typed request per version shown): the host never
 * decodes the whole analysis nor rebuilds journey facts for it.
 */
import * as vscode from 'vscode';
import { spanAtOffset, stepSpan, type JourneyMapView } from '../../core';
import { parseWebviewMessage, type HostMessage, type RenderedMessage, type UpdateMessage } from '../../protocol/journeyMapProtocol';
import type { HostServices } from '../hostServices';
import { journeyMapHtml, webviewRoot } from './journeyMapHtml';
import { journeyMapUpdate } from './journeyMapUpdate';

export const JOURNEY_MAP_VIEW_TYPE = 'cxm.journeyMap';
const TYPING_DEBOUNCE_MS = 150;

export function journeyMapWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)] };
}

export class JourneyMapPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private sentVersion: number | undefined;
  /** The view last sent, of `sentVersion`: its spans place the cursor and the clicked steps. */
  private view: JourneyMapView | undefined;
  /** The views received from the worker, and the version of the last one (tests and the log read it). */
  readonly models = { received: 0, version: -1 };
  /** Counts the requests for a view: an answer to an older one than the latest is dropped. */
  private requests = 0;
  private disposed = false;
  /** What the webview last reported drawing (tests and the log read it). */
  lastRendered: RenderedMessage | undefined;
  /** Milliseconds from the panel's creation to the webview's `ready`, and to its first drawing. */
  readonly timing: { readyMs?: number; firstRenderMs?: number; lastUpdateToRenderMs?: number; pageToRenderMs?: number; embedded?: boolean } = {};
  private readonly createdAt = performance.now();
  private lastUpdateAt = 0;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private journeyId: string | undefined,
    private readonly services: HostServices,
    private readonly onExport: (uri: vscode.Uri) => void,
    onDispose: () => void,
  ) {
    panel.webview.options = journeyMapWebviewOptions(services.extensionUri);
    void this.open();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidChangeViewState(() => {
        // A hidden webview is destroyed (no retainContextWhenHidden): it says `ready` again when shown.
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => {
        onDispose();
        this.dispose();
      }),
      services.analysis.onDidAnalyse((analysed) => {
        if (analysed.uri.toString() === uri.toString()) void this.publish(analysed.version);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === uri.toString() && event.contentChanges.length > 0) this.scheduleAnalysis(event.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.uri.toString() === uri.toString()) this.followCursor(event.textEditor);
      }),
    );
  }

  /** The page, with the first map embedded when the worker has it at hand. */
  private async open(): Promise<void> {
    let initial: UpdateMessage | undefined;
    try {
      initial = await this.firstUpdate();
    } catch (error) {
      this.services.log.warn(`Journey map: no first map embedded: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.disposed) return;
    this.panel.webview.html = journeyMapHtml(this.panel.webview, this.services.extensionUri, this.uri, initial);
  }

  /**
   * The first update, embedded in the page when the file's current version is already analysed
   * (it is, once its editor was opened): the map paints without a `ready` round trip and without
   * a second analysis. Otherwise the webview asks with `ready`, as after being hidden.
   */
  private async firstUpdate(): Promise<UpdateMessage | undefined> {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === this.uri.toString());
    const analysed = this.services.analysis.latest(this.uri);
    if (!document || !analysed || analysed.version !== document.version) return undefined;
    const view = await this.services.analysis.journeyMapView(this.uri, analysed.version, this.journeyParams());
    if (!view?.map) return undefined;
    this.view = view;
    this.models.received++;
    this.models.version = analysed.version;
    this.journeyId = view.map.journeyId;
    this.lastUpdateAt = this.createdAt;
    this.timing.embedded = true;
    return journeyMapUpdate(this.uri.toString(), analysed.version, view);
  }

  private journeyParams(): { journeyId?: string } {
    return this.journeyId !== undefined ? { journeyId: this.journeyId } : {};
  }

  get currentJourney(): string | undefined {
    return this.journeyId;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Every message from the webview goes through the protocol's validator first. */
  async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message || message.uri !== this.uri.toString()) {
      this.services.log.warn(`Journey map: dropped an unknown or malformed message: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        this.timing.readyMs ??= Math.round(performance.now() - this.createdAt);
        this.ready = true;
        // A webview that drew the map embedded in its page says which version: not sent again.
        this.sentVersion = message.version;
        if (message.journeyId !== undefined && this.journeyId === undefined) this.journeyId = message.journeyId;
        await this.refresh();
        break;
      case 'selectJourney':
        this.journeyId = message.journeyId;
        this.sentVersion = undefined;
        await this.refresh();
        break;
      case 'revealStep':
        await this.revealStep(message.stepKey);
        break;
      case 'rendered':
        this.lastRendered = message;
        this.timing.firstRenderMs ??= Math.round(performance.now() - this.createdAt);
        if (message.pageMs !== undefined) this.timing.pageToRenderMs ??= message.pageMs;
        this.timing.lastUpdateToRenderMs = Math.round(performance.now() - this.lastUpdateAt);
        this.services.log.trace(`Journey map ${message.journeyId}: ${message.cards} cards drawn in ${message.ms} ms`);
        break;
      case 'export':
        this.onExport(this.uri);
        break;
      case 'revealLine':
        await this.revealLine(message.line);
        break;
    }
  }

  /** The document as it is now: analysed if need be (at once), and its view asked for. */
  private async refresh(): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const version = document.version;
    if (!this.ready || version === this.sentVersion) return;
    const ticket = ++this.requests;
    const view = await this.services.analysis.languageRequest(document, 'journeyMap/view', this.journeyParams());
    if (view) this.show(ticket, version, view);
  }

  /** Version `version` was analysed: its view is asked for (the worker holds that version's analysis). */
  private async publish(version: number): Promise<void> {
    if (!this.ready || version === this.sentVersion) return;
    const ticket = ++this.requests;
    const view = await this.services.analysis.journeyMapView(this.uri, version, this.journeyParams());
    // Null: the worker moved on to a newer version, whose own analysis is published in turn.
    if (view) this.show(ticket, version, view);
  }

  private show(ticket: number, version: number, view: JourneyMapView): void {
    if (ticket !== this.requests || this.disposed || !this.ready || version === this.sentVersion) return;
    this.view = view;
    this.models.received++;
    this.models.version = version;
    if (view.map) this.journeyId = view.map.journeyId;
    this.sentVersion = version;
    this.lastUpdateAt = performance.now();
    this.post(journeyMapUpdate(this.uri.toString(), version, view));
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /**
   * At most one analysis per debounce period, counted from the first keystroke of a burst: the
   * map is redrawn within the debounce (plus the analysis) of any keystroke, also while the user
   * keeps typing (a timer reset on every keystroke would wait for a pause). The analysis service
   * publishes the result through onDidAnalyse; it reads the document's text when the timer fires.
   */
  private scheduleAnalysis(document: vscode.TextDocument): void {
    // Through the host's one scheduler (shared with validation), due at the latest this long after the burst's first keystroke.
    this.services.analysis.analyseSoon(document, { within: TYPING_DEBOUNCE_MS });
  }

  /** The card under the cursor is highlighted; in another journey's lines, the map switches to that journey. */
  private followCursor(editor: vscode.TextEditor): void {
    if (!this.ready || !this.view) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const at = spanAtOffset(this.view, offset);
    if (at !== undefined && at.journeyId !== this.journeyId) {
      this.journeyId = at.journeyId;
      this.sentVersion = undefined;
      void this.refresh();
    }
    this.post({ type: 'highlight', uri: this.uri.toString(), stepKey: at?.stepKey ?? null });
  }

  private async revealLine(line: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const at = new vscode.Position(Math.min(line, document.lineCount) - 1, 0);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Selection(at, document.lineAt(at.line).range.end),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async revealStep(stepKey: string): Promise<void> {
    const range = this.view && stepSpan(this.view, stepKey);
    if (!range) return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
    const selection = new vscode.Selection(document.positionAt(range.start), document.positionAt(range.start));
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection,
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.disposed = true;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
