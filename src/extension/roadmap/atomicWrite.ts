/**
 * Writes a file so readers never see half of it: a temporary file next to the target, then a
 * rename over it. Through `workspace.fs`, so it works for local and remote workspaces alike.
 */
import * as vscode from 'vscode';

export async function writeFileAtomically(target: vscode.Uri, content: string | Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(target, '..', `.${name}.${process.pid}.${Date.now().toString(36)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
