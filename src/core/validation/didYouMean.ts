/** "Did you mean": the French word's English value, else the closest candidate by edit distance. */
import { englishFor } from '../model/vocabulary';

const MAX_COMPARED_LENGTH = 64;
/** At most this many candidates are compared (those of a close length): the cost per diagnostic stays bounded. */
const MAX_COMPARED_CANDIDATES = 500;

export function fixTo(suggestion: string | undefined): { replacement: string } | undefined {
  return suggestion ? { replacement: suggestion } : undefined;
}

/**
 * The candidates lower-cased, once per list: a list (a file's channel ids, say) is asked about by up
 * to a thousand diagnostics, and lower-casing it on every call was a third of the search's time
 * (5,000 long ids). Callers build their list once and never change it afterwards.
 */
const LOWER_CASED = new WeakMap<readonly string[], readonly string[]>();

function lowerCased(candidates: readonly string[]): readonly string[] {
  let lowered = LOWER_CASED.get(candidates);
  if (!lowered) {
    lowered = candidates.map((candidate) => candidate.toLowerCase());
    LOWER_CASED.set(candidates, lowered);
  }
  return lowered;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const english = englishFor(word, candidates);
  if (english !== undefined) return english;
  if (word.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = word.toLowerCase();
  const lowered = lowerCased(candidates);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  let compared = 0;
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    // A length this far off cannot be within the distance: skipped without counting.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const candidateLower = lowered[index]!;
    if (candidateLower === lower) return candidate;
    if (++compared > MAX_COMPARED_CANDIDATES) break;
    const distance = editDistance(lower, candidateLower, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Two reused rows: the distance is called up to 500 times per diagnostic, allocating nothing. */
let previousRow = new Int32Array(0);
let currentRow = new Int32Array(0);

/**
 * Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. Only the band
 * of cells within `limit - 1` of the diagonal is computed (Ukkonen): a path through any other cell
 * already costs `limit` or more. Values are capped at `limit`, which keeps every distance below it
 * exact, so the suggestion is the same as with the full table, at a fraction of the cost.
 */
export function editDistance(a: string, b: string, limit: number): number {
  // A common start and end cost nothing: only what lies between is compared (long ids that differ
  // by a typo share most of their length).
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (start > 0 || endA < a.length) {
    a = a.slice(start, endA);
    b = b.slice(start, endB);
  }
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) >= limit) return limit;
  if (previousRow.length < m + 2) {
    previousRow = new Int32Array(m + 2);
    currentRow = new Int32Array(m + 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= m; j++) previous[j] = j < limit ? j : limit;
  if (m + 1 < previous.length) previous[m + 1] = limit;
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - limit + 1);
    const high = Math.min(m, i + limit - 1);
    current[low - 1] = low === 1 ? (i < limit ? i : limit) : limit;
    let rowMinimum = current[low - 1]!;
    const code = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const substitution = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      let value = substitution < deletion ? substitution : deletion;
      if (insertion < value) value = insertion;
      if (value > limit) value = limit;
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    // The cell right of the band is read by the next row as out of reach.
    if (high < m) current[high + 1] = limit;
    if (rowMinimum >= limit) return limit;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[m]!;
}
