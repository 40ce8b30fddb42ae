/**
 * "Export Journey Map…": the core's exporters (the same drawing as the panel and `cxm journey`)
 * written where the user chooses, never over an existing file without asking. The choices and the
 * document come from the analysis worker, from the version it holds (`journeyMap/exportChoices`,
 * `journeyMap/export`): the host never decodes the whole analysis nor draws on its own thread.
 * Tasks, keybindings and tests drive it without UI through its optional arguments, as "Generate Roadmap…".
 */
import * as vscode from 'vscode';
import type { JourneyExportFormat } from '../../core';
import type { HostServices } from '../hostServices';
import { exists, writeFileAtomically } from '../roadmap/atomicWrite';

const EXTENSIONS: Record<JourneyExportFormat, string> = { html: 'html', svg: 'svg', mermaid: 'md' };
const FORMATS = new Set<string>(Object.keys(EXTENSIONS));

export interface ExportJourneyMapOptions {
  format?: JourneyExportFormat;
  /** A journey's id, or `null` for every journey in one file; asked when absent and there are several. */
  journeyId?: string | null;
  /** Where to write; no save dialog when given. */
  output?: vscode.Uri;
  /** Replace an existing output without asking (only through this argument). */
  overwrite?: boolean;
}

export type ExportJourneyMapResult =
  | { status: 'written'; uri: vscode.Uri; characters: number }
  | { status: 'cancelled' }
  | { status: 'refused'; reason: 'errors' | 'no-journey' | 'unknown-journey' | 'exists' | 'changed' };

/** The options of a command argument, keeping only well-typed fields (a keybinding's args are anything). */
export function exportOptionsOf(argument: unknown): ExportJourneyMapOptions {
  if (typeof argument !== 'object' || argument === null) return {};
  const given = argument as Record<string, unknown>;
  const options: ExportJourneyMapOptions = {};
  if (typeof given.format === 'string' && FORMATS.has(given.format)) options.format = given.format as JourneyExportFormat;
  if (typeof given.journeyId === 'string' || given.journeyId === null) options.journeyId = given.journeyId;
  if (given.output instanceof vscode.Uri) options.output = given.output;
  if (given.overwrite === true) options.overwrite = true;
  return options;
}

export async function exportJourneyMapCommand(uri: vscode.Uri, services: HostServices, currentJourney: string | undefined, options: ExportJourneyMapOptions = {}): Promise<ExportJourneyMapResult> {
  const document = await vscode.workspace.openTextDocument(uri);
  const offered = await services.analysis.languageRequest(document, 'journeyMap/exportChoices', currentJourney !== undefined ? { onScreen: currentJourney } : {});
  // Null: the file changed while it was analysed; the user asks again on the new version.
  if (!offered) return { status: 'refused', reason: 'changed' };
  if (!offered.exportable) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The engagement has errors: fix them first (see the Problems panel).'));
    return { status: 'refused', reason: 'errors' };
  }
  const ids = offered.choices.flatMap((choice) => (choice.id !== undefined ? [choice.id] : []));
  if (ids.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This engagement has no journey to export yet.'));
    return { status: 'refused', reason: 'no-journey' };
  }
  const format = options.format ?? (await vscode.window.showQuickPick([
    { label: vscode.l10n.t('HTML page'), description: vscode.l10n.t('standalone, prints on A4 landscape'), format: 'html' as const },
    { label: 'SVG', description: vscode.l10n.t('vector drawing'), format: 'svg' as const },
    { label: 'Mermaid', description: vscode.l10n.t('a journey block for Markdown (emotion + 3, channels as actors)'), format: 'mermaid' as const },
  ], { title: vscode.l10n.t('Export Journey Map'), placeHolder: vscode.l10n.t('Format') }))?.format;
  if (!format) return { status: 'cancelled' };

  let journeyId: string | undefined = ids.length === 1 ? ids[0] : undefined;
  if (options.journeyId !== undefined) {
    if (options.journeyId !== null && !ids.includes(options.journeyId)) return { status: 'refused', reason: 'unknown-journey' };
    journeyId = options.journeyId ?? undefined;
  } else if (ids.length > 1) {
    const choices = offered.choices.map((choice) => ({
      label: choice.id === undefined ? vscode.l10n.t('All journeys') : choice.name,
      description: choice.id === undefined ? vscode.l10n.t('{0} journeys in one file', choice.count)
        : choice.onScreen ? vscode.l10n.t('on screen') : choice.state === 'target' ? vscode.l10n.t('target journey') : undefined,
      detail: choice.id,
      id: choice.id,
    }));
    // The first row is the journey on screen: Enter exports what the user is looking at.
    const picked = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Export Journey Map'), placeHolder: vscode.l10n.t('Which journey?') });
    if (!picked) return { status: 'cancelled' };
    journeyId = picked.id;
  }

  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1).replace(/\.engagement\.ya?ml$/i, '');
  const name = `${base}${journeyId !== undefined && ids.length > 1 ? `.${journeyId}` : ''}.journey.${EXTENSIONS[format]}`;
  const target = options.output ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(uri, '..', name), saveLabel: vscode.l10n.t('Export') }));
  if (!target) return { status: 'cancelled' };
  if (await exists(target)) {
    if (options.output && options.overwrite !== true) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists: it was kept.', vscode.workspace.asRelativePath(target)));
      return { status: 'refused', reason: 'exists' };
    }
    if (!options.output) {
      const replace = vscode.l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', vscode.workspace.asRelativePath(target)), { modal: true }, replace);
      if (answer !== replace) return { status: 'cancelled' };
    }
  }
  const text = await services.analysis.languageRequest(document, 'journeyMap/export', { format, ...(journeyId !== undefined ? { journeyId } : {}) });
  if (text === null) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The engagement changed while exporting: export again.'));
    return { status: 'refused', reason: 'changed' };
  }
  await writeFileAtomically(target, text);
  services.log.info(`Journey map exported to ${target.toString()} (${format}, ${text.length} characters)`);
  if (!options.output) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Journey map exported to {0}.', vscode.workspace.asRelativePath(target)), open).then(async (answer) => {
      if (answer === open) await vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return { status: 'written', uri: target, characters: text.length };
}
