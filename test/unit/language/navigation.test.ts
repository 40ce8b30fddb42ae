import { strict as assert } from 'node:assert';
import { completion, definition, hover, prepareRename, references, rename } from '../../../src/core/languageService';
import { applyEdits, atCursor, mark, slice } from './languageHarness';

describe('language: definition and references', () => {
  it('goes from a step’s channel to the channel’s id', () => {
    const { document, offset, text } = atCursor(mark('channel: phone', 'channel: ph'.length));
    const [found] = definition(document, offset);
    assert.ok(found);
    assert.equal(slice(text, found.range), 'phone');
    assert.equal(text.slice(0, found.range.start).split('\n').length, 12);
    assert.ok(slice(text, found.entity!).startsWith('id: phone'));
  });

  it('finds every use, with the definition when asked', () => {
    const { document, offset } = atCursor(mark('id: site', 'id: s'.length));
    assert.equal(references(document, offset, false).length, 2);
    assert.equal(references(document, offset, true).length, 3);
  });

  it('works while the schema refuses the file', () => {
    const fixture = mark('channel: phone', 'channel: ph'.length).replace('stage: contemplation', 'stage: 42');
    const { document, offset } = atCursor(fixture);
    assert.equal(document.engagement, undefined);
    assert.equal(definition(document, offset).length, 1);
  });
});

describe('language: hover', () => {
  it('shows a channel’s name, type, facts and uses', () => {
    const { document, offset } = atCursor(mark('channel: site', 'channel: s'.length));
    const result = hover(document, offset, 'en')!;
    assert.match(result.markdown, /\*\*Site web \(`site`\)\*\* — channel/);
    assert.match(result.markdown, /type: `web`/);
    assert.match(result.markdown, /recognises the customer/);
    assert.match(result.markdown, /Used 2 times/);
    assert.match(result.markdown, /line 29/);
  });

  it('says in French what a key means, and what an enum value means', () => {
    const onKey = atCursor(mark('digitalIntensity:', 3));
    assert.match(hover(onKey.document, onKey.offset, 'fr')!.markdown, /numérique du segment/);
    const onValue = atCursor(mark('type: phone', 'type: p'.length));
    assert.match(hover(onValue.document, onValue.offset, 'en')!.markdown, /\*\*phone\*\* — Phone/);
  });

  it('escapes names from the file', () => {
    const { document, offset } = atCursor(mark('channel: site', 'channel: s'.length).replace('name: Site web', 'name: "<img src=x onerror=alert(1)>"'));
    const markdown = hover(document, offset, 'en')!.markdown;
    assert.ok(!/(^|[^\\])</.test(markdown), markdown);
  });
});

describe('language: rename', () => {
  it('renames an id everywhere and the file stays valid', () => {
    const { document, offset, text } = atCursor(mark('id: site', 'id: s'.length));
    const prepared = prepareRename(document, offset, 'en');
    assert.deepEqual('placeholder' in prepared && prepared.placeholder, 'site');
    const result = rename(document, offset, 'website', 'en');
    assert.ok('edits' in result);
    assert.equal(result.edits.length, 3);
    const renamed = applyEdits(text, result.edits);
    assert.ok(!/\bsite\b(?! web)/.test(renamed.replace(/Site web/g, '')), renamed);
    const again = atCursor(renamed + '¦');
    assert.ok(again.document.engagement, 'still valid');
  });

  it('renames inside quotes and from a reference', () => {
    const fixture = mark('channel: site', 'channel: s'.length).replace('prefers: [site, phone]', 'prefers: ["site", phone]');
    const { document, offset, text } = atCursor(fixture);
    const result = rename(document, offset, 'web-site', 'en');
    assert.ok('edits' in result);
    assert.match(applyEdits(text, result.edits), /prefers: \["web-site", phone\]/);
  });

  it('refuses an invalid id, a taken id and a dimension', () => {
    const { document, offset } = atCursor(mark('id: site', 'id: s'.length));
    const invalid = rename(document, offset, 'Web Site', 'fr');
    assert.ok('refused' in invalid && /n’est pas un identifiant valide/.test(invalid.refused));
    const taken = rename(document, offset, 'phone', 'en');
    assert.ok('refused' in taken && /already called "phone"/.test(taken.refused));
    const onDimension = atCursor(mark('dimension: channel', 'dimension: c'.length));
    assert.ok('refused' in prepareRename(onDimension.document, onDimension.offset, 'en'));
  });
});

describe('language: references of the second release (redesigns, dependsOn)', () => {
  const withTargets = mark('id: reorder', 0).replace('¦', '').replace(
    "            critical: true\ninitiatives:",
    "            critical: true\n  - id: reorder-target\n    segment: pros\n    redesigns: reorder\n    stages:\n      - name: Commander\n        steps:\n          - channel: site\n            action: Commande en ligne\ninitiatives:",
  ).replace('    dimension: channel-integration\n', '    dimension: channel-integration\n  - id: crm\n    title: Un CRM\n    dimension: channel-integration\n    dependsOn: [share-history]\n');

  it('goes from `redesigns:` to the current journey and from `dependsOn` to the initiative', () => {
    const journey = atCursor(withTargets.replace('redesigns: reorder', 'redesigns: reo¦rder'));
    const [found] = definition(journey.document, journey.offset);
    assert.equal(slice(journey.text, found!.range), 'reorder');
    assert.ok(journey.text.slice(0, found!.range.start).endsWith('  - id: '));
    const initiative = atCursor(withTargets.replace('dependsOn: [share-history]', 'dependsOn: [share¦-history]'));
    assert.equal(references(initiative.document, initiative.offset, true).length, 2);
  });

  it('completes journey ids after `redesigns: ` and initiative ids in `dependsOn`', () => {
    const journey = atCursor(withTargets.replace('redesigns: reorder', 'redesigns: ¦'));
    assert.deepEqual(completion(journey.document, journey.offset, 'en').map((item) => item.label), ['reorder', 'reorder-target']);
    const initiative = atCursor(withTargets.replace('dependsOn: [share-history]', 'dependsOn: [¦]'));
    assert.deepEqual(completion(initiative.document, initiative.offset, 'en').map((item) => item.label), ['share-history', 'crm']);
  });
});
