/**
 * Step 1 of the planner: how much each dimension's gap hurts, weighted by the segments it actually
 * affects. A segment weighs its `revenueShare` when the file gives one, else its `share` (an even
 * split of what the written shares leave), times its digital intensity (1 traditional … 4
 * digital-first, seed 001). Dimensions the customer does not see directly (data trust, employee
 * tools, organisation) only hurt the segments they serve, at half weight: they enable, they are
 * not lived. docs/planner.md gives the table.
 */
import type { Segment } from '../../model/engagement';
import { DIMENSIONS, type DigitalIntensity, type DimensionId } from '../../model/vocabulary';
import type { PlanContext } from './planContext';

export const INTENSITY_WEIGHT: Record<DigitalIntensity, number> = { traditional: 1, occasional: 2, multichannel: 3, 'digital-first': 4 };
/** Behind-the-scenes dimensions weigh half. */
export const ENABLER_FACTOR: Partial<Record<DimensionId, number>> = { 'data-trust': 0.5, 'employee-tools': 0.5, organisation: 0.5 };

export interface GapWeight {
  dimension: DimensionId;
  level: number;
  /** The segments this dimension's gap affects. */
  segments: Segment[];
  /** (5 − level) × Σ segment weight × enabler factor. */
  weight: number;
}

/** Each segment's weight: percent of revenue (else of customers) / 100 × intensity weight. */
export function segmentWeights(segments: readonly Segment[]): Map<Segment, number> {
  const byRevenue = segments.some((s) => s.revenueShare !== undefined);
  const shareOf = (s: Segment) => (byRevenue ? s.revenueShare : s.share);
  const written = segments.reduce((sum, s) => sum + (shareOf(s) ?? 0), 0);
  const unwritten = segments.filter((s) => shareOf(s) === undefined);
  const each = unwritten.length ? Math.max(0, 100 - written) / unwritten.length : 0;
  return new Map(segments.map((s) => [s, ((shareOf(s) ?? each) / 100) * INTENSITY_WEIGHT[s.digitalIntensity]]));
}

const switchesChannels = (s: Segment) => s.digitalIntensity === 'multichannel' || s.digitalIntensity === 'digital-first';
const ACCOUNT_CAPABILITIES = new Set(['order', 'pay', 'track']);

/** The segments a dimension's gap affects, from the file's journeys and expectations. */
export function segmentsAffected(dimension: DimensionId, ctx: PlanContext): Segment[] {
  const { facts, engagement } = ctx;
  const segments = engagement.segments;
  switch (dimension) {
    case 'visibility':
    case 'mobile':
    case 'community':
      return segments.filter((s) => facts.needsOnlineVisibility(s));
    case 'digital-journey':
      return segments.filter((s) => facts.unmetExpectations(s).length > 0);
    case 'channel-integration': {
      return segments.filter((s) => ctx.segmentsWithBreaks.has(s) || switchesChannels(s));
    }
    case 'human-touch': {
      const hurt = segments.filter((s) => ctx.segmentsHurtAtCriticalMoments.has(s));
      return hurt.length > 0 || ctx.criticalSteps.length > 0 ? hurt : segments;
    }
    case 'lifecycle': {
      const stopping = new Set(ctx.stopping.map((j) => j.segment));
      const affected = segments.filter((s) => stopping.has(s.id) || ctx.segmentsHurtAfterPurchase.has(s));
      return affected.length > 0 ? affected : segments;
    }
    case 'data-trust':
      return segments.filter((s) => s.digitalIntensity === 'digital-first' || facts.expectations(s).some((c) => ACCOUNT_CAPABILITIES.has(c)));
    case 'employee-tools': {
      const served = segments.filter((s) => ctx.segmentsOnHumanChannels.has(s));
      return served.length > 0 ? served : segments;
    }
    case 'organisation': {
      return segments.filter((s) => ctx.segmentsCrossingChannels.has(s) || switchesChannels(s) || facts.journeysOf(s).length === 0);
    }
  }
}

export function weighGaps(ctx: PlanContext): Map<DimensionId, GapWeight> {
  const weights = segmentWeights(ctx.engagement.segments);
  const gaps = new Map<DimensionId, GapWeight>();
  for (const dimension of DIMENSIONS) {
    const level = ctx.level(dimension);
    const segments = segmentsAffected(dimension, ctx);
    const reach = segments.reduce((sum, s) => sum + (weights.get(s) ?? 0), 0);
    gaps.set(dimension, { dimension, level, segments, weight: round2((5 - level) * reach * (ENABLER_FACTOR[dimension] ?? 1)) });
  }
  return gaps;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
