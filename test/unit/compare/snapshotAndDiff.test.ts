/** The snapshot (id-keyed, position-free) and the comparison of two snapshots. */
import * as assert from 'node:assert/strict';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { compareSnapshots, comparisonToJson, type Comparison } from '../../../src/core/compare/compareSnapshots';
import { DIMENSIONS } from '../../../src/core/model/vocabulary';
import { snapshotOf, SNAPSHOT_VERSION } from '../../../src/core/snapshot/engagementSnapshot';

const BASE = `engagement:
  client: Acme
  date: 2026-01-10
  language: en
change:
  stage: contemplation
channels:
  - id: branch
    type: store
    capabilities: [inform, order]
  - id: site
    type: web
    capabilities: [inform]
  - id: phone
    type: phone
    capabilities: [inform, support]
segments:
  - id: artisans
    digitalIntensity: multichannel
    expects: [order]
journeys:
  - id: reorder
    name: Reorder
    segment: artisans
    stages:
      - name: Search
        steps:
          - id: look
            channel: site
            action: Looks for the product
            emotion: -1
          - channel: phone
            action: Calls the branch
            emotion: 1
            critical: true
      - name: Buy
        steps:
          - channel: branch
            action: Buys in store
            capability: order
            emotion: 0
initiatives:
  - id: click-and-collect
    title: Order online, collect in store
    dimension: digital-journey
`;

function snap(text: string) {
  const analysis = analyseEngagement(text);
  assert.ok(analysis.maturity, JSON.stringify(analysis.diagnostics.filter((d) => d.severity === 'error')));
  return snapshotOf(analysis);
}

function compare(before: string, after: string): Comparison {
  return compareSnapshots({ path: 'before.engagement.yaml', snapshot: snap(before) }, { path: 'after.engagement.yaml', snapshot: snap(after) });
}

describe('engagement snapshot', () => {
  it('is versioned, keyed by ids and holds no YAML position', () => {
    const s = snap(BASE);
    assert.equal(s.snapshotVersion, SNAPSHOT_VERSION);
    assert.deepEqual(s.dimensions.map((d) => d.id), [...DIMENSIONS]);
    assert.equal(s.engagement?.client, 'Acme');
    assert.equal(s.engagement?.stage, 'contemplation');
    const steps = s.journeys[0]!.steps;
    assert.deepEqual(steps.map((step) => step.key), ['#look', 'Search@0', 'Buy@0']);
    assert.deepEqual(steps.map((step) => step.matchedBy), ['id', 'position', 'position']);
    assert.deepEqual(steps.map((step) => step.ref), ['reorder/0/0', 'reorder/0/1', 'reorder/1/0']);
    assert.doesNotMatch(JSON.stringify(s), /"(line|column|start|end|range)"/);
  });

  it('keys each diagnostic by ids instead of list positions', () => {
    const s = snap(BASE);
    const breaks = s.diagnostics.filter((d) => d.code === 'continuity-break');
    assert.ok(breaks.length >= 1);
    for (const d of breaks) {
      assert.match(d.path, /^journeys\.0\.stages\.\d\.steps\.\d\.channel$/);
      assert.match(d.key, /^journeys\[reorder\]\.stages\[(Search|Buy)\]\.steps\[[^\]]+\]\.channel$/);
    }
    const unused = snap(BASE.replace('channels:\n', 'channels:\n  - id: kiosk\n    type: kiosk\n')).diagnostics.find((d) => d.code === 'channel-unused')!;
    assert.deepEqual([unused.path, unused.key], ['channels.0.id', 'channels[kiosk].id']);
  });

  it('reads the continuity breaks and the moments of truth', () => {
    const j = snap(BASE).journeys[0]!;
    // site -> phone and phone -> branch: neither target shares history
    assert.deepEqual(j.breaks, [{ from: '#look', to: 'Search@0' }, { from: 'Search@0', to: 'Buy@0' }]);
    assert.equal(j.steps[1]!.served, true);
    assert.equal(j.steps[0]!.served, undefined);
  });

  it('reads initiatives with their status, planned by default', () => {
    const s = snap(BASE);
    assert.deepEqual(s.initiatives, [{ id: 'click-and-collect', title: 'Order online, collect in store', dimension: 'digital-journey', status: 'planned' }]);
  });
});

describe('comparison of two snapshots', () => {
  it('finds nothing between a file and itself', () => {
    const c = compare(BASE, BASE);
    assert.ok(c.dimensions.every((d) => d.delta === 0));
    assert.deepEqual(c.diagnostics, { fixed: [], new: [] });
    assert.deepEqual(c.journeys.map((j) => j.status), ['unchanged']);
    assert.ok(c.journeys[0]!.steps.every((s) => s.status === 'unchanged'));
    assert.deepEqual(c.moments, []);
  });

  it('matches steps by id even when they move, and by stage name and position otherwise', () => {
    // A new step with an id before "look", and an id-less step inserted at the end of Search.
    const after = BASE
      .replace('          - id: look\n', '          - id: compare\n            channel: site\n            action: Compares prices\n          - id: look\n')
      .replace('            critical: true\n', '            critical: true\n          - channel: phone\n            action: Calls again\n');
    const c = compare(BASE, after);
    const steps = c.journeys[0]!.steps;
    const look = steps.find((s) => s.detail.action === 'Looks for the product')!;
    assert.equal(look.status, 'unchanged');
    assert.equal(look.matchedBy, 'id');
    assert.equal(look.before, 'reorder/0/0');
    assert.equal(look.after, 'reorder/0/1');
    const calls = steps.find((s) => s.detail.action === 'Calls the branch')!;
    assert.equal(calls.matchedBy, 'position');
    assert.equal(calls.status, 'unchanged');
    assert.deepEqual(steps.filter((s) => s.status === 'added').map((s) => s.detail.action), ['Compares prices', 'Calls again']);
    assert.equal(c.journeys[0]!.status, 'changed');
  });

  it('reports changed and removed steps with their emotions and channels', () => {
    const after = BASE
      .replace('            action: Looks for the product\n            emotion: -1', '            action: Looks for the product\n            emotion: 1')
      .replace('      - name: Buy\n        steps:\n          - channel: branch\n            action: Buys in store\n            capability: order\n            emotion: 0\n',
        '      - name: Buy\n        steps:\n          - channel: site\n            action: Buys online\n            capability: order\n');
    const c = compare(BASE, after);
    const steps = c.journeys[0]!.steps;
    const look = steps.find((s) => s.before === 'reorder/0/0')!;
    assert.deepEqual([look.status, look.emotionBefore, look.emotionAfter], ['changed', -1, 1]);
    const buy = steps.find((s) => s.before === 'reorder/1/0')!;
    // Same stage name and position: the same step, changed (channel, action, emotion gone).
    assert.deepEqual([buy.status, buy.channelBefore, buy.channelAfter, buy.emotionBefore, buy.emotionAfter, buy.matchedBy], ['changed', 'branch', 'site', 0, null, 'position']);
  });

  it('reports a removed step and a removed journey, and an added one', () => {
    const withoutCall = BASE.replace('          - channel: phone\n            action: Calls the branch\n            emotion: 1\n            critical: true\n', '');
    const c = compare(BASE, withoutCall);
    assert.deepEqual(c.journeys[0]!.steps.map((s) => s.status), ['unchanged', 'removed', 'unchanged']);
    assert.equal(c.journeys[0]!.breaksBefore, 2);
    assert.equal(c.journeys[0]!.breaksAfter, 1);
    assert.equal(c.journeys[0]!.breaksClosed.length, 2);
    assert.equal(c.journeys[0]!.breaksOpened.length, 1);
    const renamed = compare(BASE, BASE.replace('  - id: reorder\n', '  - id: restock\n'));
    assert.deepEqual(renamed.journeys.map((j) => [j.id, j.status]), [['restock', 'added'], ['reorder', 'removed']]);
    assert.ok(renamed.journeys[1]!.steps.every((s) => s.status === 'removed' && s.after === null));
  });

  it('lists fixed and new diagnostics, and a finding that only moved is neither', () => {
    // sharesHistory on phone closes the break into phone; a new channel moves lines without changing findings.
    const after = BASE.replace('  - id: phone\n    type: phone\n', '  - id: phone\n    type: phone\n    sharesHistory: true\n');
    const c = compare(BASE, after);
    assert.deepEqual(c.diagnostics.fixed.map((d) => [d.code, d.path]), [['continuity-break', 'journeys.0.stages.0.steps.1.channel']]);
    assert.deepEqual(c.diagnostics.new.map((d) => d.code), ['history-without-recognition']);
    assert.equal(c.journeys[0]!.breaksClosed[0]!.to.channel, 'phone');
    const moved = compare(BASE, BASE.replace('channels:\n', 'channels:\n  - id: kiosk\n    type: kiosk\n    capabilities: [inform]\n'));
    assert.deepEqual(moved.diagnostics.fixed, []);
    assert.deepEqual(moved.diagnostics.new.map((d) => [d.code, d.path]), [['channel-unused', 'channels.0.id']]);
  });

  it('tells dimension deltas and the moments of truth that improved or worsened', () => {
    const worse = BASE.replace('            emotion: 1\n            critical: true', '            emotion: -2\n            critical: true');
    const c = compare(BASE, worse);
    assert.deepEqual(c.moments.map((m) => [m.action, m.direction, m.servedBefore, m.servedAfter]), [['Calls the branch', 'worsened', true, false]]);
    const back = compare(worse, BASE);
    assert.deepEqual(back.moments.map((m) => m.direction), ['improved']);
    for (const d of c.dimensions) assert.equal(d.delta, d.after - d.before);
    const human = c.dimensions.find((d) => d.id === 'human-touch')!;
    assert.ok(human.delta <= 0);
  });

  it('follows initiatives[].status across versions (read from the model when the schema carries it)', () => {
    const analysis = analyseEngagement(BASE);
    (analysis.engagement!.initiatives[0] as unknown as { status: string }).status = 'done';
    const done = snapshotOf(analysis);
    assert.equal(done.initiatives[0]!.status, 'done');
    const c = compareSnapshots({ path: 'a', snapshot: snap(BASE) }, { path: 'b', snapshot: done });
    assert.deepEqual(c.initiatives.map((i) => [i.id, i.statusBefore, i.statusAfter]), [['click-and-collect', 'planned', 'done']]);
    const dropped = compareSnapshots({ path: 'a', snapshot: snap(BASE) }, { path: 'b', snapshot: snap(BASE.replace(/initiatives:[\s\S]*$/, '')) });
    assert.deepEqual(dropped.initiatives.map((i) => [i.id, i.statusBefore, i.statusAfter]), [['click-and-collect', 'planned', null]]);
  });

  it('prints exactly the contract JSON shape', () => {
    const json = comparisonToJson(compare(BASE, BASE.replace('date: 2026-01-10', 'date: 2026-07-10')));
    assert.deepEqual(Object.keys(json), ['before', 'after', 'overall', 'dimensions', 'diagnostics', 'journeys', 'initiatives']);
    assert.deepEqual(json.before, { path: 'before.engagement.yaml', client: 'Acme', date: '2026-01-10' });
    assert.deepEqual(json.after.date, '2026-07-10');
    assert.deepEqual(Object.keys(json.overall), ['before', 'after', 'maturityBefore', 'maturityAfter']);
    assert.deepEqual(Object.keys(json.dimensions[0]!), ['id', 'before', 'after', 'delta']);
    assert.deepEqual(Object.keys(json.journeys[0]!), ['id', 'status', 'breaksBefore', 'breaksAfter', 'steps']);
    assert.deepEqual(Object.keys(json.journeys[0]!.steps[0]!), ['before', 'after', 'status', 'emotionBefore', 'emotionAfter', 'channelBefore', 'channelAfter', 'matchedBy']);
    assert.deepEqual(json.initiatives, [{ id: 'click-and-collect', title: 'Order online, collect in store', statusBefore: 'planned', statusAfter: 'planned' }]);
  });
});
