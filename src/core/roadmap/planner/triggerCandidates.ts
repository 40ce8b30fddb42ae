/**
 * Step 2: the interventions the file's facts call for. Each row's trigger reads the plan context;
 * a row that does not fire is not in the plan. Phase fit: the phases whose stage the row lists; a
 * row whose stages all lie before today's (the organisation skipped them, or relapsed) is recycled
 * into the first phase.
 */
import { CHANGE_STAGES, type ChangeStage } from '../../model/vocabulary';
import type { Intervention } from '../playbook/intervention';
import { PLAYBOOK } from '../playbook';
import type { Candidate } from './candidate';
import type { PlanContext } from './planContext';

export function phaseFit(stages: readonly ChangeStage[], phases: readonly ChangeStage[]): number[] {
  const fit = phases.flatMap((stage, k) => (stages.includes(stage) ? [k] : []));
  if (fit.length > 0) return fit;
  const first = CHANGE_STAGES.indexOf(phases[0]!);
  return stages.every((s) => CHANGE_STAGES.indexOf(s) < first) ? [0] : [phases.length - 1];
}

export function triggerCandidates(ctx: PlanContext, phases: readonly ChangeStage[], playbook: readonly Intervention[] = PLAYBOOK): Candidate[] {
  const candidates: Candidate[] = [];
  playbook.forEach((intervention, order) => {
    const found = intervention.trigger(ctx);
    if (!found) return;
    const dimensions = intervention.dimensions === 'weakest' ? [found.dimension ?? ctx.weakestDimension] : [...intervention.dimensions];
    const fit = phaseFit(intervention.stages, phases);
    // An anchor is what its stage is about: it keeps its place in the first phase it fits.
    // The catch-all keeps a place too: every failed moment of truth must be fixed whatever the caps.
    const anchored = (intervention.anchor === true && intervention.stages.includes(phases[fit[0]!]!)) || intervention.catchAll === true;
    candidates.push({
      id: intervention.id,
      intervention,
      match: found,
      dimensions,
      effort: intervention.effort,
      impact: 0,
      priority: 0,
      prerequisites: [...intervention.prerequisites],
      dependsOn: [],
      ...(anchored ? { fixedPhase: fit[0]! } : {}),
      fit,
      order,
    });
  });
  return candidates;
}
