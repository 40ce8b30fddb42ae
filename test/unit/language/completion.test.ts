import { strict as assert } from 'node:assert';
import { completion } from '../../../src/core/languageService';
import { generateEngagement } from '../../bench/generateEngagement';
import { ENGAGEMENT, atCursor, mark, slice } from './languageHarness';

const labels = (fixture: string, lang: 'en' | 'fr' = 'en') => {
  const { document, offset } = atCursor(fixture);
  return completion(document, offset, lang);
};

describe('language: completion', () => {
  it('offers the channel ids, with their names, after `channel: `', () => {
    const fixture = mark('channel: site', 'channel: '.length).replace('¦site', '¦');
    const items = labels(fixture);
    assert.deepEqual(items.map((item) => item.label), ['site', 'phone', 'chat']);
    assert.equal(items[0]!.detail, 'Site web');
    assert.equal(items[0]!.kind, 'id');
  });

  it('replaces the whole id under the cursor', () => {
    const { document, offset, text } = atCursor(mark('channel: site', 'channel: si'.length));
    const items = completion(document, offset, 'en');
    assert.equal(slice(text, items[0]!.range), 'site');
  });

  it('offers the segment ids after `segment:` and channel ids in a flow list of prefers', () => {
    assert.deepEqual(labels(mark('segment: pros', 'segment: '.length)).map((i) => i.label), ['pros']);
    assert.deepEqual(labels(mark('[site, phone]', '[site, '.length)).map((i) => i.label), ['site', 'phone', 'chat']);
  });

  it('offers enum values with their meaning after `type: `', () => {
    const items = labels(mark('type: web', 'type: '.length));
    assert.ok(items.some((item) => item.label === 'mobile-app'));
    assert.ok(items.find((item) => item.label === 'store')!.documentation!.includes('store'));
  });

  it('offers the English value for a French word', () => {
    const fixture = ENGAGEMENT.replace('type: phone', 'type: magasin¦');
    const items = labels(fixture, 'fr');
    assert.equal(items[0]!.label, 'store');
    assert.equal(items[0]!.filterText, 'magasin');
    assert.equal(items[0]!.detail!, '«\u00a0magasin\u00a0» s’écrit store');
  });

  it('offers booleans and the dimension names', () => {
    assert.deepEqual(labels(mark('recognizesCustomer: true', 'recognizesCustomer: '.length)).map((i) => i.label), ['true', 'false']);
    assert.ok(labels(mark('dimension: channel', 'dimension: '.length)).some((i) => i.label === 'human-touch'));
  });

  it('offers the keys a channel may still take, required ones first, with their meaning', () => {
    const fixture = ENGAGEMENT.replace('  - id: chat\n    type: chat\n', '  - id: chat\n    type: chat\n    ¦\n');
    const items = labels(fixture);
    const keys = items.filter((item) => item.kind === 'key').map((item) => item.label);
    assert.ok(keys.includes('sharesHistory'));
    assert.ok(!keys.includes('id') && !keys.includes('type'), 'keys already written are not offered');
    assert.ok(items.find((item) => item.label === 'sharesHistory')!.documentation!.length > 10);
  });

  it('offers step keys while typing a key, in French', () => {
    const fixture = ENGAGEMENT.replace("            action: Appelle l'agence\n", "            action: Appelle l'agence\n            emo¦\n");
    const items = labels(fixture, 'fr');
    const emotion = items.find((item) => item.label === 'emotion');
    assert.ok(emotion, 'emotion offered');
    assert.match(emotion.documentation!, /ressent/);
  });

  it('offers a snippet for a new channel after `- ` in channels, and for a new step', () => {
    const fixture = ENGAGEMENT.replace('  - id: chat\n    type: chat\n', '  - id: chat\n    type: chat\n  - ¦\n');
    const items = labels(fixture);
    const snippet = items.find((item) => item.kind === 'snippet');
    assert.ok(snippet);
    assert.match(snippet.insertText, /^id: \$\{1:new-channel\}/);
    const step = labels(ENGAGEMENT.replace("            action: Confirme sur le chat\n            critical: true\n", "            action: Confirme sur le chat\n            critical: true\n          - ¦\n"));
    assert.ok(step.some((item) => item.kind === 'snippet' && item.insertText.startsWith('channel:')));
  });

  it('offers top-level sections on an empty line at the left margin', () => {
    const fixture = ENGAGEMENT + '¦';
    const items = labels(fixture);
    assert.ok(items.some((item) => item.label === 'organisation'));
    assert.ok(!items.some((item) => item.label === 'channels'));
  });

  it('answers while the file has a syntax error elsewhere', () => {
    const fixture = mark('channel: site', 'channel: '.length).replace('¦site', '¦').replace('client: Négoce Dupont', 'client: [unclosed');
    assert.deepEqual(labels(fixture).map((i) => i.label), ['site', 'phone', 'chat']);
  });

  it('finds its place deep in a large file through the parsed document (ids, keys and snippets alike)', () => {
    const text = generateEngagement(200_000);
    const at = text.indexOf('channel: ', text.length / 2) + 'channel: '.length;
    const ids = labels(`${text.slice(0, at)}¦${text.slice(at)}`).map((item) => item.label);
    assert.deepEqual(ids, ['branch', 'site', 'app', 'phone', 'chat', 'email', 'social', 'sales-rep']);
    const line = text.indexOf('\n', at) + 1;
    const keys = labels(`${text.slice(0, line)}            ¦\n${text.slice(line)}`).map((item) => item.label);
    assert.ok(keys.includes('pain') || keys.includes('critical'), keys.join());
    const stage = text.indexOf('      - name: ', at);
    const snippets = labels(`${text.slice(0, stage)}      - ¦\n${text.slice(stage)}`);
    assert.ok(snippets.some((item) => item.kind === 'snippet' && item.insertText.startsWith('name: ')), 'a new stage');
  });

  it('stays quiet in a comment', () => {
    assert.deepEqual(labels(ENGAGEMENT + '# a comment ¦'), []);
  });
});
