/**
 * Step 6: the phases, their windows in months, and which candidate goes where.
 *
 * Windows: one phase per change stage from today's to maintenance, back to back from month 0 (the
 * engagement date): precontemplation 2 months, contemplation 2, preparation 2, action 6,
 * maintenance 12. So maintenance starts 6 months after action starts (a change that has lasted
 * more than six months) and the first phase's quick wins land within two months.
 *
 * Placement, in dependency order: a fixed candidate (the consultant's, an anchor) goes to its phase,
 * later if a prerequisite was placed later; any other goes to the first phase it fits, not before
 * its prerequisites, not after a fixed candidate that waits for it, with room left: at most 6 a
 * phase and 25 in all. What does not fit goes to the backlog, and so does whatever depends on it.
 */
import type { ChangeStage } from '../../model/vocabulary';
import type { PhaseWindow } from '../roadmap';
import type { Candidate } from './candidate';

export const MAX_PER_PHASE = 6;
export const MAX_INITIATIVES = 25;
export const PHASE_MONTHS: Record<ChangeStage, number> = { precontemplation: 2, contemplation: 2, preparation: 2, action: 6, maintenance: 12 };

export function phaseWindows(phases: readonly ChangeStage[]): PhaseWindow[] {
  let start = 0;
  return phases.map((stage) => {
    const window = { startMonth: start, endMonth: start + PHASE_MONTHS[stage] };
    start = window.endMonth;
    return window;
  });
}

export interface Schedule {
  /** Candidates by phase index, in the order they were placed. */
  phases: Candidate[][];
  /** In the order they were refused (dependency order, most urgent first). */
  backlog: Candidate[];
}

export function schedulePhases(ordered: readonly Candidate[], phaseCount: number): Schedule {
  const phases: Candidate[][] = Array.from({ length: phaseCount }, () => []);
  const backlog: Candidate[] = [];
  const phaseOf = new Map<string, number>();
  const refused = new Set<string>();

  // Room is reserved for the fixed candidates first, in dependency order, so a generated one never takes their place.
  const reserved = new Array<number>(phaseCount).fill(0);
  let reservedTotal = 0;
  const overflow = new Set<string>();
  // The playbook's anchors before the consultant's initiatives: what each stage is about is never crowded out.
  const fixed = ordered.filter((c) => c.fixedPhase !== undefined).sort((a, b) => Number(a.consultant !== undefined) - Number(b.consultant !== undefined));
  for (const c of fixed) {
    if (c.consultant?.status === 'dropped') { overflow.add(c.id); continue; }
    if (c.fixedPhase === undefined) continue;
    if (reserved[c.fixedPhase]! >= MAX_PER_PHASE || reservedTotal >= MAX_INITIATIVES) overflow.add(c.id);
    else { reserved[c.fixedPhase]!++; reservedTotal++; }
  }

  // The latest phase a generated candidate may take: that of the earliest fixed candidate waiting for it.
  const latest = new Map<string, number>();
  const byId = new Map(ordered.map((c) => [c.id, c]));
  for (let k = ordered.length - 1; k >= 0; k--) {
    const c = ordered[k]!;
    const bound = c.fixedPhase ?? latest.get(c.id) ?? phaseCount - 1;
    for (const p of c.dependsOn) if (byId.has(p)) latest.set(p, Math.min(latest.get(p) ?? phaseCount - 1, bound));
  }

  let total = reservedTotal;
  const place = (c: Candidate, k: number) => { phases[k]!.push(c); phaseOf.set(c.id, k); };
  const refuse = (c: Candidate) => { backlog.push(c); refused.add(c.id); };
  for (const c of ordered) {
    if (overflow.has(c.id) || c.dependsOn.some((p) => refused.has(p))) { refuse(c); if (c.fixedPhase !== undefined && !overflow.has(c.id)) { reserved[c.fixedPhase]!--; total--; } continue; }
    const earliest = Math.max(0, ...c.dependsOn.map((p) => phaseOf.get(p) ?? 0));
    if (c.fixedPhase !== undefined) {
      const k = Math.max(c.fixedPhase, earliest);
      if (k !== c.fixedPhase) {
        reserved[c.fixedPhase]!--;
        if (phases[k]!.length + reserved[k]! >= MAX_PER_PHASE) { total--; refuse(c); continue; }
        reserved[k]!++;
      }
      reserved[k]!--;
      place(c, k);
      continue;
    }
    const room = (k: number) => phases[k]!.length + reserved[k]! < MAX_PER_PHASE;
    if (total >= MAX_INITIATIVES) { refuse(c); continue; }
    const bound = latest.get(c.id);
    const fits = c.fit.filter((k) => k >= earliest);
    // Where it fits and in time for a fixed initiative that waits for it; else as late as that allows;
    // else where it fits (the fixed one then waits).
    const k = fits.find((p) => p <= (bound ?? phaseCount - 1) && room(p))
      ?? (bound === undefined ? undefined : range(earliest, bound).reverse().find(room))
      ?? fits.find(room);
    if (k === undefined) { refuse(c); continue; }
    place(c, k);
    total++;
  }
  return { phases, backlog };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}
