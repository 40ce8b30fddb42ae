/**
 * `cxm lsp --stdio`: the language service over the Language Server Protocol 3.17, for any editor.
 * A thin adapter: documents are synchronised (full or incremental), parsed once per version into
 * the core's EngagementDocument, and every request is answered by the core's facade; this file
 * only converts offsets to LSP positions (both UTF-16) and core results to LSP shapes.
 */
import {
  CodeActionKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType, ResponseError, SymbolKind, TextDocumentSyncKind, TextDocuments,
  CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind,
  type CodeAction, type CompletionItem, type Connection, type Diagnostic as LspDiagnostic, type DocumentSymbol,
  type InitializeParams, type InitializeResult, type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as service from '../core';
import type { EngagementAnalysis, Severity, Language } from '../core';
import { ENGAGEMENT_FILE, pathOf, WorkspaceIndex } from './workspaceIndex';
const DEBOUNCE_MS = 200;

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const SYMBOL_KINDS: Record<service.DocumentSymbolEntry['kind'], SymbolKind> = {
  section: SymbolKind.Namespace,
  channel: SymbolKind.Interface,
  segment: SymbolKind.Class,
  journey: SymbolKind.Module,
  stage: SymbolKind.Package,
  step: SymbolKind.Event,
  initiative: SymbolKind.Function,
  dimension: SymbolKind.EnumMember,
};

interface Parsed { version: number; document: service.EngagementDocument; analysis?: EngagementAnalysis }

export interface ServerOptions {
  /** Messages' language when a file names none (`initializationOptions.language`, else the client's locale). */
  language?: Language;
  /** `initializationOptions.validation === false`: no diagnostics are published. */
  validation?: boolean;
}

export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const parsed = new Map<string, Parsed>();
  const timers = new Map<string, NodeJS.Timeout>();
  let options: ServerOptions = {};
  /** The engagement files of the workspace folders, for workspace symbols (searched on the first query). */
  let workspace = new WorkspaceIndex([]);
  let watchesFiles = false;
  let followsFolders = false;

  const isEngagement = (uri: string) => ENGAGEMENT_FILE.test(uri.replace(/[?#].*$/, ''));

  /** The document's current version, parsed once. */
  const parsedOf = (uri: string): { text: TextDocument; parsed: Parsed } | undefined => {
    const text = documents.get(uri);
    if (!text || !isEngagement(uri)) return undefined;
    let entry = parsed.get(uri);
    if (!entry || entry.version !== text.version) {
      entry = { version: text.version, document: service.parseEngagementDocument(text.getText()) };
      parsed.set(uri, entry);
      analysisOf(entry);
    }
    return { text, parsed: entry };
  };
  const languageOf = (document: service.EngagementDocument): Language => document.declaredLanguage ?? options.language ?? 'en';
  const analysisOf = (entry: Parsed): EngagementAnalysis => {
    if (!entry.analysis) {
      entry.analysis = service.analyseDocument(entry.document, { fallbackLang: options.language ?? 'en', validateOnly: true });
      // Analysed: the YAML tree can go, the features read the text and the index.
      entry.document.release();
    }
    return entry.analysis;
  };

  const range = (text: TextDocument, offsets: service.OffsetRange): Range => ({ start: text.positionAt(offsets.start), end: text.positionAt(offsets.end) });
  /** A file not open: its positions from the line index kept with its outline (1-based there, 0-based in LSP). */
  const lineRange = (lines: service.LineIndex, offsets: service.OffsetRange): Range => {
    const position = (offset: number) => {
      const at = lines.position(offset);
      return { line: at.line - 1, character: at.column - 1 };
    };
    return { start: position(offsets.start), end: position(offsets.end) };
  };

  const publish = (uri: string) => {
    const found = parsedOf(uri);
    if (!found || options.validation === false) return;
    const diagnostics: LspDiagnostic[] = analysisOf(found.parsed).diagnostics.map((diagnostic) => ({
      range: range(found.text, diagnostic.range),
      severity: SEVERITIES[diagnostic.severity],
      code: diagnostic.code,
      source: 'cxm',
      message: diagnostic.message,
    }));
    void connection.sendDiagnostics({ uri, version: found.text.version, diagnostics });
  };
  const publishSoon = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      publish(uri);
    }, DEBOUNCE_MS));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { language?: unknown; validation?: unknown };
    const locale = typeof init.language === 'string' ? init.language : params.locale;
    options = { language: locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en', validation: init.validation !== false };
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace = new WorkspaceIndex(folders);
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    followsFolders = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'cxm', version: '1' },
    };
  });

  connection.onInitialized(() => {
    // Files changed on disk reach the index only if the client watches them for us.
    if (watchesFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.engagement.{yaml,yml}' }] });
    // Folders added to the workspace after start are searched too (only clients that said they send it).
    if (followsFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        workspace.changeFolders(added.map((folder) => folder.uri), removed.map((folder) => folder.uri));
      });
    }
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) workspace.changed(change.uri, change.type === FileChangeType.Deleted);
  });

  documents.onDidOpen(({ document }) => publish(document.uri));
  documents.onDidChangeContent(({ document }) => publishSoon(document.uri));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    parsed.delete(document.uri);
    if (isEngagement(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCompletion(({ textDocument, position }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return [];
    const { document } = found.parsed;
    return service.completion(document, found.text.offsetAt(position), languageOf(document)).map((entry): CompletionItem => {
      const item: CompletionItem = {
        label: entry.label,
        kind: entry.kind === 'key' ? CompletionItemKind.Property : entry.kind === 'id' ? CompletionItemKind.Reference : entry.kind === 'snippet' ? CompletionItemKind.Snippet : CompletionItemKind.EnumMember,
        textEdit: { range: range(found.text, entry.range), newText: entry.insertText },
        insertTextFormat: entry.kind === 'snippet' ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        insertTextMode: InsertTextMode.adjustIndentation,
      };
      if (entry.detail !== undefined) item.detail = entry.detail;
      if (entry.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
      if (entry.filterText !== undefined) item.filterText = entry.filterText;
      if (entry.sortText !== undefined) item.sortText = entry.sortText;
      if (entry.preselect) item.preselect = true;
      return item;
    });
  });

  connection.onHover(({ textDocument, position }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return null;
    const { document } = found.parsed;
    const result = service.hover(document, found.text.offsetAt(position), languageOf(document));
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: range(found.text, result.range) } : null;
  });

  connection.onDefinition(({ textDocument, position }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return [];
    return service.definition(found.parsed.document, found.text.offsetAt(position)).map((location) => ({ uri: textDocument.uri, range: range(found.text, location.range) }));
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return [];
    return service.references(found.parsed.document, found.text.offsetAt(position), context.includeDeclaration)
      .map((location) => ({ uri: textDocument.uri, range: range(found.text, location.range) }));
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return null;
    const { document } = found.parsed;
    const result = service.prepareRename(document, found.text.offsetAt(position), languageOf(document));
    if ('refused' in result) throw new ResponseError(-32803, result.refused);
    return { range: range(found.text, result.range), placeholder: result.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return null;
    const { document } = found.parsed;
    const result = service.rename(document, found.text.offsetAt(position), newName, languageOf(document));
    if ('refused' in result) throw new ResponseError(-32803, result.refused);
    return { changes: { [textDocument.uri]: result.edits.map((edit) => ({ range: range(found.text, edit.range), newText: edit.newText })) } };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return [];
    const convert = (symbol: service.DocumentSymbolEntry): DocumentSymbol => {
      const result: DocumentSymbol = {
        name: symbol.name || '·', kind: SYMBOL_KINDS[symbol.kind], range: range(found.text, symbol.range),
        selectionRange: range(found.text, symbol.selection), children: symbol.children.map(convert),
      };
      if (symbol.detail !== undefined) result.detail = symbol.detail;
      return result;
    };
    return service.documentSymbols(found.parsed.document).map(convert);
  });

  // Every engagement file of the workspace folders: the open documents as the editor holds them, the others as on disk.
  connection.onWorkspaceSymbol(({ query }) => {
    const open = documents.all().filter((text) => isEngagement(text.uri));
    const onDisk = workspace.outlines(new Set(open.flatMap((text) => pathOf(text.uri) ?? [])));
    const lines = new Map(onDisk.map(({ uri, outline }) => [uri, outline.lines]));
    const files = [
      ...open.map((text) => ({ file: text.uri, entities: parsedOf(text.uri)!.parsed.document.symbols.entities })),
      ...onDisk.map(({ uri, outline }) => ({ file: uri, entities: outline.entities })),
    ];
    return service.workspaceSymbols(files, query).map((symbol) => {
      const text = documents.get(symbol.file);
      const where = text ? range(text, symbol.range) : lineRange(lines.get(symbol.file)!, symbol.range);
      const result = { name: symbol.name, kind: SYMBOL_KINDS[symbol.kind], location: { uri: symbol.file, range: where } };
      return symbol.containerName !== undefined ? { ...result, containerName: symbol.containerName } : result;
    });
  });

  connection.onCodeAction(({ textDocument, range: wanted, context }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return [];
    const { document } = found.parsed;
    const offsets = { start: found.text.offsetAt(wanted.start), end: found.text.offsetAt(wanted.end) };
    return service.codeActions(document, offsets, analysisOf(found.parsed).diagnostics, languageOf(document)).map((action): CodeAction => {
      const result: CodeAction = {
        title: action.title,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [textDocument.uri]: action.edits.map((edit) => ({ range: range(found.text, edit.range), newText: edit.newText })) } },
      };
      if (action.isPreferred) result.isPreferred = true;
      if (action.diagnostic) {
        const fixed = action.diagnostic;
        const shown = context.diagnostics.filter((d) => d.code === fixed.code && found.text.offsetAt(d.range.start) === fixed.range.start);
        if (shown.length > 0) result.diagnostics = shown;
      }
      return result;
    });
  });

  connection.onCodeLens(({ textDocument }) => {
    const found = parsedOf(textDocument.uri);
    if (!found) return [];
    const { document } = found.parsed;
    return service.codeLenses(document, languageOf(document)).map((lens) => ({
      range: range(found.text, lens.range),
      command: { title: lens.title, command: lens.command, arguments: [textDocument.uri, lens.journeyId] },
    }));
  });

  connection.onShutdown(() => timers.forEach((timer) => clearTimeout(timer)));
  documents.listen(connection);
  connection.listen();
}
