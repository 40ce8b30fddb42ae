/**
 * The benchmark's statistics. Quartiles by linear interpolation between closest ranks (Hyndman &
 * Fan's type 7: Excel's QUARTILE.INC, R's and NumPy's default): the p-quantile of n sorted values is
 * at position (n − 1)·p, interpolated between its two neighbours. Percentile ranks are mid-ranks:
 * the share of engagements below, plus half of those equal, so ties share one percentile.
 */

export interface Distribution {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** `sorted` in ascending order, at least one value. */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** Undefined for no values. Quartiles and mean rounded to two decimals. */
export function distributionOf(values: readonly number[]): Distribution | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    min: sorted[0]!,
    q1: round2(quantile(sorted, 0.25)),
    median: round2(quantile(sorted, 0.5)),
    q3: round2(quantile(sorted, 0.75)),
    max: sorted[sorted.length - 1]!,
    mean: round2(sum / sorted.length),
  };
}

/**
 * Percentile ranks for small integer values (levels 1..5), in one pass over the counts:
 * `rank(level)` = round(100 × (below + equal / 2) / n).
 */
export function percentileRanks(values: readonly number[]): (value: number) => number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const rank = new Map<number, number>();
  let below = 0;
  for (const key of keys) {
    const equal = counts.get(key)!;
    rank.set(key, Math.round((100 * (below + equal / 2)) / values.length));
    below += equal;
  }
  return (value) => rank.get(value) ?? 0;
}
