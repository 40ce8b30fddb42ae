/** Shared by the trusted and Restricted-Mode roadmap suites: a fresh engagement in the workspace. */
import * as vscode from 'vscode';

export const extensionId = 'cx-maturity.cx-maturity-toolkit';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed`);
  await extension.activate();
  return extension;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return folder.uri;
}

/** Copies the contract's example (a unit-test fixture of the repository) into `roadmap-<suite>/`. */
export async function engagementInWorkspace(extension: vscode.Extension<unknown>, suite: string): Promise<vscode.Uri> {
  const source = vscode.Uri.joinPath(extension.extensionUri, 'test', 'unit', 'roadmap', 'fixtures', 'acme.fr.engagement.yaml');
  const target = vscode.Uri.joinPath(workspaceFolder(), `roadmap-${suite}`, 'acme.engagement.yaml');
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
  return target;
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
