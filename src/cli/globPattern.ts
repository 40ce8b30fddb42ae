/**
 * The glob syntax `cxm` expands itself (Node 20 has no fs.glob, and Windows shells expand nothing):
 * `*` and `?` within a path segment, `**` for any number of folders, `{a,b}` alternatives.
 * Like a shell, a wildcard does not match a leading dot unless the pattern segment starts with one.
 */

const WILDCARD = /[*?]/;

/** Whether an argument is a pattern rather than a path. */
export function isGlob(argument: string): boolean {
  return WILDCARD.test(argument) || expandBraces(argument).length > 1;
}

/** `a{b,c{d,e}}f` -> `abf`, `acdf`, `acef`. A group without a top-level comma stays literal, as in bash. */
export function expandBraces(pattern: string): string[] {
  const open = findExpandableGroup(pattern);
  if (!open) return [pattern];
  const prefix = pattern.slice(0, open.start);
  const suffix = pattern.slice(open.end + 1);
  return open.alternatives.flatMap((alternative) => expandBraces(prefix + alternative + suffix));
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
