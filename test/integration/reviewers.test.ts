// Issue 10 in a real VS Code: the journey map follows the cursor across journeys and draws files
// with errors, rule documentation opens at the rule (Problems panel link, hover, quick fix), the
// first-use path (New Engagement…, Validate All's summary) and the rendered HTML roadmap.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, readText, workspaceFolder, writeText } from './roadmapSupport';

interface PanelState {
  uri: string; journeyId?: string; viewColumn?: vscode.ViewColumn; rendered?: { version: number; journeyId: string; cards: number; ms: number };
  timing?: { readyMs?: number; firstRenderMs?: number; lastUpdateToRenderMs?: number; pageToRenderMs?: number; embedded?: boolean };
}
interface RuleDocState { code: string; language: string; title: string; html: string; visible: boolean }

const panels = async () => vscode.commands.executeCommand<PanelState[]>('cxm.test.journeyMap', { action: 'state' });
/** Closes the journey-map tabs only (the engagement's editor stays open). */
async function closeMapPanels(): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('cxm.journeyMap'));
  await vscode.window.tabGroups.close(tabs);
}
const ruleDoc = async () => vscode.commands.executeCommand<RuleDocState | undefined>('cxm.test.ruleDoc');

async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const TWO_JOURNEYS = `engagement:
  client: Acme
  language: fr
change:
  stage: contemplation
channels:
  - id: site
    type: web
  - id: phone
    type: phone
segments:
  - id: pros
    digitalIntensity: multichannel
journeys:
  - id: first
    segment: pros
    stages:
      - name: Chercher
        steps:
          - channel: site
            action: Cherche
          - channel: phone
            action: Appelle
  - id: second
    segment: pros
    stages:
      - name: Suivre
        steps:
          - channel: site
            action: Suit la commande
  - id: second-to-be
    segment: pros
    state: target
    redesigns: second
    stages:
      - name: Suivre
        steps:
          - channel: site
            action: Reçoit le suivi sans le demander
            emotion: 2
`;

describe('Reviewers and authors (issue 10) in a real VS Code', () => {
  let folder: vscode.Uri;

  before(async () => {
    await activateExtension();
    folder = vscode.Uri.joinPath(workspaceFolder(), 'issue-10');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('switches the map to the journey whose lines the cursor enters', async () => {
    const uri = vscode.Uri.joinPath(folder, 'cursor.engagement.yaml');
    await writeText(uri, TWO_JOURNEYS);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('cxm.openJourneyMap', uri);
    await until('the first journey drawn', async () => (await panels()).find((p) => p.uri === uri.toString())?.rendered?.journeyId === 'first');
    const text = editor.document.getText();
    for (const [needle, journey] of [['Suit la commande', 'second'], ['Reçoit le suivi', 'second-to-be'], ['Appelle', 'first']] as const) {
      const at = editor.document.positionAt(text.indexOf(needle));
      editor.selection = new vscode.Selection(at, at);
      await until(`the map on ${journey}`, async () => (await panels()).find((p) => p.uri === uri.toString())?.rendered?.journeyId === journey);
    }
  });

  it('measures the first paint after Open Journey Map and the redraw after keystrokes (figures, no timed assertion)', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'examples', 'negoce-pme.engagement.yaml');
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    await until('the file analysed', () => vscode.languages.getDiagnostics(uri).length > 0);
    // Several openings (the first one also starts the webview machinery): the map's panel is
    // closed between them, the file's editor stays.
    const openings: { commandToRenderedMs: number; timing?: PanelState['timing'] }[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      await vscode.commands.executeCommand('cxm.openJourneyMap', uri);
      await until('the first paint', async () => (await panels()).find((p) => p.uri === uri.toString() && p.rendered));
      openings.push({ commandToRenderedMs: Math.round(performance.now() - started), timing: (await panels()).find((p) => p.uri === uri.toString())?.timing });
      if (run < 2) {
        await closeMapPanels();
        await until('the panel closed', async () => !(await panels()).some((p) => p.uri === uri.toString()));
      }
    }
    const firstPaintMs = openings[0]!.commandToRenderedMs;
    const panel = (await panels()).find((p) => p.uri === uri.toString() && p.rendered)!;
    // Typing: one character every 40 ms (faster than the debounce); each must be on the map soon after.
    const latencies: number[] = [];
    const line = editor.document.getText().split('\n').findIndex((text) => /^\s+action:/.test(text));
    for (let i = 0; i < 8; i++) {
      const typedAt = performance.now();
      await editor.edit((edit) => edit.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), 'x'), { undoStopBefore: false, undoStopAfter: false });
      const version = editor.document.version;
      void until('the redraw', async () => ((await panels()).find((p) => p.uri === uri.toString())?.rendered?.version ?? 0) >= version, 10_000)
        .then(() => latencies.push(Math.round(performance.now() - typedAt)), () => latencies.push(-1));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await until('every keystroke drawn', () => latencies.length === 8);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const figures = { firstPaintMs, openings, panelTiming: (await panels()).find((p) => p.uri === uri.toString())?.timing, drawMs: panel.rendered!.ms, keystrokeToRedrawMs: latencies, debounceMs: 150 };
    const folder = vscode.Uri.joinPath(vscode.extensions.getExtension('cx-maturity.cx-maturity-toolkit')!.extensionUri, 'test-results', 'vscode');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'journey-map-timing.json'), new TextEncoder().encode(`${JSON.stringify(figures, null, 2)}\n`));
    console.log(`[issue 10] journey map timing: ${JSON.stringify(figures)}`);
    assert.ok(latencies.every((ms) => ms >= 0), 'every keystroke was drawn');
  });

  it('draws the map of a file with errors (examples/mistakes.engagement.yaml)', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'examples', 'mistakes.engagement.yaml');
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('cxm.openJourneyMap', uri);
    const panel = await until('a map drawn despite the errors', async () => (await panels()).find((p) => p.uri === uri.toString() && p.rendered));
    assert.equal(panel.rendered!.journeyId, 'reorder');
    assert.ok(panel.rendered!.cards >= 5);
  });

  it('links each problem to its rule, rendered in the file\'s language, from the Problems panel link, the hover and the quick-fix menu', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'examples', 'negoce-pme.engagement.yaml');
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostic = await until('a continuity-break', () => vscode.languages.getDiagnostics(uri)
      .find((d) => typeof d.code === 'object' && d.code.value === 'continuity-break'));
    const target = (diagnostic.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.fragment, 'continuity-break');
    // What the Problems panel does with the link: run the command with the link's arguments.
    await vscode.commands.executeCommand(target.path, ...(JSON.parse(target.query) as unknown[]));
    const shown = await until('the rule page', () => ruleDoc());
    assert.equal(shown.code, 'continuity-break');
    assert.equal(shown.language, 'fr', 'the example is written in French');
    assert.match(shown.html, /<h2[^>]*>continuity-break<\/h2>/);
    assert.match(shown.html, /Rupture de continuité/);
    assert.doesNotMatch(shown.html, /critical-without-person<\/h2>/, 'only the rule\'s own section');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start);
    const hoverText = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /command:cxm\.showRule\?/);
    assert.match(hoverText, /Lire la règle/);

    const actions = await until('the rule action', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      return found.find((action) => action.command?.command === 'cxm.showRule');
    });
    assert.deepEqual(actions.command!.arguments, ['continuity-break', 'fr']);
    assert.ok(editor);
  });

  it('New Engagement… writes a valid skeleton in the chosen language and opens it beside its map', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('cxm.newEngagement', { client: 'Dupont & Fils', language: 'fr', stage: 'preparation', folder });
    assert.ok(uri);
    assert.match(uri.path, /dupont-fils\.engagement\.yaml$/);
    const text = await readText(uri);
    assert.match(text, /# Mission de maturité CX pour Dupont & Fils/);
    assert.match(text, /stage: preparation/);
    const panel = await until('its map', async () => (await panels()).find((p) => p.uri === uri.toString() && p.rendered));
    assert.equal(panel.rendered!.cards, 1);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    assert.ok(editor && editor.viewColumn !== panel.viewColumn, 'the file and its map side by side');
    await until('its diagnostics', () => (vscode.languages.getDiagnostics(uri).length > 0 ? true : undefined));
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
    // A second engagement for the same client never replaces the first.
    const again = await vscode.commands.executeCommand<vscode.Uri>('cxm.newEngagement', { client: 'Dupont & Fils', language: 'en', stage: 'action', folder });
    assert.match(again.path, /dupont-fils-2\.engagement\.yaml$/);
    assert.match(await readText(uri), /Mission de maturité/);
  });

  it('Validate All Engagements ends with a summary: files, errors, warnings', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('cxm.validateWorkspace');
    assert.ok(summary.files >= 3, `${summary.files} files`);
    assert.ok(summary.errors > 0, 'the broken examples have errors');
    assert.ok(summary.warnings > 0);
  });

  it('opens the HTML roadmap rendered, in a preview, and the Markdown one in the Markdown preview', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'examples', 'negoce-pme.engagement.yaml');
    const output = vscode.Uri.joinPath(folder, 'negoce.roadmap.html');
    const result = await vscode.commands.executeCommand<{ status: string }>('cxm.generateRoadmap', uri, { template: 'html', output, overwrite: true });
    assert.equal(result.status, 'written');
    const tab = await until('the rendered roadmap', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('cxm.roadmapPreview')));
    assert.equal(tab.label, 'negoce.roadmap.html');
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === output.toString()), false,
      'not opened as source code');
  });
});

export { TWO_JOURNEYS };
