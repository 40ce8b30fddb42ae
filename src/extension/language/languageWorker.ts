/**
 * The worker's side of the language features: the parsed documents it keeps (the open ones, at the
 * version last analysed) and the answer to each typed request, straight from the core's facade.
 */
import * as service from '../../core';
import type { Diagnostic, EngagementAnalysis, Entity, Language, LineIndex } from '../../core';
import type { LanguageRequest, WorkerMethod, WorkerMethods } from './languageProtocol';

/** `analysis`: the model of that version, for the views' requests (the journey map asks for its model here). */
interface Held { version: number; document: service.EngagementDocument; analysis: EngagementAnalysis; diagnostics: readonly Diagnostic[]; language: Language }

const held = new Map<string, Held>();
/** Every analysed file's outline (open or on disk), for workspace symbols. */
const outlines = new Map<string, { entities: readonly Entity[]; lines: LineIndex }>();

/** Keeps the document analysed as `version` of `uri`; files read from disk (-1) keep only their outline. */
export function keepDocument(uri: string, version: number, document: service.EngagementDocument, analysis: EngagementAnalysis, fallback: Language): void {
  // Analysed already: the YAML tree can go, the features read the text and the index.
  document.release();
  outlines.set(uri, { entities: document.symbols.entities, lines: document.lines });
  if (version === -1) {
    held.delete(uri);
    return;
  }
  held.set(uri, { version, document, analysis, diagnostics: analysis.diagnostics, language: document.declaredLanguage ?? fallback });
}

/** A file on disk indexed for workspace symbols only: its outline kept (the tree let go), or dropped when it is gone. */
export function keepOutline(uri: string, document: service.EngagementDocument | undefined): void {
  if (!document) {
    outlines.delete(uri);
    return;
  }
  document.release();
  outlines.set(uri, { entities: document.symbols.entities, lines: document.lines });
}

export function forgetDocument(uri: string): void {
  held.delete(uri);
}

type Handler<M extends WorkerMethod> = (entry: Held, params: WorkerMethods[M]['params']) => WorkerMethods[M]['result'];

const HANDLERS: { [M in Exclude<WorkerMethod, 'workspace/symbol'>]: Handler<M> } = {
  'textDocument/completion': ({ document, language }, { offset }) => service.completion(document, offset, language),
  'textDocument/hover': ({ document, language }, { offset }) => service.hover(document, offset, language) ?? null,
  'textDocument/definition': ({ document }, { offset }) => service.definition(document, offset),
  'textDocument/references': ({ document }, { offset, includeDeclaration }) => service.references(document, offset, includeDeclaration),
  'textDocument/prepareRename': ({ document, language }, { offset }) => service.prepareRename(document, offset, language),
  'textDocument/rename': ({ document, language }, { offset, newName }) => service.rename(document, offset, newName, language),
  'textDocument/documentSymbol': ({ document }) => service.documentSymbols(document),
  // The did-you-means are offered by the host from the diagnostics it shows (diagnostics/quickFixProvider.ts).
  'textDocument/codeAction': ({ document, diagnostics, language }, { range }) => service.codeActions(document, range, diagnostics, language, { didYouMean: false }),
  'textDocument/codeLens': ({ document, language }) => service.codeLenses(document, language),
  'journeyMap/view': ({ analysis }, { journeyId }) => service.journeyMapView(analysis, journeyId),
  'journeyMap/exportChoices': ({ analysis }, { onScreen }) => {
    const exportable = analysis.ok && analysis.engagement !== undefined;
    return { exportable, choices: exportable && service.journeyIds(analysis).length > 0 ? service.exportJourneyChoices(analysis, onScreen) : [] };
  },
  'journeyMap/export': ({ analysis }, { format, journeyId }) => {
    // The file may have changed while the user chose: a journey gone since is a null, not a throw.
    if (!analysis.engagement || (journeyId !== undefined && !service.journeyIds(analysis).includes(journeyId))) return null;
    return service.exportJourneyMap(analysis, { format, ...(journeyId !== undefined ? { journeyId } : {}) });
  },
};

/** The answer, or `missing` when the worker does not hold that version of the document. */
export function answerLanguageRequest(request: LanguageRequest): { result: unknown } | 'missing' {
  if (request.method === 'workspace/symbol') {
    // Files on disk have no editor to convert offsets: positions are computed here, where the lines are.
    const files = [...outlines].map(([file, { entities }]) => ({ file, entities }));
    return {
      result: service.workspaceSymbols(files, (request.params as { query: string }).query).map((symbol) => {
        const lines = outlines.get(symbol.file)!.lines;
        const start = lines.position(symbol.range.start);
        const end = lines.position(symbol.range.end);
        return { ...symbol, start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
      }),
    };
  }
  const entry = held.get(request.uri);
  if (!entry || entry.version !== request.version) return 'missing';
  return { result: (HANDLERS[request.method] as Handler<Exclude<WorkerMethod, 'workspace/symbol'>>)(entry, request.params as never) };
}
