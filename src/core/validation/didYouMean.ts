/** "Did you mean": the French word's English value, else the closest candidate by edit distance. */
import { englishFor } from '../model/vocabulary';

const MAX_COMPARED_LENGTH = 64;
/** At most this many candidates are compared (those of a close length): the cost per diagnostic stays bounded. */
const MAX_COMPARED_CANDIDATES = 500;

export function fixTo(suggestion: string | undefined): { replacement: string } | undefined {
  return suggestion ? { replacement: suggestion } : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const english = englishFor(word, candidates);
  if (english !== undefined) return english;
  if (word.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  let compared = 0;
  for (const candidate of candidates) {
    // A length this far off cannot be within the distance: skipped without counting.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    if (++compared > MAX_COMPARED_CANDIDATES) break;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}
