import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, readText, workspaceFolder, writeText } from './roadmapSupport';

interface PanelState {
  uri: string;
  journeyId?: string;
  visible: boolean;
  viewColumn?: vscode.ViewColumn;
  rendered?: { version: number; journeyId: string; cards: number };
  /** The views the panel received from the analysis worker (`journeyMap/view`). */
  models: { received: number; version: number };
  /** Models the extension host has decoded since activation, by every view. */
  decodedModels: number;
}

const ENGAGEMENT = `engagement:
  client: Acme Distribution
  language: fr
change:
  stage: contemplation
channels:
  - id: branch
    name: Agences
    type: store
  - id: site
    type: web
  - id: phone
    type: phone
segments:
  - id: artisans
    share: 45
    digitalIntensity: multichannel
journeys:
  - id: reorder
    name: Réassort
    segment: artisans
    stages:
      - name: Se renseigner
        steps:
          - id: search
            channel: site
            action: Cherche la référence
            emotion: -1
          - channel: phone
            action: Appelle l'agence
            critical: true
      - name: Commander
        steps:
          - channel: branch
            action: Passe en agence
            capability: order
  - id: second
    segment: artisans
    stages:
      - name: Suivre
        steps:
          - channel: site
            action: Suit la commande
`;

const state = () => vscode.commands.executeCommand<PanelState[]>('cxm.test.journeyMap', { action: 'state' });

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Journey map panel in a real VS Code', () => {
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;

  before(async () => {
    await activateExtension();
    uri = vscode.Uri.joinPath(workspaceFolder(), 'journey-map', 'acme.engagement.yaml');
    await writeText(uri, ENGAGEMENT);
    editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const panelOf = async () => (await state()).find((panel) => panel.uri === uri.toString());

  it('opens one panel for the document, beside the editor, and the webview draws the model it receives', async () => {
    await vscode.commands.executeCommand('cxm.openJourneyMap', uri);
    const panel = await until('the first drawing', async () => ((await panelOf())?.rendered ? panelOf() : undefined));
    assert.equal(panel!.rendered!.journeyId, 'reorder');
    assert.equal(panel!.rendered!.cards, 3);
    assert.notEqual(panel!.viewColumn, editor.viewColumn, 'beside the editor');
    await vscode.commands.executeCommand('cxm.openJourneyMap', uri);
    assert.equal((await state()).filter((p) => p.uri === uri.toString()).length, 1, 'one panel per file');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    assert.equal(tabs.filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('cxm.journeyMap')).length, 1);
  });

  it('reveals the step in the YAML when its card is clicked (the webview\'s own revealStep message)', async () => {
    const text = await readText(uri);
    const expectedLine = text.slice(0, text.indexOf('- channel: phone')).split('\n').length - 1;
    await vscode.commands.executeCommand('cxm.test.journeyMap', { action: 'receive', uri: uri.toString(), message: { type: 'revealStep', uri: uri.toString(), stepKey: 'reorder/0/1' } });
    const line = await until('the editor selection', () => {
      const active = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      return active && active.selection.active.line === expectedLine ? active.selection.active.line : undefined;
    });
    assert.equal(line, expectedLine);
  });

  it('drops unknown and malformed messages without failing', async () => {
    const before = await panelOf();
    for (const message of [{ type: 'eval', uri: uri.toString(), code: 'x' }, { type: 'revealStep', uri: uri.toString() }, '<script>', null]) {
      await vscode.commands.executeCommand('cxm.test.journeyMap', { action: 'receive', uri: uri.toString(), message });
    }
    assert.deepEqual(await panelOf(), before);
  });

  it('follows the file as it is typed, and keeps the last good map while it has errors', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    const at = document.positionAt(document.getText().indexOf('  - id: second'));
    edit.insert(uri, at, '          - channel: site\n            action: Paie en ligne\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until('the redrawn map with 4 steps', async () => ((await panelOf())?.rendered?.cards === 4 ? true : undefined));

    const broken = new vscode.WorkspaceEdit();
    const stage = document.positionAt(document.getText().indexOf('stage: contemplation') + 'stage: '.length);
    broken.replace(uri, new vscode.Range(stage, stage.translate(0, 'contemplation'.length)), 'nowhere');
    assert.ok(await vscode.workspace.applyEdit(broken));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const panel = await panelOf();
    assert.equal(panel?.rendered?.cards, 4, 'the last good map stays');

    const fixed = new vscode.WorkspaceEdit();
    const wrong = document.positionAt(document.getText().indexOf('stage: nowhere') + 'stage: '.length);
    fixed.replace(uri, new vscode.Range(wrong, wrong.translate(0, 'nowhere'.length)), 'contemplation');
    assert.ok(await vscode.workspace.applyEdit(fixed));
    await until('the map drawn again once the error is fixed', async () => ((await panelOf())?.rendered?.version === document.version ? true : undefined));
  });

  it('asks the analysis worker for its model on every version it draws, and never decodes the whole analysis', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const before = (await panelOf())!;
    assert.ok(before.models.received >= 1, 'the panel received a model');
    const edit = new vscode.WorkspaceEdit();
    const at = document.positionAt(document.getText().indexOf('Suit la commande') + 'Suit la commande'.length);
    edit.insert(uri, at, ' en ligne');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await until('the model of the new version', async () => {
      const panel = await panelOf();
      return panel && panel.models.version === document.version && panel.rendered?.version === document.version ? panel : undefined;
    });
    assert.ok(after.models.received > before.models.received);
    assert.equal(after.decodedModels, before.decodedModels, 'the host decoded no analysis for the map');
  });

  it('exports from the worker\'s version without decoding the analysis, and never replaces a file unasked', async () => {
    // The panel (open or opened here) is where the test reads the host's count of decoded analyses.
    await vscode.commands.executeCommand('cxm.openJourneyMap', uri);
    const before = await until('the panel', panelOf);
    const output = vscode.Uri.joinPath(workspaceFolder(), 'journey-map', 'exported.reorder.svg');
    type Result = { status: string; reason?: string; uri?: vscode.Uri };
    const run = (options: object) => vscode.commands.executeCommand<Result>('cxm.exportJourneyMap', uri, { output, ...options });
    try {
      assert.deepEqual(await run({ format: 'svg', journeyId: 'nowhere' }), { status: 'refused', reason: 'unknown-journey' });
      assert.equal((await run({ format: 'svg', journeyId: 'reorder' }))?.status, 'written');
      const svg = await readText(output);
      assert.match(svg, /^<svg /);
      assert.ok(svg.includes('data-journey="reorder"') && !svg.includes('data-journey="second"'), 'the one journey asked for');
      assert.ok(svg.includes('Cherche la référence'));
      assert.deepEqual(await run({ format: 'html', journeyId: null }), { status: 'refused', reason: 'exists' });
      assert.equal(await readText(output), svg, 'kept as it was');
      assert.equal((await run({ format: 'html', journeyId: null, overwrite: true }))?.status, 'written');
      const html = await readText(output);
      assert.match(html, /^<!DOCTYPE html>/i);
      assert.ok(html.includes('Cherche la référence') && html.includes('Suit la commande'), 'every journey');
      assert.equal((await panelOf())!.decodedModels, before.decodedModels, 'the host decoded no analysis for the export');
    } finally {
      await vscode.workspace.fs.delete(output).then(undefined, () => undefined);
    }
  });

  it('restores a panel from its saved state with its journey (the serializer\'s path)', async () => {
    await vscode.commands.executeCommand('cxm.test.journeyMap', { action: 'restore', state: { uri: uri.toString(), journeyId: 'second', scrollLeft: 0, scrollTop: 0, zoom: 1 } });
    const panel = await until('the restored drawing', async () => {
      const restored = await panelOf();
      return restored?.rendered?.journeyId === 'second' ? restored : undefined;
    });
    assert.equal(panel.rendered!.cards, 1);
  });
});
