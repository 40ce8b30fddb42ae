/**
 * One journey-map panel for one engagement file: sends the map after the webview's `ready`, follows
 * the file as it is typed (debounced, one update per analysed version), highlights the card under
 * the cursor, and reveals a step in the YAML when its card is clicked.
 */
import * as vscode from 'vscode';
import type { EngagementAnalysis } from '../../core/analysis/engagementAnalysis';
import { parseWebviewMessage, type HostMessage, type RenderedMessage, type UpdateMessage } from '../../protocol/journeyMapProtocol';
import type { HostServices } from '../hostServices';
import { journeyMapHtml, webviewRoot } from './journeyMapHtml';
import { journeyAtOffset, journeyMapUpdate, stepAtOffset, stepPath } from './journeyMapUpdate';

export const JOURNEY_MAP_VIEW_TYPE = 'cxm.journeyMap';
const TYPING_DEBOUNCE_MS = 150;

export function journeyMapWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)] };
}

export class JourneyMapPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private sentVersion: number | undefined;
  private analysis: EngagementAnalysis | undefined;
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
    panel.webview.html = journeyMapHtml(panel.webview, services.extensionUri, uri, this.firstUpdate());
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
        if (analysed.uri.toString() === uri.toString()) this.publish(analysed.version, analysed.analysis);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === uri.toString() && event.contentChanges.length > 0) this.scheduleAnalysis(event.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.uri.toString() === uri.toString()) this.followCursor(event.textEditor);
      }),
    );
  }

  /**
   * The first update, embedded in the page when the file's current version is already analysed
   * (it is, once its editor was opened): the map paints without a `ready` round trip and without
   * a second analysis. Otherwise the webview asks with `ready`, as after being hidden.
   */
  private firstUpdate(): UpdateMessage | undefined {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === this.uri.toString());
    const analysed = this.services.analysis.latest(this.uri);
    if (!document || !analysed || analysed.version !== document.version) return undefined;
    this.analysis = analysed.analysis;
    const update = journeyMapUpdate(this.uri.toString(), analysed.version, analysed.analysis, this.journeyId);
    if (!update.map) return undefined;
    this.journeyId = update.map.journeyId;
    this.lastUpdateAt = this.createdAt;
    this.timing.embedded = true;
    return update;
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

  private async refresh(): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const analysis = await this.services.analysis.analyse(document);
    this.publish(document.version, analysis);
  }

  private publish(version: number, analysis: EngagementAnalysis): void {
    this.analysis = analysis;
    if (!this.ready || version === this.sentVersion) return;
    const update = journeyMapUpdate(this.uri.toString(), version, analysis, this.journeyId);
    if (update.map) this.journeyId = update.map.journeyId;
    this.sentVersion = version;
    this.lastUpdateAt = performance.now();
    this.post(update);
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
    if (!this.ready || !this.analysis) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const step = stepAtOffset(this.analysis, offset);
    const journey = step?.journeyId ?? journeyAtOffset(this.analysis, offset)?.id;
    if (journey !== undefined && journey !== this.journeyId) {
      this.journeyId = journey;
      this.sentVersion = undefined;
      this.publish(editor.document.version, this.analysis);
    }
    this.post({ type: 'highlight', uri: this.uri.toString(), stepKey: step?.stepKey ?? null });
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
    const analysis = this.analysis;
    const path = analysis && stepPath(analysis, stepKey);
    const range = path !== undefined ? analysis!.locations[path] : undefined;
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
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
