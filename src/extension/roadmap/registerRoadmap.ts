/**
 * "Generate Roadmap…" and "Show Maturity". The document comes from the core (renderRoadmap, the
 * same as `cxm roadmap`); this module only picks, asks, writes and opens. Tests drive the command
 * without UI through its optional arguments.
 */
import * as vscode from 'vscode';
import { ENGAGEMENT_GLOB, isEngagementUri } from '../analysis/engagementDocuments';
import type { HostServices } from '../hostServices';
import { exists, writeFileAtomically } from './atomicWrite';
import { renderRoadmapBounded } from './boundedTemplateRenderer';
import { showRoadmapPreview } from './roadmapPreview';
import { registerMaturityView } from './maturityView';
import { offerToOpenOffice, renderOfficeInExtension } from './officeDocuments';
import { BUILTIN_CHOICES, customChoices, isOfficeChoice, loadTemplate, templatesFolderOf, type TemplateChoice } from './roadmapTemplateChoices';

export interface GenerateRoadmapOptions {
  /** `markdown`, `html`, `docx`, `pptx`, or the file name of a custom template in the templates folder. */
  template?: string;
  /** Where to write; no save dialog when given. */
  output?: vscode.Uri;
  /** Replace an existing output without asking (only through this argument). */
  overwrite?: boolean;
}

export type GenerateRoadmapResult =
  | { status: 'written'; uri: vscode.Uri }
  | { status: 'cancelled' }
  | { status: 'refused'; reason: 'untrusted' | 'exists' | 'errors' | 'unknown-template' }
  | { status: 'failed'; message: string };

export function registerRoadmap(context: vscode.ExtensionContext, services: HostServices): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('cxm.generateRoadmap', (target?: vscode.Uri, options?: GenerateRoadmapOptions) =>
      generateRoadmap(services, target, options ?? {})),
  );
  registerMaturityView(context, services);
}

async function generateRoadmap(services: HostServices, target: vscode.Uri | undefined, options: GenerateRoadmapOptions): Promise<GenerateRoadmapResult> {
  const engagementUri = await engagementToUse(target);
  if (!engagementUri) return { status: 'cancelled' };
  const analysis = await services.analysis.analyse(await vscode.workspace.openTextDocument(engagementUri));
  if (!analysis.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The engagement has errors: fix them first (see the Problems panel).'));
    return { status: 'refused', reason: 'errors' };
  }

  const choice = await templateToUse(engagementUri, options.template);
  if (!choice || 'refused' in choice) return choice ? { status: 'refused', reason: choice.refused } : { status: 'cancelled' };

  const output = options.output ?? (await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(engagementUri, '..', `${baseName(engagementUri)}.roadmap.${choice.extension}`),
    saveLabel: vscode.l10n.t('Generate Roadmap'),
    title: vscode.l10n.t('Where to write the roadmap'),
  }));
  if (!output) return { status: 'cancelled' };
  if (!(await mayWrite(output, options))) return options.output ? { status: 'refused', reason: 'exists' } : { status: 'cancelled' };

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Generating the roadmap…') },
    async () => {
      if (isOfficeChoice(choice)) {
        const office = await renderOfficeInExtension(analysis, choice.builtin, engagementUri, services.log);
        if (office.ok) await writeFileAtomically(output, office.bytes);
        return office;
      }
      const rendered = await renderRoadmapBounded(analysis, await loadTemplate(choice));
      if (rendered.ok) await writeFileAtomically(output, rendered.text);
      return rendered;
    },
  ).then(undefined, (error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }));

  if (!result.ok) {
    services.log.error(`Roadmap: ${result.message}`);
    void reportTemplateError(choice, result);
    return { status: 'failed', message: result.message };
  }
  services.log.info(`Roadmap written to ${output.toString(true)}`);
  await openResult(output, choice);
  return { status: 'written', uri: output };
}

async function engagementToUse(target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && isEngagementUri(active)) return active;
  const files = await vscode.workspace.findFiles(ENGAGEMENT_GLOB, '**/node_modules/**', 200);
  if (files.length <= 1) return files[0];
  const picked = await vscode.window.showQuickPick(
    files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })).sort((a, b) => a.label.localeCompare(b.label)),
    { placeHolder: vscode.l10n.t('Which engagement?') },
  );
  return picked?.uri;
}

type TemplatePick = TemplateChoice | { refused: 'untrusted' | 'unknown-template' };

async function templateToUse(engagement: vscode.Uri, wanted: string | undefined): Promise<TemplatePick | undefined> {
  const restrictedMessage = vscode.l10n.t('Restricted Mode: only the built-in templates are offered. Trust this workspace to use custom templates from {0}.', templatesFolderLabel(engagement));
  if (wanted !== undefined) {
    const builtin = BUILTIN_CHOICES.find((c) => c.builtin === wanted);
    if (builtin) return builtin;
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(restrictedMessage);
      return { refused: 'untrusted' };
    }
    return (await customChoices(engagement)).find((c) => c.label === wanted) ?? { refused: 'unknown-template' };
  }
  const custom = await customChoices(engagement);
  type Item = vscode.QuickPickItem & { choice?: TemplateChoice };
  const items: Item[] = [
    { label: vscode.l10n.t('Built-in'), kind: vscode.QuickPickItemKind.Separator },
    ...BUILTIN_CHOICES.map((choice) => ({ label: choice.label, description: vscode.l10n.t('built-in template'), choice })),
  ];
  if (custom.length > 0) {
    items.push({ label: templatesFolderLabel(engagement), kind: vscode.QuickPickItemKind.Separator });
    items.push(...custom.map((choice) => ({ label: choice.label, description: vscode.l10n.t('custom template'), choice })));
  }
  if (!vscode.workspace.isTrusted) void vscode.window.showInformationMessage(restrictedMessage);
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.workspace.isTrusted ? vscode.l10n.t('Roadmap template') : restrictedMessage,
  });
  return picked?.choice;
}

async function mayWrite(output: vscode.Uri, options: GenerateRoadmapOptions): Promise<boolean> {
  if (!(await exists(output))) return true;
  if (options.output) {
    if (options.overwrite === true) return true;
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists: it was kept.', vscode.workspace.asRelativePath(output)));
    return false;
  }
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} already exists. Replace it?', vscode.workspace.asRelativePath(output)), { modal: true }, replace);
  return answer === replace;
}

async function reportTemplateError(choice: TemplateChoice, error: { message: string; line?: number; column?: number }): Promise<void> {
  const open = vscode.l10n.t('Open Template');
  const answer = await vscode.window.showErrorMessage(
    vscode.l10n.t('The roadmap could not be generated: {0}', error.message), ...(choice.file && error.line ? [open] : []));
  if (answer === open && choice.file && error.line) {
    const position = new vscode.Position(error.line - 1, Math.max(0, (error.column ?? 1) - 1));
    await vscode.window.showTextDocument(choice.file, { selection: new vscode.Range(position, position) });
  }
}

async function openResult(output: vscode.Uri, choice: TemplateChoice): Promise<void> {
  // Not awaited: the offer stays in a notification while the command returns.
  if (isOfficeChoice(choice)) return void offerToOpenOffice(output, choice.builtin);
  if (choice.extension === 'md') await vscode.commands.executeCommand('markdown.showPreview', output);
  else if (choice.extension === 'html') await showRoadmapPreview(output);
  else await vscode.window.showTextDocument(output, { preview: false });
}

function templatesFolderLabel(engagement: vscode.Uri): string {
  const folder = templatesFolderOf(engagement);
  return folder ? vscode.workspace.asRelativePath(folder) : '.cxm/templates';
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1).replace(/\.engagement\.ya?ml$/i, '');
}
