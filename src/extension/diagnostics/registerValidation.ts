/**
 * Validation as the user types: diagnostics on open, on change (debounced), on save, cleared on
 * close; every engagement file in the workspace validated once activation has returned, and again
 * when it changes on disk while not open.
 */
import * as vscode from 'vscode';
import type { HostServices } from '../hostServices';
import { decodeEngagementBytes } from '../../node/decodeEngagementBytes';
import { fileDiagnostic } from '../../core';
import { displayLanguage, ENGAGEMENT_GLOB, ENGAGEMENT_SELECTOR, isEngagementDocument, isEngagementUri } from '../analysis/engagementDocuments';
import { readWorkspaceFile } from './readWorkspaceFile';
import { QuickFixProvider } from './quickFixProvider';
import { ruleDocTarget } from '../ruleDocs/ruleDocLink';
import { toVscodeDiagnostic } from './toVscodeDiagnostic';

export const EXCLUDED_FOLDERS = '**/{node_modules,.*}/**';

export interface ValidationSummary { files: number; errors: number; warnings: number; infos: number }

export function registerValidation(context: vscode.ExtensionContext, services: HostServices): void {
  const { analysis, log } = services;
  const collection = vscode.languages.createDiagnosticCollection('cxm');
  const rulesPage = vscode.Uri.joinPath(services.extensionUri, 'docs', 'rules.md');
  const enabled = () => vscode.workspace.getConfiguration('cxMaturity').get<boolean>('validation.enabled', true);

  const openDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

  const validateNow = (document: vscode.TextDocument) => {
    if (!enabled() || !isEngagementDocument(document)) return;
    void analysis.analyseDocument(document);
  };
  const validateSoon = (document: vscode.TextDocument) => {
    if (!enabled() || !isEngagementDocument(document)) return;
    analysis.analyseSoon(document);
  };
  const validateFile = async (uri: vscode.Uri) => {
    if (!enabled() || openDocument(uri)) return;
    try {
      const read = await readWorkspaceFile(uri);
      // Opened while it was being read: the editor's text is the one shown, never the disk's.
      if (openDocument(uri)) return;
      if (read.kind === 'skipped') {
        log.info(read.reason);
        return;
      }
      if (read.kind === 'too-large') {
        collection.set(uri, [toVscodeDiagnostic(fileDiagnostic('file-too-large', vscode.workspace.asRelativePath(uri), displayLanguage()), rulesPage, undefined)]);
        return;
      }
      await analysis.analyseText(uri, decodeEngagementBytes(read.bytes), -1, read.bytes.length);
    } catch (error) {
      log.warn(`Could not read ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const validateWorkspace = async () => {
    const files = await vscode.workspace.findFiles(ENGAGEMENT_GLOB, EXCLUDED_FOLDERS);
    log.info(`Validating ${files.length} engagement file(s) in the workspace`);
    for (const file of files) await validateFile(file);
    for (const document of vscode.workspace.textDocuments) validateNow(document);
    return files;
  };
  /** "Validate All Engagements": validates, then says what it found and opens the Problems panel. */
  const validateAllCommand = async (): Promise<ValidationSummary> => {
    const files = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Validating the engagements…') }, () => validateWorkspace());
    const summary: ValidationSummary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
    for (const file of files) {
      const open = openDocument(file);
      const result = open && enabled() ? await analysis.analyseDocument(open) : analysis.latest(file);
      for (const diagnostic of result?.diagnostics ?? []) {
        if (diagnostic.severity === 'error') summary.errors++;
        else if (diagnostic.severity === 'warning') summary.warnings++;
        else summary.infos++;
      }
    }
    log.info(`Validated ${summary.files} file(s): ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info(s)`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const text = vscode.l10n.t('Validated {0} engagement file(s): {1} error(s), {2} warning(s).', summary.files, summary.errors, summary.warnings);
    if (summary.errors > 0) void vscode.window.showWarningMessage(text);
    else void vscode.window.showInformationMessage(text);
    return summary;
  };

  const watcher = vscode.workspace.createFileSystemWatcher(ENGAGEMENT_GLOB);
  context.subscriptions.push(
    collection,
    watcher,
    analysis.onDidAnalyse(({ uri, version, diagnostics, summary }) => {
      // Every view analyses (the map, the lenses, the outline): only this setting decides what is shown.
      if (!enabled()) return;
      const document = openDocument(uri);
      // An open document is shown as its editor holds it: never a result for another version or the disk text.
      if (document && document.version !== version) return;
      const ruleLink = (code: string) => ruleDocTarget(code, summary.language);
      collection.set(uri, diagnostics.map((d) => toVscodeDiagnostic(d, rulesPage, document, ruleLink)));
    }),
    vscode.workspace.onDidOpenTextDocument(validateNow),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) validateSoon(event.document);
    }),
    vscode.workspace.onDidSaveTextDocument(validateNow),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (!isEngagementDocument(document)) return;
      collection.delete(document.uri);
      analysis.forget(document.uri);
    }),
    watcher.onDidCreate((uri) => void validateFile(uri)),
    watcher.onDidChange((uri) => void validateFile(uri)),
    watcher.onDidDelete((uri) => {
      if (!isEngagementUri(uri)) return;
      collection.delete(uri);
      analysis.forget(uri);
      // Its symbols go too (Ctrl+T answers from the outline of every file parsed).
      void analysis.indexOutline(uri).catch(() => undefined);
    }),
    vscode.languages.registerCodeActionsProvider(ENGAGEMENT_SELECTOR, new QuickFixProvider(analysis), QuickFixProvider.metadata),
    vscode.commands.registerCommand('cxm.validateWorkspace', () => validateAllCommand()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('cxMaturity.validation.enabled')) return;
      if (enabled()) void validateWorkspace();
      else collection.clear();
    }),
  );

  // After activate() has returned: activation stays fast however large the workspace.
  setTimeout(() => void validateWorkspace(), 0);
}
