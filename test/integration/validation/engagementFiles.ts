/** Finding and creating engagement files in the test workspace (a fresh copy made by the launcher). */
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

export const extensionId = 'cx-maturity.cx-maturity-toolkit';

export async function exampleUri(name: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`examples/**/${name}`);
  if (!uri) throw new Error(`${name} is not in the test workspace`);
  return uri;
}

export async function newEngagement(name: string, text: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the tests need a workspace folder');
  const uri = vscode.Uri.joinPath(folder, 'validation-tests', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The cxm diagnostics of `uri` once `accept` holds for them. */
export function cxmDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cxm');
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

export const CONTRACT_EXAMPLE = `engagement:
  client: Acme Distribution
  language: en
change:
  stage: contemplation
channels:
  - id: site
    type: web
    capabilities: [inform]
    visibility: low
  - id: phone
    type: phone
    capabilities: [inform, advise, order, support]
    recognizesCustomer: true
segments:
  - id: artisans
    share: 45
    digitalIntensity: multichannel
    expects: [order]
    prefers: [site, phnoe]
journeys:
  - id: reorder
    segment: artisans
    stages:
      - name: Find
        steps:
          - channel: site
            action: Looks up the reference online
            emotion: -1
          - channel: phone
            action: Calls the branch
            critical: true
`;
