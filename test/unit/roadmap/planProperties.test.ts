// Properties of every plan, over generated valid engagements: the contract's rules hold whatever
// the file says. Plus bad input: a file that triggers nothing, and a huge one.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EngagementFile } from '../../../src/core/model/engagementSchema';
import { CHANGE_STAGES, DIMENSIONS, EFFORTS, INITIATIVE_STATUSES } from '../../../src/core/model/vocabulary';
import { roadmapToJson, type Roadmap } from '../../../src/core/roadmap/roadmap';
import { engagementFileArbitrary } from '../maturity/engagementArbitrary';
import { contextOf, plan, planned, weakClient } from './planFixtures';

/** The maturity arbitrary, with emotions and pains on the steps, revenue shares and consultant initiatives (acyclic). */
const planArbitrary: fc.Arbitrary<EngagementFile> = fc.tuple(
  engagementFileArbitrary,
  fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 12, maxLength: 12 }),
  fc.boolean(),
  fc.array(fc.record({
    dimension: fc.constantFrom(...DIMENSIONS),
    horizon: fc.constantFrom('now', 'next', 'later'),
    effort: fc.option(fc.constantFrom(...EFFORTS), { nil: undefined }),
    status: fc.option(fc.constantFrom(...INITIATIVE_STATUSES), { nil: undefined }),
    targetLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    dependsOnEarlier: fc.boolean(),
    dependsOnPlaybook: fc.constantFrom(undefined, 'local-listings', 'data-charter', 'customer-dashboard'),
    title: fc.constantFrom('Local search listings', 'Data charter', 'Sales commission on online orders', 'Something else'),
  }), { maxLength: 4 }),
).map(([file, emotions, withRevenue, initiatives]) => {
  const f = structuredClone(file);
  let k = 0;
  for (const j of f.journeys ?? []) for (const s of j.stages) for (const step of s.steps) { step.emotion = emotions[k++ % emotions.length]; step.pain = `pain ${k}`; }
  if (withRevenue) f.segments.forEach((s, i) => { s.revenueShare = i === 0 ? 50 : 10; });
  f.initiatives = initiatives.map((i, n) => ({
    id: `mine-${n}`, title: `${i.title} (${n})`, dimension: i.dimension, horizon: i.horizon as 'now',
    ...(i.effort ? { effort: i.effort } : {}), ...(i.status ? { status: i.status } : {}), ...(i.targetLevel ? { targetLevel: i.targetLevel } : {}),
    dependsOn: [...(i.dependsOnEarlier && n > 0 ? [`mine-${n - 1}`] : []), ...(i.dependsOnPlaybook ? [i.dependsOnPlaybook] : [])],
  }));
  return f;
});

function checkPlan(file: EngagementFile, roadmap: Roadmap): void {
  const ctx = contextOf(file);
  const all = planned(roadmap);
  // Phases: one per stage from today's, windows in order, maintenance ≥ 6 months after action starts.
  assert.deepEqual(roadmap.phases.map((p) => p.id), CHANGE_STAGES.slice(CHANGE_STAGES.indexOf(file.change.stage)));
  roadmap.phases.forEach((p, k) => {
    assert.ok(p.window.startMonth < p.window.endMonth);
    if (k > 0) assert.ok(p.window.startMonth >= roadmap.phases[k - 1]!.window.endMonth);
    assert.ok(p.initiatives.length >= 1, `${p.id} is empty`);
    assert.ok(p.initiatives.length <= 6, `${p.id} holds ${p.initiatives.length}`);
    for (const i of p.initiatives) {
      assert.equal(i.stage, p.id);
      for (const kpi of i.kpis) assert.ok(kpi.due >= p.window.startMonth && kpi.due <= p.window.endMonth, `${i.id} due ${kpi.due}`);
    }
  });
  const action = roadmap.phases.find((p) => p.id === 'action');
  const maintenance = roadmap.phases.at(-1)!;
  if (action) assert.ok(maintenance.window.startMonth >= action.window.startMonth + 6);
  assert.ok(maintenance.initiatives.length >= 3);
  assert.ok(all.length <= 25);
  // Dependencies: in the roadmap, same phase or earlier.
  const phaseOf = new Map(roadmap.phases.flatMap((p, k) => p.initiatives.map((i) => [i.id, k] as const)));
  for (const i of all) for (const d of i.dependsOn) assert.ok(phaseOf.has(d) && phaseOf.get(d)! <= phaseOf.get(i.id)!, `${i.id} → ${d}`);
  // Unique ids; no duplicate title in a phase.
  assert.equal(new Set(all.map((i) => i.id)).size, all.length);
  for (const p of roadmap.phases) assert.equal(new Set(p.initiatives.map((i) => i.title)).size, p.initiatives.length);
  // Owners: named in the file, general management, or to be named.
  const allowed = new Set<string | undefined>([
    ...file.channels.map((c) => c.owner?.trim()), ...(file.change.barriers ?? []).map((b) => b.who?.trim()),
    ...(file.initiatives ?? []).map((i) => i.owner), 'General management', 'to be named',
  ]);
  for (const i of all) assert.ok(allowed.has(i.owner), `${i.id}: ${i.owner}`);
  // Targets above today's level, at most two above.
  for (const i of all) {
    if (i.targetLevel === undefined) continue;
    const level = ctx.level(i.dimension);
    assert.ok(i.targetLevel > level && i.targetLevel <= Math.min(5, level + 2), `${i.id}: ${level} → ${i.targetLevel}`);
  }
  // Every failed moment of truth is fixed.
  const fixed = new Set(all.flatMap((i) => i.fixes));
  for (const f of ctx.failedMoments) assert.ok(fixed.has(f.step.key), `${f.step.key} unfixed`);
  // Quick wins first in precontemplation and contemplation, when the plan has them to give.
  if (file.change.stage === 'precontemplation' || file.change.stage === 'contemplation') {
    const available = [...all, ...roadmap.backlog].filter((i) => i.quickWin && i.source === 'generated').length;
    assert.ok(roadmap.phases[0]!.initiatives.filter((i) => i.quickWin).length >= Math.min(2, available));
  }
  // Each barrier answered on one to three initiatives.
  for (const b of file.change.barriers ?? []) {
    const n = all.filter((i) => i.barriers.some((x) => x.type === b.type && x.who === b.who)).length;
    assert.ok(n >= 1 && n <= 3, `${b.type}: ${n}`);
  }
  assert.ok(roadmap.summary.length >= 2 && roadmap.summary.length <= 4);
  // Quick win: S, no unmet dependency.
  for (const i of all) if (i.quickWin) assert.equal(i.effort, 'S');
}

describe('plan properties', () => {
  it('every plan respects the contract: phases, windows, caps, dependencies, owners, targets, fixes, quick wins, barriers', () => {
    fc.assert(fc.property(planArbitrary, (file) => checkPlan(file, plan(file))), { numRuns: 300 });
  });

  it('is deterministic and serialises to the same JSON', () => {
    fc.assert(fc.property(planArbitrary, (file) => {
      assert.deepEqual(roadmapToJson(plan(file)), roadmapToJson(plan(structuredClone(file))));
    }), { numRuns: 100 });
  });

  it('the French plan has no ordinary space before : ; % ! ? in its titles, whys and summary', () => {
    fc.assert(fc.property(planArbitrary, (file) => {
      const r = plan(file, 'fr');
      const generated = planned(r).filter((i) => i.source === 'generated');
      for (const text of [...generated.flatMap((i) => [i.title, i.why, ...i.barriers.map((b) => b.answer)]), ...r.summary.map((m) => m.text), ...r.alerts.map((a) => a.text)]) {
        assert.doesNotMatch(text, / [:;%!?]/, text);
      }
    }), { numRuns: 100 });
  });
});

describe('plan of bad input', () => {
  it('a file that triggers nothing still gets a summary and a sustain plan', () => {
    const bare: EngagementFile = {
      engagement: { client: 'Bare' }, change: { stage: 'maintenance' },
      organisation: { unifiedPnl: true, itMarketingAlignment: 'full', dataCharter: true, employeeTools: 'modern', customerVoice: 'engaged' },
      channels: [{ id: 'web', type: 'web', visibility: 'high', capabilities: ['inform', 'order', 'track', 'support', 'return', 'review'], recognizesCustomer: true, sharesHistory: true, human: true }],
      segments: [{ id: 'all', digitalIntensity: 'traditional' }],
    };
    const r = plan(bare);
    assert.ok(r.summary.length >= 2);
    assert.ok(r.phases[0]!.initiatives.length >= 3);
    const minimal = plan({ engagement: { client: 'X' }, change: { stage: 'precontemplation' }, channels: [{ id: 'a', type: 'other' }], segments: [{ id: 's', digitalIntensity: 'traditional' }] });
    checkPlan({ engagement: { client: 'X' }, change: { stage: 'precontemplation' }, channels: [{ id: 'a', type: 'other' }], segments: [{ id: 's', digitalIntensity: 'traditional' }] }, minimal);
  });

  it('500 journeys and 1,000 critical steps still give at most 25 initiatives, every failed moment fixed', () => {
    const base = weakClient('contemplation');
    const journey = base.journeys![0]!;
    base.journeys = Array.from({ length: 500 }, (_, k) => ({ ...structuredClone(journey), id: `j-${k}` }));
    const r = plan(base);
    assert.ok(planned(r).length <= 25);
    checkPlan(base, r);
  });
});
