/**
 * Step 3: impact and priority, computable by hand (docs/planner.md).
 *   impact = Σ over its dimensions k (main 1, others ½) of (5 − level) × reach × enabler factor
 *          + Σ over the steps it fixes of |emotion| × weight of the journey's segment
 *   reach  = Σ weights of the segments it serves that the dimension's gap affects (all affected
 *            segments when it names none)
 *   priority = impact / effort weight (S 1, M 2, L 4)
 */
import type { Effort } from '../../model/vocabulary';
import type { Candidate } from './candidate';
import type { PlanContext } from './planContext';
import { ENABLER_FACTOR, round2, segmentWeights } from './weighGaps';

export const EFFORT_WEIGHT: Record<Effort, number> = { S: 1, M: 2, L: 4 };

export function impactOf(candidate: Pick<Candidate, 'dimensions' | 'match'>, ctx: PlanContext, weights = segmentWeights(ctx.engagement.segments)): number {
  let impact = 0;
  candidate.dimensions.forEach((dimension, k) => {
    const gap = ctx.gaps.get(dimension)!;
    const served = candidate.match.segments.length ? gap.segments.filter((s) => candidate.match.segments.includes(s)) : gap.segments;
    const reach = served.reduce((sum, s) => sum + (weights.get(s) ?? 0), 0);
    impact += (k === 0 ? 1 : 0.5) * (5 - gap.level) * reach * (ENABLER_FACTOR[dimension] ?? 1);
  });
  for (const fixed of candidate.match.fixes) {
    impact += Math.abs(fixed.step.emotion ?? 0) * (fixed.segment ? weights.get(fixed.segment) ?? 0 : 0);
  }
  return round2(impact);
}

export function prioritise(candidates: Candidate[], ctx: PlanContext): Candidate[] {
  const weights = segmentWeights(ctx.engagement.segments);
  for (const c of candidates) {
    c.impact = impactOf(c, ctx, weights);
    c.priority = round2(c.impact / EFFORT_WEIGHT[c.effort]);
  }
  return candidates;
}
