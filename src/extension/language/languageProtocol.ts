/**
 * The typed requests the extension host sends to the analysis worker: the language features, named
 * after their LSP methods, and the views' models (`journeyMap/view`). The worker holds each open document parsed once per version (the
 * same parse the diagnostics came from); positions travel as offsets (UTF-16), converted by the host.
 */
import type {
  CodeActionEntry, CodeLensEntry, CompletionEntry, DocumentSymbolEntry, HoverResult, LocationResult, OffsetRange, PrepareRenameResult, RenameResult,
  WorkspaceSymbolEntry, JourneyMapView, ExportJourneyChoice, JourneyExportFormat,
} from '../../core';

export interface LanguageMethods {
  'textDocument/completion': { params: { offset: number }; result: CompletionEntry[] };
  'textDocument/hover': { params: { offset: number }; result: HoverResult | null };
  'textDocument/definition': { params: { offset: number }; result: LocationResult[] };
  'textDocument/references': { params: { offset: number; includeDeclaration: boolean }; result: LocationResult[] };
  'textDocument/prepareRename': { params: { offset: number }; result: PrepareRenameResult };
  'textDocument/rename': { params: { offset: number; newName: string }; result: RenameResult };
  'textDocument/documentSymbol': { params: Record<string, never>; result: DocumentSymbolEntry[] };
  'textDocument/codeAction': { params: { range: OffsetRange }; result: CodeActionEntry[] };
  'textDocument/codeLens': { params: Record<string, never>; result: CodeLensEntry[] };
  'workspace/symbol': { params: { query: string }; result: Array<WorkspaceSymbolEntry & { start: LinePosition; end: LinePosition }> };
}

export type LanguageMethod = keyof LanguageMethods;

/**
 * The views' models, computed in the worker from the analysis it holds for that version: the host
 * neither decodes the whole analysis nor rebuilds facts for them.
 */
export interface ViewMethods {
  /** The journey map panel's view: the wanted journey drawn (or the first drawable one), pickers, banner, spans. */
  'journeyMap/view': { params: { journeyId?: string }; result: JourneyMapView };
  /**
   * What "Export Journey Map…" offers: `exportable` false when the engagement has errors; `choices`
   * in the core's order (the journey on screen first, then all, then the others), empty without journeys.
   */
  'journeyMap/exportChoices': { params: { onScreen?: string }; result: { exportable: boolean; choices: ExportJourneyChoice[] } };
  /** The exported document (the core's exporter, as `cxm journey`); null when that journey is no longer in the file. */
  'journeyMap/export': { params: { format: JourneyExportFormat; journeyId?: string }; result: string | null };
}

/** Every request the worker answers about a held document (or, for `workspace/symbol`, about every file). */
export type WorkerMethods = LanguageMethods & ViewMethods;
export type WorkerMethod = keyof WorkerMethods;

/** 0-based line and UTF-16 character, as editors count them. */
export interface LinePosition { line: number; character: number }

/** A request about version `version` of `uri` (`workspace/symbol` is about every file: uri and version unused). */
export interface LanguageRequest<M extends WorkerMethod = WorkerMethod> {
  id: number;
  kind: 'language';
  method: M;
  uri: string;
  version: number;
  params: WorkerMethods[M]['params'];
}

/** The file was closed: the worker lets go of its parsed document. */
export interface ForgetRequest { id: number; kind: 'forget'; uri: string }

/** `missing` when the worker does not hold that version (a newer one was analysed, or the worker was restarted). */
export interface LanguageReply { id: number; result: unknown; missing?: true }
