/**
 * Reads an engagement file the workspace scan found (not one open in an editor): `findFiles`
 * follows symbolic links, so a link named `x.engagement.yaml` could lead anywhere (`~/.env`,
 * `/proc/kmsg`). On disk (`file:`), the file is read as the CLI reads it: only inside its workspace
 * folder, opened non-blocking and checked to be a regular file, at most 10 MB + 1 bytes. Elsewhere
 * (remote file systems), `workspace.fs` says whether it is a file and its size before it is read.
 */
import * as vscode from 'vscode';
import { MAX_FILE_BYTES } from '../../core';
import { readRegularFile, realFolder } from '../../node/readRegularFile';

export type WorkspaceFileRead =
  | { kind: 'read'; bytes: Uint8Array }
  | { kind: 'too-large' }
  | { kind: 'skipped'; reason: string };

export async function readWorkspaceFile(uri: vscode.Uri): Promise<WorkspaceFileRead> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (uri.scheme === 'file') {
    const confinedTo = folder && folder.uri.scheme === 'file' ? realFolder(folder.uri.fsPath) : undefined;
    const read = readRegularFile(uri.fsPath, MAX_FILE_BYTES, confinedTo !== undefined ? { confinedTo } : {});
    switch (read.kind) {
      case 'read': return { kind: 'read', bytes: read.bytes };
      case 'too-large': return { kind: 'too-large' };
      case 'outside-folder': return { kind: 'skipped', reason: vscode.l10n.t('{0} is a link that leads outside the workspace folder: it is not validated.', uri.fsPath) };
      default: return { kind: 'skipped', reason: vscode.l10n.t('{0} is not a regular file that can be read ({1}): it is not validated.', uri.fsPath, read.kind === 'failed' ? read.code : read.kind) };
    }
  }
  const stat = await vscode.workspace.fs.stat(uri);
  if ((stat.type & vscode.FileType.SymbolicLink) !== 0 || (stat.type & vscode.FileType.File) === 0) {
    return { kind: 'skipped', reason: vscode.l10n.t('{0} is not a regular file that can be read ({1}): it is not validated.', uri.toString(), 'not-a-file') };
  }
  if (stat.size > MAX_FILE_BYTES) return { kind: 'too-large' };
  const bytes = await vscode.workspace.fs.readFile(uri);
  return bytes.length > MAX_FILE_BYTES ? { kind: 'too-large' } : { kind: 'read', bytes };
}
