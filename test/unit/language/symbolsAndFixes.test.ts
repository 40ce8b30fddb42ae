import { strict as assert } from 'node:assert';
import { analyseDocument, codeActions, codeLenses, documentSymbols, parseEngagementDocument, workspaceSymbols } from '../../../src/core/languageService';
import { ENGAGEMENT, applyEdits } from './languageHarness';

describe('language: document and workspace symbols', () => {
  it('gives the hierarchy channels, segments, journeys › stages › steps, initiatives, with names', () => {
    const symbols = documentSymbols(parseEngagementDocument(ENGAGEMENT));
    assert.deepEqual(symbols.map((s) => s.name), ['engagement', 'change', 'channels', 'segments', 'journeys', 'initiatives', 'assessment']);
    const channels = symbols.find((s) => s.name === 'channels')!;
    assert.deepEqual(channels.children.map((c) => [c.name, c.detail]), [['Site web', 'site'], ['Téléphone 📞', 'phone'], ['chat', undefined]]);
    const journey = symbols.find((s) => s.name === 'journeys')!.children[0]!;
    assert.equal(journey.name, 'Réassort');
    assert.deepEqual(journey.children.map((stage) => stage.name), ['Se renseigner', 'Commander']);
    assert.deepEqual(journey.children[0]!.children.map((step) => step.name), ['Cherche la référence', "Appelle l'agence"]);
    for (const symbol of channels.children) assert.ok(symbol.selection.start >= symbol.range.start && symbol.selection.end <= symbol.range.end);
  });

  it('finds symbols across files by name or id', () => {
    const entities = parseEngagementDocument(ENGAGEMENT).symbols.entities;
    const found = workspaceSymbols([{ file: 'a.engagement.yaml', entities }], 'telep');
    assert.deepEqual(found.map((s) => [s.name, s.file]), [['Téléphone 📞', 'a.engagement.yaml']]);
  });
});

describe('language: code actions and lenses', () => {
  const fixesFor = (text: string, code: string) => {
    const document = parseEngagementDocument(text);
    const diagnostics = analyseDocument(document).diagnostics;
    document.release();
    const diagnostic = diagnostics.find((d) => d.code === code);
    assert.ok(diagnostic, `${code} raised`);
    return { actions: codeActions(document, diagnostic.range, diagnostics, 'en'), text };
  };

  it('fixes a continuity break by sharing the history on the arriving channel', () => {
    const { actions, text } = fixesFor(ENGAGEMENT, 'continuity-break');
    const fix = actions.find((action) => action.title.includes('sharesHistory'))!;
    assert.ok(fix);
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /- id: phone\n    sharesHistory: true\n/);
    assert.ok(parseEngagementDocument(fixed).engagement);
  });

  it('fixes history without recognition, and a critical moment on a chat with no person', () => {
    const history = fixesFor(ENGAGEMENT.replace('  - id: chat\n    type: chat\n', '  - id: chat\n    type: chat\n    sharesHistory: true\n'), 'history-without-recognition');
    assert.match(applyEdits(history.text, history.actions[0]!.edits), /- id: chat\n    recognizesCustomer: true\n/);
    const critical = fixesFor(ENGAGEMENT, 'critical-without-person');
    const human = critical.actions.find((action) => action.title.includes('human'))!;
    assert.match(applyEdits(critical.text, human.edits), /- id: chat\n    human: true\n/);
  });

  it('creates a missing channel, and inserts a missing required key', () => {
    const unknown = fixesFor(ENGAGEMENT.replace('channel: chat', 'channel: kiosk-paris'), 'unknown-ref');
    const create = unknown.actions.find((action) => action.title.includes('Create the channel'))!;
    const created = applyEdits(unknown.text, create.edits);
    assert.match(created, /  - id: chat\n    type: chat\n  - id: kiosk-paris\n    type: other\n/);
    assert.ok(analyseDocument(parseEngagementDocument(created)).diagnostics.every((d) => d.code !== 'unknown-ref'));
    const missing = fixesFor(ENGAGEMENT.replace('    digitalIntensity: multichannel\n', ''), 'schema-required');
    const inserted = applyEdits(missing.text, missing.actions[0]!.edits);
    assert.ok(analyseDocument(parseEngagementDocument(inserted)).ok, inserted);
  });

  it('sets a key already written, and in a flow mapping', () => {
    const written = fixesFor(ENGAGEMENT.replace("    name: \"Téléphone 📞\"\n    type: phone\n", "    name: \"Téléphone 📞\"\n    type: phone\n    sharesHistory: false # not yet\n"), 'continuity-break');
    const fixed = applyEdits(written.text, written.actions.find((action) => action.title.includes('sharesHistory'))!.edits);
    assert.match(fixed, /    sharesHistory: true # not yet\n/);
    const flow = fixesFor(ENGAGEMENT.replace('  - id: chat\n    type: chat\n', '  - { id: chat, type: chat, sharesHistory: true }\n'), 'history-without-recognition');
    assert.match(applyEdits(flow.text, flow.actions[0]!.edits), /- \{ id: chat, type: chat, sharesHistory: true, recognizesCustomer: true \}/);
  });

  it('refuses to analyse a released document (the analysis comes first)', () => {
    const document = parseEngagementDocument(ENGAGEMENT);
    document.release();
    assert.throws(() => analyseDocument(document), /release/);
    assert.deepEqual(document.pathAt(ENGAGEMENT.indexOf('id: phone')).path, ['channels', 1]);
  });

  it('keeps the did-you-mean of unknown ids', () => {
    const { actions } = fixesFor(ENGAGEMENT.replace('channel: chat', 'channel: chatt'), 'unknown-ref');
    assert.equal(actions[0]!.title, 'Change to "chat"');
  });

  it('puts a lens above each journey with its breaks and critical moments', () => {
    const lenses = codeLenses(parseEngagementDocument(ENGAGEMENT), 'fr');
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0]!.journeyId, 'reorder');
    assert.equal(lenses[0]!.title, 'Ouvrir la carte du parcours · 2\u00a0ruptures · 2\u00a0moments critiques');
  });
});

describe('language: French typography', () => {
  it('puts no-break spaces before : and % and inside guillemets, narrow ones before ; ! ?', async () => {
    const { frenchTypography } = await import('../../../src/core/language/languageTexts');
    assert.equal(frenchTypography('« a » : b ; c ? 5 %'), '«\u00a0a\u00a0»\u00a0: b\u202f; c\u202f? 5\u00a0%');
    const document = parseEngagementDocument(ENGAGEMENT.replace('type: phone', 'type: magasin'));
    const diagnostics = analyseDocument(document).diagnostics;
    for (const action of codeActions(document, { start: 0, end: ENGAGEMENT.length }, diagnostics, 'fr')) {
      assert.ok(!/ [:;!?»]|« /.test(action.title), action.title);
    }
  });
});
