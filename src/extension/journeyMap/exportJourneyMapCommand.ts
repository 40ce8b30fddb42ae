/**
 * "Export Journey Map…": the core's exporters (the same drawing as the panel and `cxm journey`)
 * written where the user chooses, never over an existing file without asking.
 */
import * as vscode from 'vscode';
import { exportJourneyChoices, exportJourneyMap, journeyIds, type JourneyExportFormat } from '../../core';
import type { HostServices } from '../hostServices';
import { exists, writeFileAtomically } from '../roadmap/atomicWrite';

const EXTENSIONS: Record<JourneyExportFormat, string> = { html: 'html', svg: 'svg', mermaid: 'md' };

export async function exportJourneyMapCommand(uri: vscode.Uri, services: HostServices, currentJourney: string | undefined): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const analysis = await services.analysis.analyse(document);
  if (!analysis.ok || !analysis.engagement) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The engagement has errors: fix them first (see the Problems panel).'));
    return;
  }
  const ids = journeyIds(analysis);
  if (ids.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This engagement has no journey to export yet.'));
    return;
  }
  const format = await vscode.window.showQuickPick([
    { label: vscode.l10n.t('HTML page'), description: vscode.l10n.t('standalone, prints on A4 landscape'), format: 'html' as const },
    { label: 'SVG', description: vscode.l10n.t('vector drawing'), format: 'svg' as const },
    { label: 'Mermaid', description: vscode.l10n.t('a journey block for Markdown (emotion + 3, channels as actors)'), format: 'mermaid' as const },
  ], { title: vscode.l10n.t('Export Journey Map'), placeHolder: vscode.l10n.t('Format') });
  if (!format) return;
  let journeyId: string | undefined = ids.length === 1 ? ids[0] : undefined;
  if (ids.length > 1) {
    const choices = exportJourneyChoices(analysis, currentJourney).map((choice) => ({
      label: choice.id === undefined ? vscode.l10n.t('All journeys') : choice.name,
      description: choice.id === undefined ? vscode.l10n.t('{0} journeys in one file', choice.count)
        : choice.onScreen ? vscode.l10n.t('on screen') : choice.state === 'target' ? vscode.l10n.t('target journey') : undefined,
      detail: choice.id,
      id: choice.id,
    }));
    // The first row is the journey on screen: Enter exports what the user is looking at.
    const picked = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Export Journey Map'), placeHolder: vscode.l10n.t('Which journey?') });
    if (!picked) return;
    journeyId = picked.id;
  }
  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1).replace(/\.engagement\.ya?ml$/i, '');
  const name = `${base}${journeyId !== undefined && ids.length > 1 ? `.${journeyId}` : ''}.journey.${EXTENSIONS[format.format]}`;
  const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(uri, '..', name), saveLabel: vscode.l10n.t('Export') });
  if (!target) return;
  if (await exists(target)) {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', vscode.workspace.asRelativePath(target)), { modal: true }, replace);
    if (answer !== replace) return;
  }
  const text = exportJourneyMap(analysis, { format: format.format, ...(journeyId !== undefined ? { journeyId } : {}) });
  await writeFileAtomically(target, text);
  services.log.info(`Journey map exported to ${target.toString()} (${format.format}, ${text.length} characters)`);
  const open = vscode.l10n.t('Open');
  if ((await vscode.window.showInformationMessage(vscode.l10n.t('Journey map exported to {0}.', vscode.workspace.asRelativePath(target)), open)) === open) {
    await vscode.commands.executeCommand('vscode.open', target);
  }
}
