import assert from 'node:assert/strict';
import { journeyMapModel } from '../../../src/core/journey/journeyMapModel';
import { renderJourneyMap } from '../../../src/core/journey/renderJourneyMap';
import { toMarkup, type VNode } from '../../../src/core/journey/virtualTree';
import { analyse, exampleEngagement, withStages } from './journeyFixtures';

function findAll(node: VNode, keep: (node: VNode) => boolean, found: VNode[] = []): VNode[] {
  if (keep(node)) found.push(node);
  for (const child of node.children) findAll(child, keep, found);
  return found;
}

const byClass = (name: string) => (node: VNode) => (node.attrs.class ?? '').split(' ').includes(name);

describe('journey map drawing', () => {
  it('draws one focusable, labelled card per step carrying data-step and data-step-id', () => {
    const tree = renderJourneyMap(journeyMapModel(analyse(exampleEngagement()), 'reorder'), { standalone: false });
    const cards = findAll(tree, byClass('card'));
    assert.equal(cards.length, 3);
    assert.deepEqual(cards.map((card) => [card.attrs['data-step'], card.attrs['data-step-id']]), [
      ['reorder/0/0', 'reorder/search'], ['reorder/0/1', undefined], ['reorder/1/0', undefined],
    ]);
    for (const card of cards) {
      assert.equal(card.attrs.tabindex, '0');
      assert.equal(card.attrs.role, 'button');
      assert.ok((card.attrs['aria-label'] ?? '').length > 10);
    }
    assert.match(cards[0]!.attrs['aria-label']!, /Étape 1, phase Se renseigner\. site: Cherche la référence sur Internet\. Émotion: négative\. Irritant: Référence introuvable/);
  });

  it('keys cards by step so a patch can follow them', () => {
    const tree = renderJourneyMap(journeyMapModel(analyse(exampleEngagement()), 'reorder'), { standalone: false });
    assert.deepEqual(findAll(tree, byClass('card')).map((card) => card.key), ['reorder/0/0', 'reorder/0/1', 'reorder/1/0']);
  });

  it('breaks the emotion curve where emotion is absent and never invents a point', () => {
    const tree = renderJourneyMap(journeyMapModel(analyse(withStages([[
      { channel: 'site', action: 'a', emotion: -2 }, { channel: 'site', action: 'b', emotion: 2 }, { channel: 'site', action: 'c' },
      { channel: 'site', action: 'd', emotion: 0 }, { channel: 'site', action: 'e', emotion: 1 },
    ]])), 'j'), { standalone: false });
    const [line] = findAll(tree, byClass('curve-line'));
    const commands = (line!.attrs.d ?? '').split(' ').filter((part) => /^[ML]/.test(part)).map((part) => part[0]);
    assert.deepEqual(commands, ['M', 'L', 'M', 'L']);
    assert.equal(findAll(tree, byClass('curve-dots'))[0]!.children.length, 4);
    assert.equal(findAll(tree, byClass('emotion-none')).length, 1, 'the card without emotion shows an empty marker');
  });

  it('marks continuity breaks on connectors and highlights critical moments without a person', () => {
    const tree = renderJourneyMap(journeyMapModel(analyse(withStages([
      [{ channel: 'site', action: 'a', critical: true }],
      [{ channel: 'app', action: 'b' }, { channel: 'branch', action: 'c', critical: true }],
    ])), 'j'), { standalone: false });
    const switches = findAll(tree, byClass('switch'));
    assert.deepEqual(switches.map((s) => [s.attrs['data-from'], s.attrs['data-to'], byClass('break')(s)]), [
      ['j/0/0', 'j/1/0', false], ['j/1/0', 'j/1/1', true],
    ]);
    assert.equal(findAll(switches[1]!, byClass('break-mark')).length, 1);
    const critical = findAll(tree, byClass('card')).filter(byClass('critical'));
    assert.deepEqual(critical.map((card) => [card.attrs['data-step'], byClass('no-person')(card)]), [['j/0/0', true], ['j/1/1', false]]);
    assert.equal(findAll(critical[0]!, byClass('alert')).length, 1);
  });

  it('shows a card\'s diagnostics on the card, worst first as the analysis sorted them', () => {
    const analysis = analyse(exampleEngagement());
    const range = { start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 };
    analysis.diagnostics = [{ code: 'continuity-break', severity: 'warning', message: 'Le client doit se répéter', path: 'journeys.0.stages.0.steps.1.channel', range }];
    const tree = renderJourneyMap(journeyMapModel(analysis, 'reorder'), { standalone: false });
    const card = findAll(tree, byClass('card'))[1]!;
    assert.deepEqual(findAll(card, byClass('diag-warning')).map((node) => node.text), ['Le client doit se répéter']);
  });

  it('embeds the stylesheet and namespace only when standalone, and uses only --vscode-* variables', () => {
    const model = journeyMapModel(analyse(exampleEngagement()), 'reorder');
    const standalone = toMarkup(renderJourneyMap(model, { standalone: true }));
    const embedded = toMarkup(renderJourneyMap(model, { standalone: false }));
    assert.match(standalone, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(standalone, /<style>/);
    assert.doesNotMatch(embedded, /<style>|xmlns/);
    const variables = [...standalone.matchAll(/var\((--[a-zA-Z-]+)/g)].map((match) => match[1]!);
    assert.ok(variables.length > 10);
    assert.deepEqual(variables.filter((name) => !name.startsWith('--vscode-')), []);
  });

  it('draws only the slots asked for (the webview\'s viewport), with the whole map\'s size', () => {
    const steps = Array.from({ length: 30 }, (_, i) => ({ channel: i % 2 === 0 ? 'site' : 'phone', action: `step ${i}`, emotion: 0 }));
    const model = journeyMapModel(analyse(withStages([steps.slice(0, 10), steps.slice(10)])), 'j');
    const whole = renderJourneyMap(model, { standalone: false });
    const window = renderJourneyMap(model, { standalone: false, slots: { from: 12, to: 15 } });
    assert.equal(window.attrs.width, whole.attrs.width);
    assert.deepEqual(findAll(window, byClass('card')).map((card) => card.attrs['data-step']), ['j/1/2', 'j/1/3', 'j/1/4']);
    assert.deepEqual(findAll(window, byClass('switch')).map((s) => s.attrs['data-from']), ['j/1/1', 'j/1/2', 'j/1/3', 'j/1/4']);
    assert.equal(findAll(window, byClass('stage')).length, 1, 'stage 0 is off screen');
    assert.equal(findAll(window, byClass('curve-dots'))[0]!.children.length, 3);
    assert.equal(findAll(whole, byClass('card')).length, 30);
  });

  it('draws overview cards without text but with their key, badge and label', () => {
    const model = journeyMapModel(analyse(exampleEngagement()), 'reorder');
    const overview = findAll(renderJourneyMap(model, { standalone: false, detail: 'overview' }), byClass('card'));
    assert.deepEqual(overview.map((card) => card.attrs['data-step']), ['reorder/0/0', 'reorder/0/1', 'reorder/1/0']);
    assert.deepEqual(overview.flatMap((card) => findAll(card, (node) => node.tag === 'text')), []);
    assert.equal(findAll(overview[1]!, byClass('badge')).length, 1);
    assert.ok(overview.every((card) => (card.attrs['aria-label'] ?? '').length > 10 && card.attrs.tabindex === '0'));
  });
});

