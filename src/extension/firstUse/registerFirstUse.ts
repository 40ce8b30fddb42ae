/**
 * The first-use path: "New Engagement…" (client, language, change stage -> a valid commented
 * skeleton, opened beside its journey map) and "Open an Example Engagement" (the bundled example,
 * copied into the workspace so it can be edited). The walkthrough's steps tick on these commands.
 */
import * as vscode from 'vscode';
import { CHANGE_STAGES, engagementSkeleton, skeletonFileName, type ChangeStage, type Language } from '../../core';
import type { HostServices } from '../hostServices';
import { exists, writeFileAtomically } from '../roadmap/atomicWrite';

export interface NewEngagementOptions {
  client?: string;
  language?: Language;
  stage?: ChangeStage;
  /** Where to create the file (tests); else the first workspace folder, else a save dialog. */
  folder?: vscode.Uri;
}

const EXAMPLE = 'negoce-pme.engagement.yaml';

export function registerFirstUse(context: vscode.ExtensionContext, services: HostServices): void {
  let validatedShown = false;
  context.subscriptions.push(
    vscode.commands.registerCommand('cxm.newEngagement', (options?: NewEngagementOptions) =>
      newEngagement(services, options ?? {}).catch((error: unknown) => failed(services, error))),
    vscode.commands.registerCommand('cxm.openExample', () => openExample(services).catch((error: unknown) => failed(services, error))),
    // The walkthrough's "validate" step ticks when an engagement open in an editor has been validated.
    services.analysis.onDidAnalyse(({ uri }) => {
      if (validatedShown || !vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return;
      validatedShown = true;
      void vscode.commands.executeCommand('setContext', 'cxm.engagementValidated', true);
    }),
  );
}

function failed(services: HostServices, error: unknown): undefined {
  const message = error instanceof Error ? error.message : String(error);
  services.log.error(`First use: ${message}`);
  void vscode.window.showErrorMessage(message);
  return undefined;
}

function stageLabels(): Record<ChangeStage, { label: string; detail: string }> {
  return {
    precontemplation: { label: vscode.l10n.t('Precontemplation'), detail: vscode.l10n.t('Denial: "our customers are not ready"') },
    contemplation: { label: vscode.l10n.t('Contemplation'), detail: vscode.l10n.t('Aware, but urgent matters come first') },
    preparation: { label: vscode.l10n.t('Preparation'), detail: vscode.l10n.t('Committed, planning the change') },
    action: { label: vscode.l10n.t('Action'), detail: vscode.l10n.t('Implementing the change') },
    maintenance: { label: vscode.l10n.t('Maintenance'), detail: vscode.l10n.t('Sustaining the change, preventing relapse') },
  };
}

async function newEngagement(services: HostServices, options: NewEngagementOptions): Promise<vscode.Uri | undefined> {
  const title = vscode.l10n.t('New Engagement');
  const client = options.client ?? await vscode.window.showInputBox({
    title: `${title} (1/3)`,
    prompt: vscode.l10n.t('The client company'),
    placeHolder: vscode.l10n.t('e.g. Acme Distribution'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Enter the client\'s name.') : undefined),
  });
  if (client === undefined || client.trim() === '') return undefined;
  const language = options.language ?? (await vscode.window.showQuickPick([
    { label: 'Français', description: 'fr', language: 'fr' as const, picked: vscode.env.language.startsWith('fr') },
    { label: 'English', description: 'en', language: 'en' as const },
  ].sort((a, b) => Number(b.picked === true) - Number(a.picked === true)), {
    title: `${title} (2/3)`, placeHolder: vscode.l10n.t('Language of the engagement, its documents and its diagnostics'), ignoreFocusOut: true,
  }))?.language;
  if (!language) return undefined;
  const labels = stageLabels();
  const stage = options.stage ?? (await vscode.window.showQuickPick(CHANGE_STAGES.map((id) => ({ ...labels[id], description: id, id })), {
    title: `${title} (3/3)`, placeHolder: vscode.l10n.t('Where does the client organisation stand on change?'), ignoreFocusOut: true,
  }))?.id;
  if (!stage) return undefined;

  const target = await freeTarget(options.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri, skeletonFileName(client));
  if (!target) return undefined;
  const today = new Date().toISOString().slice(0, 10);
  await writeFileAtomically(target, engagementSkeleton({ client, language, stage, date: today }));
  services.log.info(`New engagement written to ${target.toString(true)}`);
  await openBesideItsMap(target);
  return target;
}

/** The file name in the folder, made unique (`-2`, `-3`…): an existing file is never replaced. */
async function freeTarget(folder: vscode.Uri | undefined, name: string): Promise<vscode.Uri | undefined> {
  if (!folder) {
    return vscode.window.showSaveDialog({ title: vscode.l10n.t('New Engagement'), defaultUri: vscode.Uri.file(name), filters: { YAML: ['yaml', 'yml'] } });
  }
  const stem = name.replace(/\.engagement\.yaml$/, '');
  for (let n = 1; n < 1000; n++) {
    const candidate = vscode.Uri.joinPath(folder, n === 1 ? name : `${stem}-${n}.engagement.yaml`);
    if (!(await exists(candidate))) return candidate;
  }
  return undefined;
}

async function openBesideItsMap(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
  await vscode.commands.executeCommand('cxm.openJourneyMap', uri);
}

/** The bundled example, copied into the workspace (kept if already there), opened beside its map. */
async function openExample(services: HostServices): Promise<vscode.Uri> {
  const bundled = vscode.Uri.joinPath(services.extensionUri, 'examples', EXAMPLE);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let uri = bundled;
  if (folder) {
    const copy = vscode.Uri.joinPath(folder, EXAMPLE);
    const inExamples = vscode.Uri.joinPath(folder, 'examples', EXAMPLE);
    if (await exists(inExamples)) uri = inExamples;
    else {
      if (!(await exists(copy))) await vscode.workspace.fs.copy(bundled, copy, { overwrite: false });
      uri = copy;
    }
  }
  await openBesideItsMap(uri);
  return uri;
}
