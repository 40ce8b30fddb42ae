/**
 * Step 5: the consultant's initiatives join the candidates before the schedule, so the caps count
 * them. Each keeps its phase rule (its `stage`, else its horizon from today's stage: now, next, the
 * one after, capped at maintenance) and takes the place of a generated candidate with the same id
 * or the same aim (the same dimension and one of the row's aim words in its title). Dependencies on
 * a replaced candidate go to the initiative that replaced it.
 */
import type { Initiative } from '../../model/engagement';
import { CHANGE_STAGES, HORIZONS, normaliseWord, type ChangeStage } from '../../model/vocabulary';
import { match } from '../playbook/intervention';
import type { Candidate } from './candidate';
import type { PlanContext } from './planContext';

/** Its `stage` when given (never before today's), else now/next/later from today's stage, capped at maintenance. */
export function consultantPhase(initiative: Initiative, current: ChangeStage, phaseCount: number): number {
  const k = initiative.stage !== undefined
    ? CHANGE_STAGES.indexOf(initiative.stage) - CHANGE_STAGES.indexOf(current)
    : HORIZONS.indexOf(initiative.horizon);
  return Math.min(Math.max(k, 0), phaseCount - 1);
}

const flatten = (text: string) => ` ${normaliseWord(text).replace(/-/g, ' ')} `;

/** The generated candidate a consultant's initiative means: same id, else same dimension and aim. */
export function sameAim(initiative: Initiative, candidates: readonly Candidate[]): Candidate | undefined {
  const byId = candidates.find((c) => c.id === initiative.id && !c.consultant);
  if (byId) return byId;
  const title = flatten(initiative.title);
  return candidates.find((c) => !c.consultant && c.intervention && c.dimensions.includes(initiative.dimension)
    && c.intervention.aim.some((stem) => title.includes(normaliseWord(stem).replace(/-/g, ' '))));
}

export function mergeConsultant(candidates: Candidate[], ctx: PlanContext, phaseCount: number): Candidate[] {
  const generated = [...candidates];
  const replacedBy = new Map<string, string>();
  const merged: Candidate[] = [];
  ctx.engagement.initiatives.forEach((initiative, k) => {
    const replaced = sameAim(initiative, generated.filter((c) => !replacedBy.has(c.id)));
    if (replaced) replacedBy.set(replaced.id, initiative.id);
    const row = replaced?.intervention;
    merged.push({
      id: initiative.id,
      ...(row ? { intervention: row } : {}),
      consultant: initiative,
      match: replaced?.match ?? match(ctx.gaps.get(initiative.dimension)!.segments),
      dimensions: [initiative.dimension, ...(replaced?.dimensions.filter((d) => d !== initiative.dimension) ?? [])],
      effort: initiative.effort ?? row?.effort ?? 'M',
      impact: 0,
      priority: 0,
      prerequisites: [...initiative.dependsOn],
      dependsOn: [],
      fixedPhase: consultantPhase(initiative, ctx.engagement.change.stage, phaseCount),
      fit: [],
      order: 1000 + k,
    });
  });
  const redirect = (id: string) => replacedBy.get(id) ?? id;
  const kept = generated.filter((c) => !replacedBy.has(c.id));
  // A dropped initiative holds nothing back: it stays visible in the backlog, and no one waits for it.
  const dropped = new Set(merged.filter((c) => c.consultant?.status === 'dropped').map((c) => c.id));
  for (const c of [...kept, ...merged]) c.prerequisites = c.prerequisites.map(redirect).filter((id) => !dropped.has(id));
  return [...kept, ...merged];
}
