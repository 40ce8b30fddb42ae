// Every intervention of the playbook fires on its facts and stays quiet without them (a table:
// one row per intervention), and the playbook as a whole is well formed: stable unique ids, known
// prerequisites without a cycle, the ten dimensions covered, texts in both languages without ids.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EngagementFile } from '../../../src/core/model/engagementSchema';
import { DIMENSIONS } from '../../../src/core/model/vocabulary';
import { PLAYBOOK } from '../../../src/core/roadmap/playbook';
import { topologicalOrder } from '../../../src/core/roadmap/planner/orderByDependencies';
import { CHANGE_PROCESSES } from '../../../src/core/roadmap/roadmap';
import { channel, contextOf, matureClient, variant, weakClient } from './planFixtures';

const W = weakClient();
/** fires: a file where the intervention's facts hold; quiet: the nearest file where they do not (null: it always fires). */
const TABLE: Record<string, { fires: EngagementFile; quiet: EngagementFile | null }> = {
  'awareness-session': { fires: W, quiet: weakClient('contemplation') },
  'measure-digital-intensity': { fires: W, quiet: weakClient('action') },
  'decision-file': { fires: weakClient('contemplation'), quiet: weakClient('preparation') },
  'steering-committee': { fires: weakClient('preparation'), quiet: weakClient('action') },
  'local-listings': { fires: W, quiet: variant(W, (f) => { channel(f, 'c-site').visibility = 'high'; }) },
  'stock-prices-online': { fires: W, quiet: variant(W, (f) => { channel(f, 'c-site').capabilities = ['inform', 'compare']; }) },
  'mobile-ready-site': { fires: W, quiet: variant(W, (f) => { channel(f, 'c-site').mobileReady = true; }) },
  'reviews-community': { fires: W, quiet: variant(W, (f) => { f.organisation!.customerVoice = 'engaged'; }) },
  'online-order-pilot': { fires: W, quiet: variant(W, (f) => { channel(f, 'c-site').capabilities = ['inform', 'order']; }) },
  'online-order-rollout': { fires: W, quiet: variant(W, (f) => { channel(f, 'c-site').capabilities = ['inform', 'order']; }) },
  'reservation-visible': { fires: W, quiet: variant(W, (f) => { channel(f, 'c-branch').sharesHistory = true; }) },
  'recognise-then-share': { fires: W, quiet: variant(W, (f) => { for (const c of f.channels) { c.recognizesCustomer = true; c.sharesHistory = true; } }) },
  'employee-tools-after-history': { fires: W, quiet: variant(W, (f) => { f.organisation!.employeeTools = 'modern'; }) },
  'guaranteed-callback': { fires: W, quiet: variant(W, (f) => { f.journeys![0]!.stages[0]!.steps[1]!.emotion = 0; }) },
  'click-and-connect': { fires: W, quiet: variant(W, (f) => { f.channels.push({ id: 'chat', type: 'chat', human: true, capabilities: ['advise'] }); }) },
  'moments-of-truth-owners': { fires: W, quiet: variant(W, (f) => { for (const s of f.journeys![0]!.stages.flatMap((x) => x.steps)) if (s.critical) s.emotion = 1; }) },
  'tracking-after-sale': { fires: W, quiet: variant(W, (f) => { channel(f, 'c-site').capabilities = ['inform', 'track']; }) },
  'usable-statements': { fires: W, quiet: variant(W, (f) => { f.journeys![0]!.stages[3]!.steps[0]!.emotion = 0; }) },
  'journey-after-purchase': { fires: variant(W, (f) => { f.journeys![0]!.stages = f.journeys![0]!.stages.slice(0, 2); }), quiet: W },
  'data-charter': { fires: W, quiet: variant(W, (f) => { f.organisation!.dataCharter = true; }) },
  'governance-it-marketing': { fires: W, quiet: variant(W, (f) => { f.organisation!.itMarketingAlignment = 'full'; }) },
  'sales-force-credited': { fires: W, quiet: variant(W, (f) => { f.channels = f.channels.filter((c) => c.type !== 'field-sales'); f.change.barriers = []; }) },
  'single-pnl': { fires: W, quiet: variant(W, (f) => { f.organisation!.unifiedPnl = true; }) },
  'accompany-gently': { fires: weakClient('action'), quiet: weakClient('maintenance') },
  'customer-dashboard': { fires: matureClient(), quiet: null },
  'reinforcement-review': { fires: matureClient(), quiet: null },
  're-assessment': { fires: matureClient(), quiet: null },
  'relapse-indicators': { fires: W, quiet: matureClient('action') },
  'raise-weakest': { fires: matureClient(), quiet: W },
};

describe('playbook', () => {
  it('holds at least 25 interventions with stable, unique slugs', () => {
    assert.ok(PLAYBOOK.length >= 25, `${PLAYBOOK.length} interventions`);
    const ids = PLAYBOOK.map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9][a-z0-9-]*$/);
  });

  it('has a table row for every intervention, and no row for an unknown one', () => {
    assert.deepEqual(Object.keys(TABLE).sort(), PLAYBOOK.map((i) => i.id).sort());
  });

  it('covers all ten dimensions', () => {
    const moved = new Set(PLAYBOOK.flatMap((i) => (i.dimensions === 'weakest' ? [] : i.dimensions)));
    assert.deepEqual(DIMENSIONS.filter((d) => !moved.has(d)), []);
  });

  it('names only known prerequisites, and they have no cycle', () => {
    const ids = new Set(PLAYBOOK.map((i) => i.id));
    for (const i of PLAYBOOK) for (const p of i.prerequisites) assert.ok(ids.has(p), `${i.id} needs unknown ${p}`);
    const order = topologicalOrder(PLAYBOOK.map((i) => i.id), (id) => PLAYBOOK.find((i) => i.id === id)!.prerequisites, () => 0, 'throw');
    assert.equal(order.length, PLAYBOOK.length);
  });

  it('is listed in docs/planner.md, one row per intervention', () => {
    const doc = readFileSync('docs/planner.md', 'utf8');
    for (const i of PLAYBOOK) assert.match(doc, new RegExp(`^\\| \`${i.id}\` \\| ${i.family} \\|`, 'm'), i.id);
  });

  it('catches a cycle', () => {
    assert.throws(() => topologicalOrder(['a', 'b', 'c'], (id) => ({ a: ['c'], b: ['a'], c: ['b'] })[id]!, () => 0, 'throw'), /cycle/);
  });

  it('uses only the processes of change of the model, and at least one each', () => {
    for (const i of PLAYBOOK) {
      assert.ok(i.processes.length > 0, i.id);
      for (const p of i.processes) assert.ok((CHANGE_PROCESSES as readonly string[]).includes(p), `${i.id}: ${p}`);
    }
  });

  for (const intervention of PLAYBOOK) {
    const row = TABLE[intervention.id];
    describe(intervention.id, () => {
      it('fires on its facts, with texts in English and French that name the client\'s things, not ids', () => {
        assert.ok(row, 'a table row');
        for (const lang of ['en', 'fr'] as const) {
          const ctx = contextOf(row.fires, lang);
          const found = intervention.trigger(ctx);
          assert.ok(found, `fires (${lang})`);
          const text = intervention.write(ctx, found);
          assert.ok(text.title.length > 10 && text.why.length > 10, 'a title and a why');
          assert.ok(text.kpis.length > 0 && text.kpis.every((k) => k.name && k.baseline && k.target), 'KPIs with a baseline');
          const body = `${text.title} ${text.why}`;
          for (const id of ['c-branch', 'c-phone', 'c-site', 'c-statement', 'c-reps', 's-pros', 's-walk-in', 'j-urgent']) {
            assert.ok(!body.includes(id), `no id "${id}" in: ${body}`);
          }
          if (lang === 'fr') assert.ok(!/ [:;%!?]/.test(body), `French typography: ${body}`);
        }
      });
      if (row?.quiet) {
        it('stays quiet without them', () => {
          assert.equal(intervention.trigger(contextOf(row.quiet!)), undefined);
        });
      }
    });
  }

  it('the mature client is at 4 or 5 everywhere (the fixture is what it says)', () => {
    const ctx = contextOf(matureClient());
    assert.deepEqual(ctx.maturity.dimensions.filter((d) => d.level < 4).map((d) => `${d.id} ${d.level}`), []);
  });
});
