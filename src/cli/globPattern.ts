/**
 * The glob syntax `cxm` expands itself (Node 20 has no fs.glob, and Windows shells expand nothing):
 * `*` and `?` within a path segment, `**` for any number of folders, `{a,b}` alternatives.
 * Like a shell, a wildcard does not match a leading dot unless the pattern segment starts with one.
 */

const WILDCARD = /[*?]/;

/** Brace expansion is bounded: `{a,b}{a,b}…` twenty times would be a million patterns to walk. */
export const MAX_BRACE_ALTERNATIVES = 1000;
/** Longer patterns are refused: finding brace groups is quadratic in the pattern's length. */
export const MAX_PATTERN_LENGTH = 4096;

/** A pattern whose braces expand past MAX_BRACE_ALTERNATIVES (or that is longer than MAX_PATTERN_LENGTH): bad usage. */
export class GlobTooLarge extends Error {
  constructor(readonly pattern: string) {
    super(`glob pattern expands to more than ${MAX_BRACE_ALTERNATIVES} alternatives`);
  }
}

/** Whether an argument is a pattern rather than a path. */
export function isGlob(argument: string): boolean {
  return WILDCARD.test(argument) || expandBraces(argument).length > 1;
}

/**
 * `a{b,c{d,e}}f` -> `abf`, `acdf`, `acef`. A group without a top-level comma stays literal, as in
 * bash. Throws GlobTooLarge past MAX_BRACE_ALTERNATIVES, counting as it goes (never expanding first).
 */
export function expandBraces(pattern: string): string[] {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new GlobTooLarge(pattern);
  const expanded: string[] = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const open = findExpandableGroup(current);
    if (!open) {
      expanded.push(current);
    } else {
      const prefix = current.slice(0, open.start);
      const suffix = current.slice(open.end + 1);
      for (let i = open.alternatives.length - 1; i >= 0; i--) pending.push(prefix + open.alternatives[i] + suffix);
    }
    if (expanded.length + pending.length > MAX_BRACE_ALTERNATIVES) throw new GlobTooLarge(pattern);
  }
  return expanded;
}

/** Consecutive `**` segments walk like one: their repeats add nothing but an exponential walk. */
export function collapseGlobStars(segments: readonly string[]): string[] {
  return segments.filter((segment, index) => !(segment === '**' && segments[index - 1] === '**'));
}

interface BraceGroup { start: number; end: number; alternatives: string[] }

function findExpandableGroup(pattern: string): BraceGroup | undefined {
  for (let start = pattern.indexOf('{'); start >= 0; start = pattern.indexOf('{', start + 1)) {
    let depth = 0;
    let pieceStart = start + 1;
    const alternatives: string[] = [];
    for (let i = start; i < pattern.length; i++) {
      const char = pattern[i];
      if (char === '{') depth++;
      else if (char === '}' && --depth === 0) {
        if (alternatives.length === 0) break;
        alternatives.push(pattern.slice(pieceStart, i));
        return { start, end: i, alternatives };
      } else if (char === ',' && depth === 1) {
        alternatives.push(pattern.slice(pieceStart, i));
        pieceStart = i + 1;
      }
    }
  }
  return undefined;
}

/** A matcher for one path segment (no `/`, braces already expanded). */
export function segmentMatcher(segment: string): (name: string) => boolean {
  if (!WILDCARD.test(segment)) return (name) => name === segment;
  const body = [...segment]
    .map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^$()|[\]\\{}]/g, '\\$&')))
    .join('');
  const hidden = segment.startsWith('.') ? '' : '(?!\\.)';
  const regex = new RegExp(`^${hidden}${body}$`, 'u');
  return (name) => regex.test(name);
}

export function isLiteralSegment(segment: string): boolean {
  return !WILDCARD.test(segment);
}
