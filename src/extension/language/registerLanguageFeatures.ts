/**
 * The language features in VS Code: completion, hover, definition, references, rename, Outline and
 * breadcrumbs, workspace symbols, CX quick fixes and journey lenses. Each provider asks the analysis
 * worker, which holds the document parsed once per version; this file only converts offsets to
 * VS Code positions and core results to VS Code objects, so the host thread never parses.
 */
import * as vscode from 'vscode';
import { WorkspaceSymbolIndex } from './workspaceSymbolIndex';
import type { CompletionEntry, DocumentSymbolEntry, OffsetRange, TextEdit } from '../../core';
import { ENGAGEMENT_SELECTOR } from '../analysis/engagementDocuments';
import type { HostServices } from '../hostServices';

// Read from `vscode` when the features register, not when the bundle loads.
const symbolKinds = (): Record<DocumentSymbolEntry['kind'], vscode.SymbolKind> => ({
  section: vscode.SymbolKind.Namespace,
  channel: vscode.SymbolKind.Interface,
  segment: vscode.SymbolKind.Class,
  journey: vscode.SymbolKind.Module,
  stage: vscode.SymbolKind.Package,
  step: vscode.SymbolKind.Event,
  initiative: vscode.SymbolKind.Function,
  dimension: vscode.SymbolKind.EnumMember,
});

const completionKinds = (): Record<CompletionEntry['kind'], vscode.CompletionItemKind> => ({
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  id: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
});

function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

function toEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const each of edits) edit.replace(document.uri, toRange(document, each.range), each.newText);
  return edit;
}

export function registerLanguageFeatures(context: vscode.ExtensionContext, { analysis, log }: HostServices): void {
  const ask = analysis.languageRequest.bind(analysis);
  const workspaceIndex = new WorkspaceSymbolIndex(analysis, log);
  const SYMBOL_KINDS = symbolKinds();
  const COMPLETION_KINDS = completionKinds();

  const completion: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position) {
      const entries = await ask(document, 'textDocument/completion', { offset: document.offsetAt(position) });
      return (entries ?? []).map((entry) => {
        const item = new vscode.CompletionItem(entry.label, COMPLETION_KINDS[entry.kind]);
        item.range = toRange(document, entry.range);
        item.insertText = entry.kind === 'snippet' ? new vscode.SnippetString(entry.insertText) : entry.insertText;
        if (entry.detail !== undefined) item.detail = entry.detail;
        if (entry.documentation !== undefined) item.documentation = new vscode.MarkdownString(entry.documentation);
        if (entry.filterText !== undefined) item.filterText = entry.filterText;
        if (entry.sortText !== undefined) item.sortText = entry.sortText;
        if (entry.preselect) item.preselect = true;
        // A key's value comes next: ask for its completions at once.
        if (entry.kind === 'key' && entry.insertText.endsWith(': ')) item.command = { title: '', command: 'editor.action.triggerSuggest' };
        return item;
      });
    },
  };

  const hover: vscode.HoverProvider = {
    async provideHover(document, position) {
      const result = await ask(document, 'textDocument/hover', { offset: document.offsetAt(position) });
      return result ? new vscode.Hover(new vscode.MarkdownString(result.markdown), toRange(document, result.range)) : undefined;
    },
  };

  const definition: vscode.DefinitionProvider = {
    async provideDefinition(document, position) {
      const found = await ask(document, 'textDocument/definition', { offset: document.offsetAt(position) });
      return (found ?? []).map((location): vscode.LocationLink => ({
        targetUri: document.uri,
        targetRange: toRange(document, location.entity ?? location.range),
        targetSelectionRange: toRange(document, location.range),
      }));
    },
  };

  const references: vscode.ReferenceProvider = {
    async provideReferences(document, position, { includeDeclaration }) {
      const found = await ask(document, 'textDocument/references', { offset: document.offsetAt(position), includeDeclaration });
      return (found ?? []).map((location) => new vscode.Location(document.uri, toRange(document, location.range)));
    },
  };

  const rename: vscode.RenameProvider = {
    async prepareRename(document, position) {
      const result = await ask(document, 'textDocument/prepareRename', { offset: document.offsetAt(position) });
      if (!result) return undefined;
      // VS Code shows a thrown error's message where the rename box would open.
      if ('refused' in result) throw new Error(result.refused);
      return { range: toRange(document, result.range), placeholder: result.placeholder };
    },
    async provideRenameEdits(document, position, newName) {
      const result = await ask(document, 'textDocument/rename', { offset: document.offsetAt(position), newName });
      if (!result) return undefined;
      if ('refused' in result) throw new Error(result.refused);
      return toEdit(document, result.edits);
    },
  };

  const symbols: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document) {
      const found = await ask(document, 'textDocument/documentSymbol', {});
      const convert = (symbol: DocumentSymbolEntry): vscode.DocumentSymbol => {
        const result = new vscode.DocumentSymbol(symbol.name || '·', symbol.detail ?? '', SYMBOL_KINDS[symbol.kind], toRange(document, symbol.range), toRange(document, symbol.selection));
        result.children = symbol.children.map(convert);
        return result;
      };
      return (found ?? []).map(convert);
    },
  };

  const workspaceSymbols: vscode.WorkspaceSymbolProvider = {
    async provideWorkspaceSymbols(query) {
      // Files never opened nor validated (validation off, or not finished yet) are read first.
      await workspaceIndex.ready();
      const found = await analysis.workspaceSymbols(query);
      return (found ?? []).map((symbol) => new vscode.SymbolInformation(
        symbol.name, SYMBOL_KINDS[symbol.kind], symbol.containerName ?? '',
        new vscode.Location(vscode.Uri.parse(symbol.file), new vscode.Range(symbol.start.line, symbol.start.character, symbol.end.line, symbol.end.character)),
      ));
    },
  };

  const codeActions: vscode.CodeActionProvider = {
    async provideCodeActions(document, range, { diagnostics }) {
      const found = await ask(document, 'textDocument/codeAction', { range: { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } });
      return (found ?? []).map((entry) => {
        const action = new vscode.CodeAction(entry.title, vscode.CodeActionKind.QuickFix);
        action.edit = toEdit(document, entry.edits);
        if (entry.isPreferred) action.isPreferred = true;
        const fixed = entry.diagnostic;
        if (fixed) {
          const shown = diagnostics.filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === fixed.code && document.offsetAt(d.range.start) === fixed.range.start);
          if (shown.length > 0) action.diagnostics = shown;
        }
        return action;
      });
    },
  };

  const lenses: vscode.CodeLensProvider = {
    async provideCodeLenses(document) {
      const found = await ask(document, 'textDocument/codeLens', {});
      return (found ?? []).map((lens) => new vscode.CodeLens(toRange(document, lens.range), { title: lens.title, command: lens.command, arguments: [document.uri, lens.journeyId] }));
    },
  };

  const selector = ENGAGEMENT_SELECTOR;
  context.subscriptions.push(
    workspaceIndex,
    vscode.languages.registerCompletionItemProvider(selector, completion, ':', ' ', '-', '[', ','),
    vscode.languages.registerHoverProvider(selector, hover),
    vscode.languages.registerDefinitionProvider(selector, definition),
    vscode.languages.registerReferenceProvider(selector, references),
    vscode.languages.registerRenameProvider(selector, rename),
    vscode.languages.registerDocumentSymbolProvider(selector, symbols),
    vscode.languages.registerWorkspaceSymbolProvider(workspaceSymbols),
    vscode.languages.registerCodeActionsProvider(selector, codeActions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerCodeLensProvider(selector, lenses),
  );
}
