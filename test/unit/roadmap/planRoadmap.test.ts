import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { assessMaturity } from '../../../src/core/maturity/assessMaturity';
import { normaliseEngagement } from '../../../src/core/model/engagement';
import type { EngagementFile } from '../../../src/core/model/engagementSchema';
import { EngagementFacts } from '../../../src/core/model/facts';
import { CHANGE_STAGES, type ChangeStage } from '../../../src/core/model/vocabulary';
import { gapsOf, planRoadmap, WEAK_LEVEL } from '../../../src/core/roadmap/planRoadmap';
import { roadmapToJson, type Roadmap } from '../../../src/core/roadmap/roadmap';
import { segmentsHurtBy } from '../../../src/core/roadmap/segmentDemand';
import { engagementFileArbitrary } from '../maturity/engagementArbitrary';

function plan(file: EngagementFile, lang: 'en' | 'fr' = 'en'): Roadmap {
  const engagement = normaliseEngagement(file);
  const facts = new EngagementFacts(engagement);
  return planRoadmap(engagement, assessMaturity(engagement, facts, () => undefined, lang), facts, lang);
}

/** A weak client: invisible, nothing online, silos, fearful sales force. */
const weakClient = (stage: ChangeStage, extra: Partial<EngagementFile> = {}): EngagementFile => ({
  engagement: { client: 'Acme' },
  change: { stage, barriers: [{ type: 'fear', who: 'sales' }, { type: 'urgency' }] },
  channels: [{ id: 'branch', type: 'store', capabilities: ['inform', 'order'] }, { id: 'site', type: 'web', capabilities: ['inform'] }],
  segments: [{ id: 'pros', share: 70, digitalIntensity: 'digital-first', expects: ['order', 'track'] }, { id: 'walk-in', share: 30, digitalIntensity: 'traditional' }],
  ...extra,
});

const ids = (roadmap: Roadmap) => roadmap.phases.flatMap((p) => p.initiatives.map((i) => i.id));
const allText = (roadmap: Roadmap) => JSON.stringify(roadmap);

describe('roadmap planner', () => {
  it('plans one phase per change stage from the current one to maintenance', () => {
    for (const [k, stage] of CHANGE_STAGES.entries()) {
      const roadmap = plan(weakClient(stage));
      assert.equal(roadmap.stage, stage);
      assert.deepEqual(roadmap.phases.map((p) => p.id), CHANGE_STAGES.slice(k));
      for (const phase of roadmap.phases) for (const i of phase.initiatives) assert.equal(i.stage, phase.id);
    }
  });

  it('precontemplation: raises awareness with the client\'s own figures and the seed-000 figures', () => {
    const first = plan(weakClient('precontemplation')).phases[0]!;
    assert.match(first.title, /awareness/i);
    const text = JSON.stringify(first);
    assert.match(text, /81% of buyers search online, yet 75% of suppliers/);
    assert.match(text, /22% of customers want.*fewer than 5%/);
    assert.match(text, /0 of 2 capabilities the segments expect online are offered/, "the client's own figure");
    assert.ok(first.initiatives.every((i) => i.horizon === 'now' && /own figures/.test(i.title)));
  });

  it('contemplation: business case and pilot', () => {
    const first = plan(weakClient('contemplation')).phases[0]!;
    assert.match(first.title, /business case and pilot/);
    assert.ok(first.initiatives.every((i) => i.title.startsWith('Business case and pilot')));
  });

  it('preparation: owners, budget, quick wins', () => {
    const first = plan(weakClient('preparation')).phases[0]!;
    assert.match(first.title, /owners, budget, quick wins/);
    assert.ok(first.initiatives.every((i) => i.owner.length > 0 && /owner, budget and quick wins/.test(i.title)));
  });

  it('action: training and employee tools, even when employee tools are not a gap (symmetry of attention)', () => {
    const modern = plan(weakClient('action', { organisation: { employeeTools: 'modern' } }));
    const first = modern.phases[0]!;
    assert.match(first.title, /training and employee tools/);
    assert.ok(first.initiatives.some((i) => i.dimension === 'employee-tools' && /training and tools/.test(i.title)));
  });

  it('maintenance: one phase that monitors and prevents relapse', () => {
    const roadmap = plan(weakClient('maintenance'));
    assert.equal(roadmap.phases.length, 1);
    assert.match(roadmap.phases[0]!.title, /prevent relapse/);
    assert.ok(roadmap.phases[0]!.initiatives.every((i) => i.title.startsWith('Monitor and prevent relapse')));
  });

  it('answers each barrier of the file as the seeds advise', () => {
    const initiative = plan(weakClient('preparation')).phases[0]!.initiatives[0]!;
    assert.deepEqual(initiative.barriers, [
      { type: 'fear', who: 'sales', answer: 'Involve the sales force in the design' },
      { type: 'urgency', answer: 'Time-boxed quick wins' },
    ]);
    const fr = plan({ ...weakClient('preparation'), change: { stage: 'preparation', barriers: [{ type: 'complacency' }, { type: 'inertia' }] } }, 'fr');
    assert.deepEqual(fr.phases[0]!.initiatives[0]!.barriers.map((b) => b.answer), ['Confronter le client à ses propres chiffres', 'Des petits pas, avec accompagnement']);
  });

  it('puts the weakest, most demanded dimensions first', () => {
    const first = plan(weakClient('action')).phases[0]!.initiatives;
    // Priority = (5 - level) x sum(share x intensity weight): lifecycle, data trust, employee tools and
    // organisation at 1 hurt everyone (4 x 310, ties in table order), the digital journey at 1 hurts
    // the digital-first 70% (4 x 280) as does channel integration at 1, visibility at 2 the same 70% (3 x 280).
    assert.deepEqual(first.slice(0, 6).map((i) => i.dimension), ['lifecycle', 'data-trust', 'employee-tools', 'organisation', 'digital-journey', 'channel-integration']);
    assert.ok(first.findIndex((i) => i.dimension === 'channel-integration') < first.findIndex((i) => i.dimension === 'visibility'));
  });

  it('skips a weak dimension no segment needs (traditional customers need no visibility)', () => {
    const roadmap = plan(weakClient('action', { segments: [{ id: 'walk-in', digitalIntensity: 'traditional' }] }));
    assert.ok(!ids(roadmap).some((id) => id.startsWith('visibility-')));
  });

  it('property: every weak dimension with demand gets an initiative in every phase', () => {
    fc.assert(fc.property(engagementFileArbitrary, (file) => {
      const engagement = normaliseEngagement(file);
      const facts = new EngagementFacts(engagement);
      const maturity = assessMaturity(engagement, facts, () => undefined, 'en');
      const roadmap = planRoadmap(engagement, maturity, facts, 'en');
      for (const d of maturity.dimensions) {
        if (d.level > WEAK_LEVEL || segmentsHurtBy(d.id, facts).length === 0) continue;
        for (const phase of roadmap.phases) {
          assert.ok(phase.initiatives.some((i) => i.dimension === d.id), `${d.id} (level ${d.level}) missing in ${phase.id}`);
        }
      }
      assert.equal(gapsOf(maturity, facts).length, new Set(gapsOf(maturity, facts).map((g) => g.dimension.id)).size);
    }), { numRuns: 300 });
  });

  it('property: deterministic, targets between today\'s level and 5', () => {
    fc.assert(fc.property(engagementFileArbitrary, (file) => {
      const a = plan(file);
      assert.deepEqual(plan(structuredClone(file)), a);
      for (const phase of a.phases) for (const i of phase.initiatives) assert.ok(i.targetLevel === undefined || (i.targetLevel >= 1 && i.targetLevel <= 5));
    }), { numRuns: 200 });
  });

  describe("merging the consultant's initiatives", () => {
    const withInitiatives = (stage: ChangeStage, initiatives: EngagementFile['initiatives']) => plan(weakClient(stage, { initiatives }));
    const phaseOf = (roadmap: Roadmap, id: string) => roadmap.phases.find((p) => p.initiatives.some((i) => i.id === id))?.id;

    it('places by horizon: now = current stage, next = the next, later = the one after', () => {
      const r = withInitiatives('contemplation', [
        { id: 'a', title: 'A', dimension: 'mobile' },
        { id: 'b', title: 'B', dimension: 'mobile', horizon: 'next' },
        { id: 'c', title: 'C', dimension: 'mobile', horizon: 'later' },
      ]);
      assert.deepEqual(['a', 'b', 'c'].map((id) => phaseOf(r, id)), ['contemplation', 'preparation', 'action']);
    });

    it('caps at maintenance, and an explicit stage wins over the horizon', () => {
      const r = withInitiatives('action', [
        { id: 'late', title: 'L', dimension: 'mobile', horizon: 'later' },
        { id: 'staged', title: 'S', dimension: 'mobile', horizon: 'later', stage: 'action' },
        { id: 'past', title: 'P', dimension: 'mobile', stage: 'precontemplation' },
      ]);
      assert.deepEqual(['late', 'staged', 'past'].map((id) => phaseOf(r, id)), ['maintenance', 'action', 'action']);
    });

    it('replaces a generated initiative with the same id, keeping the consultant\'s fields', () => {
      const r = withInitiatives('action', [
        { id: 'visibility-action', title: 'SEO sprint', dimension: 'visibility', owner: 'Agency', kpi: 'Rank', targetLevel: 3, barriers: ['fear'] },
      ]);
      const matches = r.phases.flatMap((p) => p.initiatives).filter((i) => i.id === 'visibility-action');
      assert.equal(matches.length, 1);
      const [i] = matches;
      assert.deepEqual(
        { title: i!.title, source: i!.source, owner: i!.owner, kpi: i!.kpi, targetLevel: i!.targetLevel, barriers: i!.barriers.map((b) => b.type) },
        { title: 'SEO sprint', source: 'consultant', owner: 'Agency', kpi: 'Rank', targetLevel: 3, barriers: ['fear'] },
      );
    });
  });

  it('serialises to the contract JSON shape', () => {
    const analysis = analyseEngagement(readFileSync('test/unit/roadmap/fixtures/northwind.en.engagement.yaml', 'utf8'));
    const json = roadmapToJson(analysis.roadmap!);
    assert.deepEqual(Object.keys(json), ['stage', 'summary', 'alerts', 'phases', 'backlog']);
    const phase = json.phases[0]!;
    assert.deepEqual(Object.keys(phase), ['id', 'title', 'window', 'initiatives']);
    assert.deepEqual(Object.keys(phase.initiatives[0]!), ['id', 'title', 'dimension', 'stage', 'source', 'horizon', 'targetLevel', 'owner', 'kpi', 'barriers', 'evidence', 'why', 'effort', 'impact', 'priority', 'quickWin', 'dependsOn', 'segments', 'fixes', 'processes', 'kpis', 'status']);
    const consultant = json.phases.flatMap((p) => p.initiatives).find((i) => i.id === 'rep-tablets')!;
    assert.equal(consultant.stage, 'action', 'horizon next from preparation');
    assert.deepEqual(consultant.evidence[0], { text: 'Tablets with the customer history for field reps', line: 99, column: 5 });
    assert.ok(allText(analysis.roadmap!).length > 0);
  });
});
