/**
 * Step 7: what the contract asks of the plan as a whole, after the schedule. Every critical step
 * lived badly is in the `fixes` of some initiative (the catch-all row names an owner for those that
 * nothing earlier remedies, and joins the plan if one would stay unfixed); in precontemplation and
 * contemplation the first phase holds at least two quick wins when the plan has them to give.
 */
import type { ChangeStage } from '../../model/vocabulary';
import type { Candidate } from './candidate';
import type { PlanContext, StepFact } from './planContext';
import { EFFORT_WEIGHT, impactOf } from './prioritise';
import { MAX_INITIATIVES, MAX_PER_PHASE, type Schedule } from './schedulePhases';
import { round2 } from './weighGaps';

export const QUICK_WINS_IN_FIRST_PHASE = 2;

const isFailedMoment = (f: StepFact) => f.step.critical && (f.step.emotion ?? 0) <= -1;

/** An S with no dependency left to wait for that fixes a failed moment of truth or moves visibility. */
export function isQuickWin(c: Candidate): boolean {
  const raises = c.consultant ? c.consultant.targetLevel !== undefined || c.intervention?.raisesLevel === true : c.intervention?.raisesLevel === true;
  return c.effort === 'S' && c.dependsOn.length === 0 && ((raises && c.dimensions.includes('visibility')) || c.match.fixes.some(isFailedMoment));
}

const count = (s: Schedule) => s.phases.reduce((n, p) => n + p.length, 0);

function dependedOn(s: Schedule, c: Candidate): boolean {
  return s.phases.some((p) => p.some((other) => other.dependsOn.includes(c.id)));
}

/** Frees a place in phase k (and under the total cap) by sending the least urgent movable candidate to the backlog. */
export function makeRoom(s: Schedule, k: number): boolean {
  const movable = (c: Candidate) => c.fixedPhase === undefined && !c.consultant && !isQuickWin(c) && !dependedOn(s, c);
  const demoteFrom = (phase: Candidate[]) => {
    let worst = -1;
    phase.forEach((c, i) => { if (movable(c) && (worst < 0 || c.priority < phase[worst]!.priority)) worst = i; });
    if (worst < 0) return false;
    s.backlog.push(...phase.splice(worst, 1));
    return true;
  };
  if (s.phases[k]!.length >= MAX_PER_PHASE && !demoteFrom(s.phases[k]!)) return false;
  for (let j = s.phases.length - 1; count(s) >= MAX_INITIATIVES && j >= 0; j--) while (count(s) >= MAX_INITIATIVES && demoteFrom(s.phases[j]!));
  return count(s) < MAX_INITIATIVES;
}

function remove(s: Schedule, c: Candidate): void {
  for (const phase of s.phases) {
    const i = phase.indexOf(c);
    if (i >= 0) phase.splice(i, 1);
  }
  const b = s.backlog.indexOf(c);
  if (b >= 0) s.backlog.splice(b, 1);
}

/** Narrows the catch-all to what nothing else remedies in time, adds it where a moment would stay unfixed. */
export function ensureFixes(s: Schedule, ctx: PlanContext, all: readonly Candidate[]): void {
  const catchAll = all.find((c) => c.intervention?.catchAll && !c.consultant);
  if (!catchAll || ctx.failedMoments.length === 0) return;
  const earliest = new Map<StepFact, number>();
  s.phases.forEach((phase, k) => {
    for (const c of phase) {
      if (c === catchAll) continue;
      for (const f of c.match.fixes) if (isFailedMoment(f) && !earliest.has(f)) earliest.set(f, k);
    }
  });
  let k = s.phases.findIndex((p) => p.includes(catchAll));
  const unfixed = ctx.failedMoments.filter((f) => !earliest.has(f));
  if (k < 0) {
    if (unfixed.length === 0) return;
    remove(s, catchAll);
    k = s.phases.findIndex((_, j) => makeRoom(s, j));
    if (k < 0) return;
    s.phases[k]!.unshift(catchAll);
  }
  const fixes = ctx.failedMoments.filter((f) => (earliest.get(f) ?? Infinity) > k);
  if (fixes.length === 0) { remove(s, catchAll); return; }
  catchAll.match = { ...catchAll.match, fixes, segments: [...new Set(fixes.map((f) => f.segment).filter((x) => x !== undefined))] };
  catchAll.impact = impactOf(catchAll, ctx);
  catchAll.priority = round2(catchAll.impact / EFFORT_WEIGHT[catchAll.effort]);
}

/** Places backlog candidates in room freed since the schedule (a catch-all with nothing left to fix), most urgent first. */
export function refill(s: Schedule): void {
  const phaseOf = (id: string) => s.phases.findIndex((p) => p.some((c) => c.id === id));
  for (const c of [...s.backlog].sort((a, b) => b.priority - a.priority || a.order - b.order)) {
    if (count(s) >= MAX_INITIATIVES) return;
    if (c.consultant?.status === 'dropped') continue;
    const deps = c.dependsOn.map(phaseOf);
    if (deps.some((k) => k < 0)) continue;
    const earliest = Math.max(0, ...deps);
    const k = (c.fixedPhase !== undefined ? [c.fixedPhase] : c.fit).find((p) => p >= earliest && s.phases[p]!.length < MAX_PER_PHASE);
    if (k === undefined) continue;
    s.backlog.splice(s.backlog.indexOf(c), 1);
    s.phases[k]!.push(c);
  }
}

/**
 * Within each phase: what the stage is about (its anchors) first, then by priority, a prerequisite
 * always before what waits for it.
 */
export function orderPhases(s: Schedule): void {
  s.phases.forEach((phase, k) => {
    const ids = new Set(phase.map((c) => c.id));
    const rank = (c: Candidate) => [c.fixedPhase !== undefined && !c.consultant && c.intervention?.anchor ? 0 : 1, -c.priority, c.order];
    const sorted = [...phase].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    const placed = new Set<string>();
    const out: Candidate[] = [];
    while (out.length < sorted.length) {
      const next = sorted.find((c) => !placed.has(c.id) && c.dependsOn.every((d) => !ids.has(d) || placed.has(d))) ?? sorted.find((c) => !placed.has(c.id))!;
      placed.add(next.id);
      out.push(next);
    }
    s.phases[k] = out;
  });
}

export function promoteQuickWins(s: Schedule, stages: readonly ChangeStage[]): void {
  if (stages[0] !== 'precontemplation' && stages[0] !== 'contemplation') return;
  const first = s.phases[0]!;
  let wins = first.filter(isQuickWin).length;
  const elsewhere = [...s.phases.slice(1).flat(), ...s.backlog].filter((c) => isQuickWin(c) && !c.consultant && c.fixedPhase === undefined)
    .sort((a, b) => b.priority - a.priority || a.order - b.order);
  for (const c of elsewhere) {
    if (wins >= QUICK_WINS_IN_FIRST_PHASE) break;
    remove(s, c);
    if (!makeRoom(s, 0) && !(deferToNextPhase(s) && count(s) < MAX_INITIATIVES)) { s.backlog.push(c); break; }
    first.push(c);
    wins++;
  }
}

/**
 * When every initiative of the first phase is someone's prerequisite, none can go to the backlog;
 * the least urgent one whose dependents all come later can still start one phase later, which keeps
 * every dependency in the same or an earlier phase.
 */
function deferToNextPhase(s: Schedule): boolean {
  const [first, next] = s.phases;
  if (!first || !next || next.length >= MAX_PER_PHASE) return false;
  const dependentsLater = (c: Candidate) => !first.some((other) => other.dependsOn.includes(c.id));
  let worst = -1;
  first.forEach((c, i) => {
    if (c.fixedPhase !== undefined || c.consultant || isQuickWin(c) || !dependentsLater(c)) return;
    if (worst < 0 || c.priority < first[worst]!.priority) worst = i;
  });
  if (worst < 0) return false;
  next.push(...first.splice(worst, 1));
  return true;
}
