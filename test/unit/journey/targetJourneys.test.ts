import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { exportJourneyChoices, exportJourneyMap } from '../../../src/core/journey/exportJourneyMap';
import { journeyMapModel } from '../../../src/core/journey/journeyMapModel';
import { renderJourneyMap } from '../../../src/core/journey/renderJourneyMap';
import { toMarkup } from '../../../src/core/journey/virtualTree';
import { exampleEngagement } from './journeyFixtures';

/** The contract's example with a target ("to-be") journey redesigning `reorder`. */
function withTarget(target: Record<string, unknown> = {}): Record<string, unknown> {
  const file = exampleEngagement();
  (file.journeys as unknown[]).push({
    id: 'reorder-to-be',
    name: 'Réassort repensé',
    segment: 'artisans',
    state: 'target',
    redesigns: 'reorder',
    stages: [
      { name: 'Se renseigner', steps: [{ channel: 'app', action: 'Trouve la référence et le stock dans l’application', emotion: 1 }] },
      { name: 'Commander', steps: [
        { channel: 'app', action: 'Commande en deux gestes', capability: 'order', emotion: 2 },
        { channel: 'chat', action: 'Un conseiller confirme le retrait', emotion: 2, critical: true },
      ] },
      { name: 'Retirer', steps: [{ channel: 'branch', action: 'Retire la commande prête', emotion: 1 }] },
    ],
    ...target,
  });
  return file;
}

const codes = (file: Record<string, unknown>) => analyseEngagement(JSON.stringify(file, null, 2)).diagnostics.map((d) => d.code);

describe('Target journeys (journeys[].state, journeys[].redesigns)', () => {
  it('accepts a target journey that redesigns a current one, defaulting state to current', () => {
    const analysis = analyseEngagement(JSON.stringify(withTarget(), null, 2));
    assert.ok(analysis.ok, JSON.stringify(analysis.diagnostics.filter((d) => d.severity === 'error')));
    assert.deepEqual(analysis.engagement!.journeys.map((j) => [j.id, j.state, j.redesigns]), [['reorder', 'current', undefined], ['reorder-to-be', 'target', 'reorder']]);
  });

  it('reports target-without-current on the state of a target that names no current journey', () => {
    const file = withTarget({ redesigns: undefined });
    const analysis = analyseEngagement(JSON.stringify(file, null, 2));
    const found = analysis.diagnostics.find((d) => d.code === 'target-without-current');
    assert.ok(found);
    assert.equal(found.severity, 'error');
    assert.equal(found.path, 'journeys.1.state');
  });

  it('reports unknown-ref, with a did-you-mean, when redesigns names no current journey', () => {
    const unknown = analyseEngagement(JSON.stringify(withTarget({ redesigns: 'reorderr' }), null, 2)).diagnostics.find((d) => d.path === 'journeys.1.redesigns');
    assert.equal(unknown?.code, 'unknown-ref');
    assert.equal(unknown?.fix?.replacement, 'reorder');
    // Naming another target is no better: redesigns names a current journey.
    assert.ok(codes(withTarget({ redesigns: 'reorder-to-be' })).includes('unknown-ref'));
  });

  it('rejects a state other than current or target', () => {
    assert.ok(codes(withTarget({ state: 'future' })).includes('schema-enum'));
  });

  it('never counts a target in the maturity levels or the coverage rules, but runs the CX rules on it', () => {
    const before = analyseEngagement(JSON.stringify(exampleEngagement(), null, 2));
    const after = analyseEngagement(JSON.stringify(withTarget(), null, 2));
    assert.deepEqual(after.maturity!.dimensions.map((d) => [d.id, d.level]), before.maturity!.dimensions.map((d) => [d.id, d.level]));
    assert.deepEqual(after.maturity!.overall, before.maturity!.overall);
    // The target alone uses the app and the chat: they stay "unused" by the journeys customers live today.
    const unused = (a: typeof after) => a.diagnostics.filter((d) => d.code === 'channel-unused').map((d) => d.path).sort();
    assert.deepEqual(unused(after), unused(before));
    // A segment whose only journey is a target still has no journey.
    const onlyTarget = withTarget({ segment: 'pros' });
    (onlyTarget.segments as unknown[]).push({ id: 'pros', digitalIntensity: 'digital-first' });
    assert.ok(analyseEngagement(JSON.stringify(onlyTarget, null, 2)).diagnostics.some((d) => d.code === 'segment-without-journey' && d.path === 'segments.1.id'));
    // CX rules still judge the design: app -> chat -> branch breaks continuity at the branch.
    assert.ok(after.diagnostics.some((d) => d.code === 'continuity-break' && d.path.startsWith('journeys.1.')));
  });

  it('gives the current map the target as its comparison, and the target map its current journey', () => {
    const analysis = analyseEngagement(JSON.stringify(withTarget(), null, 2));
    const current = journeyMapModel(analysis, 'reorder');
    assert.equal(current.state, 'current');
    assert.deepEqual(current.comparison, { journeyId: 'reorder-to-be', journeyName: 'Réassort repensé', state: 'target', emotions: [1, 2, 2, 1] });
    const target = journeyMapModel(analysis, 'reorder-to-be');
    assert.equal(target.state, 'target');
    assert.equal(target.comparison?.journeyId, 'reorder');
    assert.equal(target.cards.length, 4, 'the target is drawn with its own steps');
  });

  it('draws both emotion curves on one chart, each an element with data-curve', () => {
    const analysis = analyseEngagement(JSON.stringify(withTarget(), null, 2));
    const svg = toMarkup(renderJourneyMap(journeyMapModel(analysis, 'reorder'), { standalone: true }));
    assert.match(svg, /<g class="curve-own curve-current" data-curve="current"/);
    assert.match(svg, /<g class="curve-compare curve-target" data-curve="target" data-journey="reorder-to-be"/);
    assert.equal((svg.match(/class="compare-dot /g) ?? []).length, 4, 'one mark per target step');
    const alone = toMarkup(renderJourneyMap(journeyMapModel(analyseEngagement(JSON.stringify(exampleEngagement())), 'reorder'), { standalone: true }));
    assert.match(alone, /data-curve="current"/);
    assert.doesNotMatch(alone, /data-curve="target"/);
  });

  it('exports both curves in HTML and SVG, and the target after the current journey in Mermaid', () => {
    const analysis = analyseEngagement(JSON.stringify(withTarget(), null, 2));
    for (const format of ['html', 'svg'] as const) {
      const out = exportJourneyMap(analysis, { format, journeyId: 'reorder' });
      assert.match(out, /data-curve="current"/, format);
      assert.match(out, /data-curve="target"/, format);
    }
    const mermaid = exportJourneyMap(analysis, { format: 'mermaid', journeyId: 'reorder' });
    assert.equal((mermaid.match(/```mermaid/g) ?? []).length, 2);
    assert.match(mermaid, /title Réassort repensé \(cible\)/);
  });
});

describe('Journey-map exports print every word', () => {
  const long = 'Le client cherche longuement la référence exacte du produit dans un catalogue papier puis sur le site sans jamais trouver le stock disponible en agence';
  const file = exampleEngagement();
  const steps = (file.journeys as Array<{ stages: Array<{ name: string; steps: Array<Record<string, unknown>> }> }>)[0]!.stages[0]!;
  steps.steps[0]!.action = long;
  steps.steps[0]!.pain = `${long} (bis)`;
  steps.name = 'Une phase au nom très long qui ne tiendrait jamais sur une seule ligne de la bande';
  const analysis = analyseEngagement(JSON.stringify(file, null, 2));

  it('wraps card, pain and stage text in full in SVG and HTML, with no ellipsis', () => {
    for (const format of ['svg', 'html'] as const) {
      const out = exportJourneyMap(analysis, { format, journeyId: 'reorder' });
      const words = [...out.matchAll(/<text[^>]*class="(?:action|pain|stage-name)"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      assert.doesNotMatch(words, /…/, format);
      for (const word of ['catalogue', 'disponible', 'agence', '(bis)', 'bande']) assert.ok(words.includes(word), `${format}: ${word}`);
    }
  });

  it('keeps the webview drawing cut to the card (the tooltip holds the rest)', () => {
    const svg = toMarkup(renderJourneyMap(journeyMapModel(analysis, 'reorder'), { standalone: false }));
    assert.match(svg, /…/);
  });

  it('grows the cards so the text never leaves them', () => {
    const out = exportJourneyMap(analysis, { format: 'svg', journeyId: 'reorder' });
    const height = Number(/class="card-box" x="0" y="0" width="164" height="(\d+)" rx="6"/.exec(out)![1]);
    assert.ok(height > 128, `card height ${height}`);
  });
});

describe('Export Journey Map… choices', () => {
  const file = withTarget();
  const analysis = analyseEngagement(JSON.stringify(file, null, 2));
  it('offers the journey on screen first, by name, then all journeys, then the others', () => {
    const choices = exportJourneyChoices(analysis, 'reorder-to-be');
    assert.deepEqual(choices.map((c) => [c.id, c.name, c.onScreen]), [
      ['reorder-to-be', 'Réassort repensé', true], [undefined, '', false], ['reorder', 'Réassort de consommables', false],
    ]);
    assert.equal(exportJourneyChoices(analysis, undefined)[0]!.id, undefined, 'nothing on screen: all journeys first');
  });
});

describe('Examples with a target journey', () => {
  it('the omnichannel retailer example has a target journey, valid, drawn with both curves', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'examples', 'omnichannel-retailer.engagement.yaml'), 'utf8');
    const analysis = analyseEngagement(text);
    assert.ok(analysis.ok);
    const target = analysis.engagement!.journeys.find((j) => j.state === 'target');
    assert.ok(target?.redesigns);
    const svg = exportJourneyMap(analysis, { format: 'svg', journeyId: target.redesigns });
    assert.match(svg, /data-curve="target"/);
  });
});

describe('cxm journey with a target journey', () => {
  it('prints both curves in HTML and SVG, and the target block after the current one in Mermaid', async () => {
    const { runInProcess, temporaryFolder, removeFolder } = await import('../cli/cliHarness');
    const root = temporaryFolder({ 'acme.engagement.yaml': JSON.stringify(withTarget(), null, 2) });
    try {
      for (const format of ['html', 'svg']) {
        const run = await runInProcess(['journey', 'acme.engagement.yaml', '--journey', 'reorder', '--format', format], root);
        assert.equal(run.code, 0, run.stderr);
        assert.match(run.stdout, /data-curve="current"/);
        assert.match(run.stdout, /data-curve="target"/);
        assert.doesNotMatch(run.stdout, /<script/i);
      }
      const mermaid = await runInProcess(['journey', 'acme.engagement.yaml', '--journey', 'reorder', '--format', 'mermaid'], root);
      assert.equal(mermaid.code, 0, mermaid.stderr);
      assert.match(mermaid.stdout, /title Réassort de consommables[\s\S]*title Réassort repensé \(cible\)/);
      const all = await runInProcess(['journey', 'acme.engagement.yaml', '--format', 'svg'], root);
      assert.match(all.stdout, /data-state="target"/);
    } finally {
      removeFolder(root);
    }
  });
});

describe('Messages in the file\'s language on a syntax error', () => {
  it('reads engagement.language from the text when the YAML cannot be read', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'examples', 'negoce-pme.engagement.yaml'), 'utf8').replace(/^journeys:/m, 'journeys: [\n');
    const analysis = analyseEngagement(text, { fallbackLang: 'en' });
    assert.ok(analysis.diagnostics.some((d) => d.code === 'yaml-syntax'));
    assert.equal(analysis.language, 'fr');
    assert.match(analysis.diagnostics[0]!.message, /^Erreur de syntaxe YAML/);
    assert.equal(analyseEngagement('engagement:\n  client: [\n', { fallbackLang: 'en' }).language, 'en');
  });
});
