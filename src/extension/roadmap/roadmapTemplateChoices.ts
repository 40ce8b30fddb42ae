/**
 * The templates a user may pick: the built-ins always; custom `*.hbs` files from the workspace
 * folder named by `cxMaturity.templatesFolder` only in a trusted workspace, since a template is
 * code the user did not necessarily write.
 */
import * as vscode from 'vscode';
import { MAX_FILE_BYTES, type OfficeFormat, type RoadmapTemplate } from '../../core';
import { decodeUtf8Strictly } from '../../node/decodeEngagementBytes';
import { readRegularFile } from '../../node/readRegularFile';

export interface TemplateChoice {
  label: string;
  /** The built-in's name, or the custom template's file. */
  builtin?: 'markdown' | 'html' | OfficeFormat;
  file?: vscode.Uri;
  /** The output file's extension: the built-in's, or what precedes `.hbs` (`report.html.hbs` -> html). */
  extension: string;
}

export const BUILTIN_CHOICES: TemplateChoice[] = [
  { label: 'Markdown', builtin: 'markdown', extension: 'md' },
  { label: 'HTML', builtin: 'html', extension: 'html' },
  { label: 'Word', builtin: 'docx', extension: 'docx' },
  { label: 'PowerPoint', builtin: 'pptx', extension: 'pptx' },
];

export const isOfficeChoice = (choice: TemplateChoice): choice is TemplateChoice & { builtin: OfficeFormat } =>
  choice.builtin === 'docx' || choice.builtin === 'pptx';

export function templatesFolderOf(engagement: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(engagement);
  if (!folder) return undefined;
  const setting = vscode.workspace.getConfiguration('cxMaturity', engagement).get<string>('templatesFolder', '.cxm/templates').trim() || '.cxm/templates';
  return vscode.Uri.joinPath(folder.uri, ...setting.split(/[\\/]+/).filter((part) => part && part !== '..'));
}

/** Custom templates of the workspace, sorted by name; none in Restricted Mode. */
export async function customChoices(engagement: vscode.Uri): Promise<TemplateChoice[]> {
  const folder = templatesFolderOf(engagement);
  if (!vscode.workspace.isTrusted || !folder) return [];
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.toLowerCase().endsWith('.hbs'))
    .map(([name]) => name)
    .sort()
    .map((name) => ({ label: name, file: vscode.Uri.joinPath(folder, name), extension: /\.([a-z0-9]+)\.hbs$/i.exec(name)?.[1]?.toLowerCase() ?? 'txt' }));
}

export async function loadTemplate(choice: TemplateChoice): Promise<RoadmapTemplate> {
  if (choice.builtin === 'markdown' || choice.builtin === 'html') return { kind: 'builtin', name: choice.builtin };
  // A template is code from the workspace: at most 10 MB, and exactly UTF-8 (never garbled silently).
  const decoded = decodeUtf8Strictly(await templateBytes(choice.file!, choice.label));
  if (!decoded.ok) throw new Error(vscode.l10n.t('The template {0} is not UTF-8 (line {1}, column {2}): save it as UTF-8.', choice.label, decoded.line, decoded.column));
  return { kind: 'custom', name: choice.label, source: decoded.text };
}

/**
 * On disk, read as an engagement is (readRegularFile): a file swapped for a FIFO or a link to a
 * device after the folder was listed is refused, never waited on nor read without end; at most
 * 10 MB + 1 bytes are read. Elsewhere (remote file systems), `workspace.fs` gives the size first.
 */
async function templateBytes(file: vscode.Uri, label: string): Promise<Uint8Array> {
  const tooLarge = () => new Error(vscode.l10n.t('The template {0} is larger than 10 MB.', label));
  if (file.scheme === 'file') {
    const read = readRegularFile(file.fsPath, MAX_FILE_BYTES);
    if (read.kind === 'read') return read.bytes;
    if (read.kind === 'too-large') throw tooLarge();
    throw new Error(vscode.l10n.t('The template {0} is not a regular file that can be read ({1}).', label, read.kind === 'failed' ? read.code : read.kind));
  }
  const stat = await vscode.workspace.fs.stat(file);
  if (stat.size > MAX_FILE_BYTES) throw tooLarge();
  const bytes = await vscode.workspace.fs.readFile(file);
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
  return bytes;
}
