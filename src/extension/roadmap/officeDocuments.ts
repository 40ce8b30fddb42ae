/**
 * Word and PowerPoint from "Generate Roadmap…": the Office renderer (dist/officeRenderer.js) is
 * loaded on first use only, so activation and the extension bundle stay as they were. The firm's
 * reference files come from settings that VS Code honours only in a trusted workspace
 * (`restrictedConfigurations`), and are read here only when the workspace is trusted.
 */
import * as vscode from 'vscode';
import type { EngagementAnalysis, OfficeFormat, OfficeRenderResult } from '../../core';
import { officeRenderer } from '../../officeRenderer/lazyOfficeRenderer';

const SETTING: Record<OfficeFormat, string> = { docx: 'office.wordReference', pptx: 'office.powerPointReference' };
const MAX_REFERENCE_BYTES = 20 * 1024 * 1024;

export async function renderOfficeInExtension(analysis: EngagementAnalysis, format: OfficeFormat, engagement: vscode.Uri, log: vscode.LogOutputChannel): Promise<OfficeRenderResult> {
  const reference = await referenceFile(format, engagement);
  if (reference && !reference.ok) return reference;
  if (reference) log.info(`Roadmap: ${format} with the reference file ${reference.uri.toString(true)}`);
  return officeRenderer().renderOffice(analysis, format, reference?.bytes);
}

type ReferenceRead = { ok: true; uri: vscode.Uri; bytes: Uint8Array } | { ok: false; message: string };

/** The reference named by the setting, relative to the engagement's workspace folder; none in Restricted Mode. */
async function referenceFile(format: OfficeFormat, engagement: vscode.Uri): Promise<ReferenceRead | undefined> {
  if (!vscode.workspace.isTrusted) return undefined;
  const setting = vscode.workspace.getConfiguration('cxMaturity', engagement).get<string>(SETTING[format], '').trim();
  if (setting === '') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(engagement)?.uri;
  const uri = /^([a-z]:[\\/]|\/)/i.test(setting) ? vscode.Uri.file(setting) : folder ? vscode.Uri.joinPath(folder, ...setting.split(/[\\/]+/)) : undefined;
  if (!uri) return { ok: false, message: vscode.l10n.t('The reference file {0} is relative, but the engagement is in no workspace folder.', setting) };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_REFERENCE_BYTES) return { ok: false, message: vscode.l10n.t('The reference file {0} is larger than 20 MB.', setting) };
    return { ok: true, uri, bytes: await vscode.workspace.fs.readFile(uri) };
  } catch {
    return { ok: false, message: vscode.l10n.t('The reference file {0} cannot be read (setting cxMaturity.{1}).', setting, SETTING[format]) };
  }
}

/** A Word or PowerPoint file opens in the system's application, when the user asks. */
export async function offerToOpenOffice(output: vscode.Uri, format: OfficeFormat): Promise<void> {
  const open = format === 'docx' ? vscode.l10n.t('Open in Word') : vscode.l10n.t('Open in PowerPoint');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Roadmap written to {0}.', vscode.workspace.asRelativePath(output)), open, reveal);
  if (answer === open) await vscode.env.openExternal(output);
  else if (answer === reveal) await vscode.commands.executeCommand('revealInExplorer', output);
}
