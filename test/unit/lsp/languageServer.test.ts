// Protocol tests: `node dist/cxm.js lsp --stdio` started as a real process, spoken to in LSP.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspProcess } from '../../support/lspProcess';
import { ENGAGEMENT } from '../language/languageHarness';

const CXM = join(__dirname, '..', '..', '..', 'cxm.js');
const URI = 'file:///tmp/acme.engagement.yaml';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }

/** The LSP position of the `nth` occurrence of `needle`, `shift` characters into it (UTF-16). */
function positionOf(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle) + shift;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('cxm lsp --stdio (a real process speaking LSP)', function () {
  this.timeout(30000);
  let server: LspProcess;
  let version = 1;

  before(async () => {
    server = new LspProcess(process.execPath, [CXM, 'lsp', '--stdio']);
    const result = await server.initialize(null) as { capabilities: Record<string, unknown> };
    assert.equal((result.capabilities.textDocumentSync as { change: number }).change, 2);
    for (const capability of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'codeActionProvider', 'codeLensProvider']) {
      assert.ok(result.capabilities[capability], capability);
    }
    server.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version, text: ENGAGEMENT } });
  });
  after(async () => server.stop());

  it('publishes the diagnostics on open', async () => {
    const published = await server.waitFor<{ uri: string; diagnostics: Array<{ code: string; range: Range; source: string }> }>('textDocument/publishDiagnostics', (p) => p.uri === URI);
    const breaks = published.diagnostics.filter((d) => d.code === 'continuity-break');
    assert.equal(breaks.length, 2);
    assert.equal(breaks[0]!.source, 'cxm');
    assert.deepEqual(breaks[0]!.range.start, positionOf(ENGAGEMENT, 'channel: phone', 'channel: '.length));
  });

  it('completes channel ids, with their names, after `channel: `', async () => {
    const items = await server.request<Array<{ label: string; detail?: string }>>('textDocument/completion', { textDocument: { uri: URI }, position: positionOf(ENGAGEMENT, 'channel: site', 'channel: '.length) });
    assert.deepEqual(items.map((i) => i.label), ['site', 'phone', 'chat']);
    assert.equal(items[0]!.detail, 'Site web');
  });

  it('hovers, goes to the definition and finds references', async () => {
    const at = positionOf(ENGAGEMENT, 'channel: phone', 'channel: p'.length);
    const hover = await server.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: at });
    assert.match(hover.contents.value, /Téléphone 📞/);
    const definitions = await server.request<Array<{ uri: string; range: Range }>>('textDocument/definition', { textDocument: { uri: URI }, position: at });
    assert.deepEqual(definitions[0]!.range.start, positionOf(ENGAGEMENT, 'id: phone', 'id: '.length));
    const withDeclaration = await server.request<unknown[]>('textDocument/references', { textDocument: { uri: URI }, position: at, context: { includeDeclaration: true } });
    const without = await server.request<unknown[]>('textDocument/references', { textDocument: { uri: URI }, position: at, context: { includeDeclaration: false } });
    assert.deepEqual([withDeclaration.length, without.length], [3, 2]);
  });

  it('renames, and refuses an invalid id with a message', async () => {
    const at = positionOf(ENGAGEMENT, 'id: site', 'id: s'.length);
    const prepared = await server.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: URI }, position: at });
    assert.equal(prepared.placeholder, 'site');
    const edit = await server.request<{ changes: Record<string, Array<{ newText: string }>> }>('textDocument/rename', { textDocument: { uri: URI }, position: at, newName: 'website' });
    assert.equal(edit.changes[URI]!.length, 3);
    await assert.rejects(server.request('textDocument/rename', { textDocument: { uri: URI }, position: at, newName: 'Not An Id' }), /not a valid id/);
  });

  it('gives the outline as a hierarchy', async () => {
    const symbols = await server.request<Array<{ name: string; children: Array<{ name: string; children: Array<{ name: string }> }> }>>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const journeys = symbols.find((s) => s.name === 'journeys')!;
    assert.equal(journeys.children[0]!.name, 'Réassort');
    assert.deepEqual(journeys.children[0]!.children.map((s) => s.name), ['Se renseigner', 'Commander']);
  });

  it('offers the continuity-break fix and a lens per journey', async () => {
    const at = positionOf(ENGAGEMENT, 'channel: phone', 'channel: '.length);
    const actions = await server.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: at, end: at }, context: { diagnostics: [] },
    });
    const fix = actions.find((a) => a.title.includes('sharesHistory'))!;
    assert.ok(fix);
    assert.equal(fix.edit.changes[URI]![0]!.newText, '\n    sharesHistory: true');
    const lenses = await server.request<Array<{ command: { title: string; arguments: unknown[] } }>>('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.equal(lenses[0]!.command.title, 'Open journey map · 2 breaks · 2 critical moments');
    assert.deepEqual(lenses[0]!.command.arguments, [URI, 'reorder']);
  });

  it('follows incremental changes and republishes', async () => {
    // Replace `phone` (the step's channel) by `phonee`: an unknown reference appears.
    const at = positionOf(ENGAGEMENT, 'channel: phone', 'channel: phone'.length);
    version++;
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ range: { start: at, end: at }, text: 'e' }] });
    const published = await server.waitFor<{ uri: string; version?: number; diagnostics: Array<{ code: string; message: string }> }>('textDocument/publishDiagnostics', (p) => p.uri === URI && p.version === version);
    assert.ok(published.diagnostics.some((d) => d.code === 'unknown-ref' && /phonee/.test(d.message)));
    const at2 = positionOf(ENGAGEMENT, 'channel: phone', 'channel: p'.length);
    const definitions = await server.request<unknown[]>('textDocument/definition', { textDocument: { uri: URI }, position: at2 });
    assert.equal(definitions.length, 0, 'phonee is defined nowhere');
    const items = await server.request<Array<{ label: string }>>('textDocument/completion', { textDocument: { uri: URI }, position: at2 });
    assert.ok(items.some((i) => i.label === 'phone'));
  });

  it('answers while the file has a syntax error elsewhere', async () => {
    version++;
    const broken = ENGAGEMENT.replace('client: Négoce Dupont', 'client: [unclosed');
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text: broken }] });
    const published = await server.waitFor<{ uri: string; version?: number; diagnostics: Array<{ code: string }> }>('textDocument/publishDiagnostics', (p) => p.uri === URI && p.version === version);
    assert.ok(published.diagnostics.some((d) => d.code === 'yaml-syntax'));
    const definitions = await server.request<unknown[]>('textDocument/definition', { textDocument: { uri: URI }, position: positionOf(broken, 'channel: phone', 'channel: p'.length) });
    assert.equal(definitions.length, 1);
  });
});

describe('cxm lsp with validation off', function () {
  this.timeout(30000);
  it('publishes no diagnostics at all', async () => {
    const server = new LspProcess(process.execPath, [CXM, 'lsp', '--stdio']);
    try {
      await server.initialize(null, { validation: false });
      server.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: ENGAGEMENT } });
      // A request after the open is answered after it was handled: any diagnostics would be out by then.
      const symbols = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
      assert.ok(symbols.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(server.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').length, 0);
    } finally {
      await server.stop();
    }
  });
});

describe('cxm lsp workspace symbols across the engagement files of the folders', function () {
  this.timeout(30000);
  let root: string;
  let outside: string;
  let server: LspProcess;
  type Found = Array<{ name: string; kind: number; containerName?: string; location: { uri: string; range: Range } }>;
  const query = (text: string) => server.request<Found>('workspace/symbol', { query: text });
  const fileUri = (name: string) => pathToFileURL(join(root, name)).href;

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'cxm-lsp-ws-')));
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'cxm-lsp-outside-')));
    mkdirSync(join(root, 'clients', 'dupont'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, 'clients', 'dupont', 'dupont.engagement.yaml'), ENGAGEMENT);
    writeFileSync(join(root, 'other.engagement.yml'), ENGAGEMENT.replace('id: reorder', 'id: onboarding').replace('name: Réassort', 'name: Accueil'));
    writeFileSync(join(root, 'node_modules', 'pkg', 'skipped.engagement.yaml'), ENGAGEMENT.replace('name: Réassort', 'name: Ignoré'));
    writeFileSync(join(root, '.git', 'hidden.engagement.yaml'), ENGAGEMENT.replace('name: Réassort', 'name: Caché'));
    // A link leading out of the folder is never read.
    writeFileSync(join(outside, 'secret.engagement.yaml'), ENGAGEMENT.replace('name: Réassort', 'name: Secret'));
    symlinkSync(join(outside, 'secret.engagement.yaml'), join(root, 'link.engagement.yaml'));
    server = new LspProcess(process.execPath, [CXM, 'lsp', '--stdio']);
    await server.initialize(pathToFileURL(root).href);
  });
  after(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('finds the journeys, channels and segments of files never opened, at their place on disk', async () => {
    const journeys = await query('reassort');
    const inDupont = journeys.find((s) => s.location.uri === fileUri('clients/dupont/dupont.engagement.yaml'));
    assert.ok(inDupont, JSON.stringify(journeys));
    assert.equal(inDupont.name, 'Réassort');
    assert.deepEqual(inDupont.location.range.start, positionOf(ENGAGEMENT, 'id: reorder', 'id: '.length));
    assert.ok((await query('Accueil')).some((s) => s.location.uri === fileUri('other.engagement.yml')));
    const channels = await query('Site web');
    assert.equal(channels.filter((s) => s.name === 'Site web').length, 2, 'one per file');
    assert.ok((await query('Professionnels')).length === 2);
  });

  it('never reads a link out of the folder, nor dot folders or node_modules', async () => {
    for (const name of ['Secret', 'Ignoré', 'Caché']) assert.deepEqual(await query(name), [], name);
  });

  it('prefers the open document to the disk, and reads a file again when the client says it changed', async () => {
    const uri = fileUri('other.engagement.yml');
    const edited = ENGAGEMENT.replace('id: reorder', 'id: onboarding').replace('name: Réassort', 'name: Bienvenue');
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: edited } });
    assert.deepEqual((await query('Accueil')).filter((s) => s.location.uri === uri), []);
    assert.equal((await query('Bienvenue')).filter((s) => s.location.uri === uri).length, 1);
    server.notify('textDocument/didClose', { textDocument: { uri } });
    assert.equal((await query('Accueil')).filter((s) => s.location.uri === uri).length, 1, 'closed: the disk again');

    writeFileSync(join(root, 'clients', 'dupont', 'dupont.engagement.yaml'), ENGAGEMENT.replace('name: Réassort', 'name: Renouvellement'));
    writeFileSync(join(root, 'new.engagement.yaml'), ENGAGEMENT.replace('name: Réassort', 'name: Nouveauté'));
    server.notify('workspace/didChangeWatchedFiles', { changes: [
      { uri: fileUri('clients/dupont/dupont.engagement.yaml'), type: 2 },
      { uri: fileUri('new.engagement.yaml'), type: 1 },
      { uri: fileUri('other.engagement.yml'), type: 3 },
    ] });
    assert.equal((await query('Renouvellement')).length, 1);
    assert.equal((await query('Nouveauté')).length, 1);
    assert.deepEqual(await query('Accueil'), [], 'deleted');
  });

  it('searches a folder added to the workspace after start, and forgets one removed', async () => {
    const added = realpathSync(mkdtempSync(join(tmpdir(), 'cxm-lsp-added-')));
    try {
      writeFileSync(join(added, 'later.engagement.yaml'), ENGAGEMENT.replace('name: Réassort', 'name: Tardif'));
      assert.deepEqual(await query('Tardif'), [], 'not a workspace folder yet');
      const folder = { uri: pathToFileURL(added).href, name: 'added' };
      server.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      const found = await query('Tardif');
      assert.deepEqual(found.map((s) => s.location.uri), [pathToFileURL(join(added, 'later.engagement.yaml')).href]);
      assert.equal((await query('Renouvellement')).length, 1, 'the first folder is still searched');
      server.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      assert.deepEqual(await query('Tardif'), [], 'removed');
    } finally {
      rmSync(added, { recursive: true, force: true });
    }
  });
});
