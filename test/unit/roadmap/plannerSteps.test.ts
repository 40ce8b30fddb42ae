// Each step of the planner on its own (docs/planner.md), with figures checkable by hand.
import * as assert from 'node:assert/strict';
import { PLAYBOOK } from '../../../src/core/roadmap/playbook';
import { answerBarriers } from '../../../src/core/roadmap/planner/answerBarriers';
import { processesFor } from '../../../src/core/roadmap/planner/buildInitiatives';
import type { Candidate } from '../../../src/core/roadmap/planner/candidate';
import { ensureFixes, isQuickWin, promoteQuickWins } from '../../../src/core/roadmap/planner/completePlan';
import { consultantPhase, mergeConsultant } from '../../../src/core/roadmap/planner/mergeConsultant';
import { orderByDependencies } from '../../../src/core/roadmap/planner/orderByDependencies';
import { impactOf, prioritise } from '../../../src/core/roadmap/planner/prioritise';
import { MAX_INITIATIVES, MAX_PER_PHASE, phaseWindows, schedulePhases } from '../../../src/core/roadmap/planner/schedulePhases';
import { summarise } from '../../../src/core/roadmap/planner/summarise';
import { phaseFit, triggerCandidates } from '../../../src/core/roadmap/planner/triggerCandidates';
import { segmentWeights } from '../../../src/core/roadmap/planner/weighGaps';
import { match } from '../../../src/core/roadmap/playbook/intervention';
import { contextOf, matureClient, plan, planned, variant, weakClient } from './planFixtures';

const STAGES = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'] as const;

const node = (id: string, priority: number, extra: Partial<Candidate> = {}): Candidate => ({
  id, match: match([]), dimensions: ['visibility'], effort: 'M', impact: priority * 2, priority,
  prerequisites: [], dependsOn: [], fit: [0, 1, 2, 3, 4], order: 0, ...extra,
});

describe('planner steps', () => {
  describe('1. gaps weighted by the segments they affect', () => {
    it('weighs a segment by its revenue share when the file gives one, else by its share, times its intensity', () => {
      const ctx = contextOf(weakClient());
      const weights = segmentWeights(ctx.engagement.segments);
      assert.deepEqual([...weights.values()], [0.6 * 3, 0.4 * 1]);
      const byRevenue = contextOf(variant(weakClient(), (f) => { f.segments[0]!.revenueShare = 20; f.segments[1]!.revenueShare = 80; }));
      assert.deepEqual([...segmentWeights(byRevenue.engagement.segments).values()], [0.2 * 3, 0.8 * 1]);
    });

    it('counts only the segments a gap affects: traditional walk-in customers need no visibility', () => {
      const ctx = contextOf(weakClient());
      const visibility = ctx.gaps.get('visibility')!;
      assert.deepEqual(visibility.segments.map((s) => s.id), ['s-pros']);
      // (5 − 2) × 1.8 = 5.4
      assert.equal(visibility.weight, 5.4);
      // Behind-the-scenes dimensions weigh half: data trust at 1, the contractors who expect to order: (5 − 1) × 1.8 × 0.5
      assert.equal(ctx.gaps.get('data-trust')!.weight, 3.6);
    });
  });

  describe('2. candidates triggered by the facts', () => {
    it('fits a row to the phases of its stages, and recycles a row whose stages are all past', () => {
      assert.deepEqual(phaseFit(['preparation', 'action'], STAGES), [2, 3]);
      assert.deepEqual(phaseFit(['preparation', 'action'], ['maintenance']), [0]);
    });

    it('triggers only what the facts call for, anchors in their phase', () => {
      const candidates = triggerCandidates(contextOf(weakClient()), STAGES);
      const ids = candidates.map((c) => c.id);
      assert.ok(ids.includes('local-listings') && ids.includes('awareness-session') && !ids.includes('raise-weakest'));
      assert.equal(candidates.find((c) => c.id === 'awareness-session')!.fixedPhase, 0);
      assert.equal(candidates.find((c) => c.id === 'customer-dashboard')!.fixedPhase, 4);
    });
  });

  describe('3. priority = impact / effort', () => {
    it('computes the impact by hand: gaps of its dimensions over the segments it serves, plus the moments it fixes', () => {
      const ctx = contextOf(weakClient());
      const callback = triggerCandidates(ctx, STAGES).find((c) => c.id === 'guaranteed-callback')!;
      // human touch: both critical moments lived badly → level 1 ((5 − 1) × 1.8 = 7.2); fixes "Calls the branch" (|−1| × 1.8)
      assert.equal(ctx.level('human-touch'), 1);
      assert.equal(impactOf(callback, ctx), 9);
      prioritise([callback], ctx);
      assert.equal(callback.priority, 9, 'an S divides by 1');
      const pilot = prioritise(triggerCandidates(ctx, STAGES).filter((c) => c.id === 'online-order-pilot'), ctx)[0]!;
      assert.equal(pilot.priority, Math.round((pilot.impact / 2) * 100) / 100, 'an M divides by 2');
    });
  });

  describe('4. dependencies in topological order', () => {
    it('puts prerequisites first, and a cheap prerequisite of an urgent initiative early', () => {
      const ordered = orderByDependencies([node('a', 1), node('b', 9, { prerequisites: ['c'] }), node('c', 0.5), node('d', 5)]);
      assert.deepEqual(ordered.map((c) => c.id), ['c', 'b', 'd', 'a']);
      assert.deepEqual(ordered.find((c) => c.id === 'b')!.dependsOn, ['c']);
    });

    it('ignores a prerequisite the facts did not call for (already satisfied)', () => {
      const [only] = orderByDependencies([node('pilot', 3, { prerequisites: ['data-charter'] })]);
      assert.deepEqual(only!.dependsOn, []);
    });

    it('breaks a cycle instead of failing (the file then has dependency-cycle)', () => {
      const ordered = orderByDependencies([node('x', 1, { prerequisites: ['y'] }), node('y', 2, { prerequisites: ['x'] })]);
      assert.equal(ordered.length, 2);
      assert.deepEqual(ordered[0]!.dependsOn, []);
    });
  });

  describe('5. schedule into dated phases', () => {
    it('dates the phases back to back; maintenance starts six months after action starts', () => {
      assert.deepEqual(phaseWindows(STAGES), [
        { startMonth: 0, endMonth: 2 }, { startMonth: 2, endMonth: 4 }, { startMonth: 4, endMonth: 6 }, { startMonth: 6, endMonth: 12 }, { startMonth: 12, endMonth: 24 },
      ]);
      assert.deepEqual(phaseWindows(['maintenance']), [{ startMonth: 0, endMonth: 12 }]);
    });

    it('keeps 6 a phase and 25 in all; the rest goes to the backlog, with whatever depends on it', () => {
      const many = Array.from({ length: 40 }, (_, k) => node(`n${k}`, 40 - k, { fit: [k % 5], order: k }));
      many.push(node('late', 0.1, { prerequisites: ['n39'], fit: [4], order: 99 }));
      const s = schedulePhases(orderByDependencies(many), 5);
      for (const phase of s.phases) assert.ok(phase.length <= MAX_PER_PHASE);
      assert.equal(s.phases.flat().length, MAX_INITIATIVES);
      assert.ok(s.backlog.some((c) => c.id === 'late'));
    });

    it('places a prerequisite no later than a fixed initiative waiting for it', () => {
      const s = schedulePhases(orderByDependencies([node('prep', 1, { fit: [3] }), node('mine', 5, { prerequisites: ['prep'], fixedPhase: 1 })]), 5);
      const phaseOf = (id: string) => s.phases.findIndex((p) => p.some((c) => c.id === id));
      assert.ok(phaseOf('prep') <= phaseOf('mine'));
    });
  });

  describe("6. the consultant's initiatives merged", () => {
    it('keeps their phase rule: stage, else horizon from today, capped at maintenance', () => {
      const i = { index: 0, id: 'x', title: 'X', dimension: 'mobile' as const, horizon: 'later' as const, barriers: [], dependsOn: [], status: 'planned' as const };
      assert.equal(consultantPhase(i, 'contemplation', 4), 2);
      assert.equal(consultantPhase({ ...i, stage: 'action' }, 'contemplation', 4), 2);
      assert.equal(consultantPhase(i, 'action', 2), 1);
    });

    it('replaces a generated candidate with the same id or the same aim, and redirects dependencies to it', () => {
      const file = variant(weakClient(), (f) => {
        f.initiatives = [
          { id: 'my-seo', title: 'Local search listings for the branches', dimension: 'visibility' },
          { id: 'data-charter', title: 'Our data charter', dimension: 'data-trust', dependsOn: ['my-seo'] },
        ];
      });
      const ctx = contextOf(file);
      const merged = mergeConsultant(triggerCandidates(ctx, STAGES), ctx, 5);
      const ids = merged.map((c) => c.id);
      assert.ok(!ids.includes('local-listings'), 'same aim');
      assert.equal(ids.filter((id) => id === 'data-charter').length, 1, 'same id');
      assert.equal(merged.find((c) => c.id === 'data-charter')!.consultant?.title, 'Our data charter');
      assert.deepEqual(merged.find((c) => c.id === 'reviews-community')!.prerequisites, ['my-seo'], 'reviews waited for local-listings');
    });
  });

  describe('7. completing the plan', () => {
    it('every failed moment of truth is fixed, and the first phase of a client in denial holds two quick wins', () => {
      const roadmap = plan(weakClient());
      const fixed = new Set(planned(roadmap).flatMap((i) => i.fixes));
      assert.ok(fixed.has('j-urgent/0/1') && fixed.has('j-urgent/2/0'));
      assert.ok(roadmap.phases[0]!.initiatives.filter((i) => i.quickWin).length >= 2);
    });

    it('a quick win is an S without dependency that fixes a failed moment or raises visibility', () => {
      const ctx = contextOf(weakClient());
      const byId = new Map(prioritise(triggerCandidates(ctx, STAGES), ctx).map((c) => [c.id, c]));
      assert.ok(isQuickWin(byId.get('local-listings')!));
      assert.ok(isQuickWin(byId.get('guaranteed-callback')!));
      assert.ok(!isQuickWin(byId.get('awareness-session')!), 'shows the moments, fixes none');
      assert.ok(!isQuickWin(byId.get('stock-prices-online')!), 'an M');
    });

    it('narrows the catch-all to the moments nothing earlier remedies, and adds it when one would stay unfixed', () => {
      const ctx = contextOf(weakClient('action'));
      const all = prioritise(triggerCandidates(ctx, ['action', 'maintenance']), ctx);
      const catchAll = all.find((c) => c.id === 'moments-of-truth-owners')!;
      const s = { phases: [all.filter((c) => c.id === 'guaranteed-callback'), []] as Candidate[][], backlog: [catchAll] };
      ensureFixes(s, ctx, all);
      assert.ok(s.phases[0]!.includes(catchAll));
      assert.deepEqual(catchAll.match.fixes.map((f) => f.step.key), ['j-urgent/2/0'], 'the call is fixed by the call-back');
      promoteQuickWins(s, ['action', 'maintenance']);
    });
  });

  describe('8. initiatives', () => {
    it('matches the processes of change to the stage', () => {
      assert.deepEqual(processesFor(['dramatic-relief', 'stimulus-control'], 'precontemplation'), ['dramatic-relief']);
      assert.deepEqual(processesFor(['dramatic-relief'], 'maintenance'), ['helping-relationships', 'counter-conditioning']);
    });

    it('targets above today, at most two above, rising on the same dimension; none in awareness work', () => {
      const roadmap = plan(weakClient());
      const ctx = contextOf(weakClient());
      for (const i of planned(roadmap)) {
        if (i.targetLevel === undefined) continue;
        const level = ctx.level(i.dimension);
        assert.ok(i.targetLevel > level && i.targetLevel <= level + 2, `${i.id}: ${level} → ${i.targetLevel}`);
      }
      assert.equal(planned(roadmap).find((i) => i.id === 'awareness-session')!.targetLevel, undefined);
    });

    it('owners come from the file: channel owners, the barriers\' who, general management, or "to be named"', () => {
      const file = weakClient('preparation');
      const allowed = new Set([...file.channels.map((c) => c.owner), ...file.change.barriers!.map((b) => b.who), 'General management', 'to be named']);
      for (const i of planned(plan(file))) assert.ok(allowed.has(i.owner), `${i.id}: ${i.owner}`);
      const noOwners = variant(file, (f) => { for (const c of f.channels) delete c.owner; });
      const owners = new Set(planned(plan(noOwners)).map((i) => i.owner));
      assert.ok(owners.has('to be named') || owners.has('General management'));
    });
  });

  describe('9. barriers answered where they matter', () => {
    it('answers each barrier on one to three initiatives, fitted to its type and who', () => {
      const roadmap = plan(weakClient('preparation'));
      const answers = planned(roadmap).flatMap((i) => i.barriers.map((b) => ({ ...b, id: i.id })));
      for (const b of weakClient().change.barriers!) {
        const on = answers.filter((a) => a.type === b.type && a.who === b.who);
        assert.ok(on.length >= 1 && on.length <= 3, `${b.type}/${b.who}: ${on.length}`);
      }
      const salesFear = answers.filter((a) => a.type === 'fear');
      assert.ok(salesFear.some((a) => /Sales team/.test(a.answer)), 'names who');
      assert.ok(new Set(answers.map((a) => a.answer)).size >= answers.length - 1, 'no line repeated on every initiative');
      void answerBarriers;
    });
  });

  describe('10. summary and alerts', () => {
    it('gives 2 to 4 key messages, quoting the seeds where the facts call for them only', () => {
      const weak = plan(weakClient(), 'fr');
      assert.ok(weak.summary.length >= 2 && weak.summary.length <= 4);
      assert.equal(weak.summary[0]!.id, 'standing');
      assert.equal(weak.summary.at(-1)!.id, 'decision');
      assert.match(JSON.stringify(weak.summary), /78\u00a0%|22\u00a0% des clients souhaitent un parcours au moins partiellement numérique|14\u00a0%/);
      const mature = plan(matureClient());
      const text = JSON.stringify(mature.summary);
      assert.doesNotMatch(text, /22%|78%|14%|60%/, 'a client whose expectations are met hears no such figure');
      void summarise;
    });

    it('relapse: maintenance with a dimension at 1 or 2 raises relapse-risk and recycles the work into maintenance', () => {
      const roadmap = plan(weakClient('maintenance'));
      assert.deepEqual(roadmap.alerts.map((a) => a.code), ['relapse-risk']);
      assert.equal(roadmap.phases.length, 1);
      const ids = roadmap.phases[0]!.initiatives.map((i) => i.id);
      assert.ok(ids.includes('customer-dashboard') && ids.includes('reinforcement-review') && ids.includes('re-assessment'));
      assert.ok(ids.some((id) => !PLAYBOOK.find((r) => r.id === id)!.stages.includes('maintenance')), 'action work recycled');
      assert.equal(plan(matureClient()).alerts.length, 0);
    });

    it('a mature client gets a real sustain plan and its weakest dimension taken up', () => {
      const roadmap = plan(matureClient());
      const ids = planned(roadmap).map((i) => i.id);
      assert.ok(roadmap.phases.at(-1)!.initiatives.length >= 3);
      assert.ok(ids.includes('raise-weakest'));
      assert.equal(planned(roadmap).find((i) => i.id === 'raise-weakest')!.dimension, 'lifecycle');
    });
  });
});
