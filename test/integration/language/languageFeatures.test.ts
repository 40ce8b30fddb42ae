// The language features inside a real VS Code: completion after `channel: `, go to definition and
// references, rename applied with the file still valid, the Outline, the continuity-break quick fix,
// the journey lenses; and, with validation off, no diagnostics from any feature.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, cxmDiagnostics, extensionId, newEngagement } from '../validation/engagementFiles';
import { waitFor } from '../validation/waitFor';

const ENGAGEMENT = `engagement:
  client: Négoce Dupont
  language: en
change:
  stage: contemplation
channels:
  - id: site
    name: Site web
    type: web
    visibility: high
    recognizesCustomer: true
  - id: phone
    name: Téléphone
    type: phone
segments:
  - id: pros
    digitalIntensity: multichannel
    prefers: [site, phone]
journeys:
  - id: reorder
    name: Réassort
    segment: pros
    stages:
      - name: Se renseigner
        steps:
          - channel: site
            action: Cherche la référence
          - channel: phone
            action: Appelle l'agence
            critical: true
`;

function positionOf(document: vscode.TextDocument, needle: string, shift = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} in the document`);
  return document.positionAt(offset + shift);
}

async function open(name: string, text = ENGAGEMENT): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(await newEngagement(name, text));
  await vscode.window.showTextDocument(document);
  return document;
}

describe('language features in VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension(extensionId)!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('completes the channel ids, with their names, after `channel: `', async () => {
    const document = await open('completion.engagement.yaml', ENGAGEMENT.replace('- channel: site', '- channel: '));
    const position = positionOf(document, '- channel: ', '- channel: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const ours = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference);
    assert.deepEqual(ours.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)), ['site', 'phone']);
    assert.equal(ours[0]!.detail, 'Site web');
  });

  it('goes to the definition (F12) and finds the references', async () => {
    const document = await open('navigation.engagement.yaml');
    const use = positionOf(document, 'channel: phone', 'channel: p'.length);
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, use);
    assert.equal(definitions.length, 1);
    const target = 'targetSelectionRange' in definitions[0]! ? definitions[0].targetSelectionRange! : (definitions[0] as vscode.Location).range;
    assert.deepEqual(target.start, positionOf(document, 'id: phone', 'id: '.length));
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, use);
    assert.equal(references.length, 3, 'the definition and both uses (VS Code includes the declaration)');
    assert.ok(references.every((location) => document.getText(location.range) === 'phone'));
  });

  it('renames an id everywhere, and the file stays valid', async () => {
    const document = await open('rename.engagement.yaml');
    const at = positionOf(document, 'id: site', 'id: s'.length);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, at, 'website');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = document.getText();
    assert.match(text, /- id: website\n/);
    assert.match(text, /prefers: \[website, phone\]/);
    assert.match(text, /- channel: website\n/);
    const api = vscode.extensions.getExtension<{ analyse(uri: vscode.Uri): Promise<{ ok: boolean; diagnostics: Array<{ code: string }> }> }>(extensionId)!.exports;
    const analysis = await api.analyse(document.uri);
    assert.equal(analysis.ok, true, JSON.stringify(analysis.diagnostics));
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, at, 'Not An Id')),
      /not a valid id/,
    );
  });

  it('gives the Outline: channels, segments, journeys › stages › steps', async () => {
    const document = await open('outline.engagement.yaml');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map((s) => s.name), ['engagement', 'change', 'channels', 'segments', 'journeys']);
    const journey = symbols.find((s) => s.name === 'journeys')!.children[0]!;
    assert.equal(journey.name, 'Réassort');
    assert.equal(journey.children[0]!.name, 'Se renseigner');
    assert.deepEqual(journey.children[0]!.children.map((step) => step.name), ['Cherche la référence', "Appelle l'agence"]);
  });

  it('applies the continuity-break quick fix: sharesHistory on the channel the customer arrives on', async () => {
    const document = await open('continuity.engagement.yaml');
    const [broken] = await cxmDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'continuity-break'), 'the continuity break')
      .then((ds) => ds.filter((d) => codeOf(d) === 'continuity-break'));
    const fix = await waitFor('the sharesHistory fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, broken!.range, vscode.CodeActionKind.QuickFix.value);
      return actions.find((action) => action.title.includes('sharesHistory'));
    });
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /- id: phone\n    sharesHistory: true\n/);
    await cxmDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'continuity-break'), 'the continuity break to be gone');
  });

  it('puts a lens above each journey that opens its map', async () => {
    const document = await open('lens.engagement.yaml');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0]!.command?.title, 'Open journey map · 1 break · 1 critical moment');
    assert.equal(lenses[0]!.command?.command, 'cxm.openJourneyMap');
    assert.equal(lenses[0]!.range.start.line, positionOf(document, '- id: reorder').line);
  });

  it('finds with Ctrl+T the journeys, channels and segments of a file never opened nor validated', async () => {
    // Validation off: no analysis of the file on disk, so only the workspace-symbol index can find it.
    const settings = vscode.workspace.getConfiguration('cxMaturity');
    await settings.update('validation.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const text = ENGAGEMENT.replace('name: Réassort', 'name: Zéphyr lointain').replace('name: Site web', 'name: Portail Quasar')
        .replace('  - id: pros\n', '  - id: pros\n    name: Orfèvres Nébuleuse\n');
      const uri = await newEngagement('never-opened.engagement.yaml', text);
      const find = (query: string, name: string) => waitFor(`${name} through vscode.executeWorkspaceSymbolProvider`, async () => {
        const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
        return symbols.find((symbol) => symbol.name === name && symbol.location.uri.toString() === uri.toString());
      });
      const journey = await find('zephyr', 'Zéphyr lointain');
      assert.equal(journey.kind, vscode.SymbolKind.Module);
      const lines = text.split('\n');
      assert.equal(journey.location.range.start.line, lines.findIndex((line) => line.includes('- id: reorder')));
      assert.equal((await find('quasar', 'Portail Quasar')).kind, vscode.SymbolKind.Interface);
      assert.equal((await find('nebuleuse', 'Orfèvres Nébuleuse')).kind, vscode.SymbolKind.Class);
      assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the file was never opened');
    } finally {
      await settings.update('validation.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      // Gone again, so the later suites see the workspace's problems as before.
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'validation-tests', 'never-opened.engagement.yaml')).then(undefined, () => undefined);
    }
  });

  it('publishes no diagnostics from any feature while validation is off', async () => {
    const settings = vscode.workspace.getConfiguration('cxMaturity');
    await settings.update('validation.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const document = await open('validation-off.engagement.yaml', ENGAGEMENT.replace('channel: phone', 'channel: phnoe'));
      const position = positionOf(document, 'channel: phnoe', 'channel: '.length);
      // Every feature that analyses: completion, hover, outline, lenses, quick fixes, the journey map.
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
      await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
      await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri);
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, new vscode.Range(position, position));
      await vscode.commands.executeCommand('cxm.openJourneyMap', document.uri);
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((builder) => builder.insert(position, 'x'));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'cxm'), []);
    } finally {
      await settings.update('validation.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
