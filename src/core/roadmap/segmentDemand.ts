/**
 * Which segments a weak dimension hurts, and how much that weighs: their share of customers times
 * their digital intensity, so a gap that hurts the digital-first majority comes before one that
 * only bothers a traditional few (seed 001: align the strategy on the customers' digital intensity).
 */
import type { Segment } from '../model/engagement';
import type { EngagementFacts } from '../model/facts';
import type { DigitalIntensity, DimensionId } from '../model/vocabulary';

const INTENSITY_WEIGHT: Record<DigitalIntensity, number> = { traditional: 1, occasional: 2, multichannel: 3, 'digital-first': 4 };

const switchesChannels = (s: Segment) => s.digitalIntensity === 'multichannel' || s.digitalIntensity === 'digital-first';

export function segmentsHurtBy(dimension: DimensionId, facts: EngagementFacts): Segment[] {
  const segments = facts.engagement.segments;
  const researchOnline = (s: Segment) => facts.needsOnlineVisibility(s);
  switch (dimension) {
    case 'visibility':
    case 'mobile':
    case 'community':
      return segments.filter(researchOnline);
    case 'digital-journey':
      return segments.filter((s) => facts.unmetExpectations(s).length > 0 || switchesChannels(s));
    case 'channel-integration':
      return segments.filter((s) => switchesChannels(s) || facts.journeysOf(s).some((j) => facts.channelSwitches(j).some((x) => x.continuityBreak)));
    default:
      // Lifecycle, human touch, data, employees and organisation matter to every customer.
      return segments;
  }
}

/**
 * Each segment's share in percent: as written, else an even split of what the written shares leave,
 * so a file without shares still weighs its segments equally.
 */
export function effectiveShares(segments: readonly Segment[]): Map<Segment, number> {
  const written = segments.reduce((sum, s) => sum + (s.share ?? 0), 0);
  const unwritten = segments.filter((s) => s.share === undefined);
  const each = unwritten.length ? Math.max(0, 100 - written) / unwritten.length : 0;
  return new Map(segments.map((s) => [s, s.share ?? each]));
}

export function demandWeight(hurt: readonly Segment[], shares: ReadonlyMap<Segment, number>): number {
  return hurt.reduce((sum, s) => sum + (shares.get(s) ?? 0) * INTENSITY_WEIGHT[s.digitalIntensity], 0);
}
