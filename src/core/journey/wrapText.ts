/**
 * Deterministic word wrapping for SVG text (SVG has no automatic wrapping): lines of at most
 * `maxChars` characters, at most `maxLines` lines, the last one ending in an ellipsis when cut.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  // Most texts are one short line of single-spaced words: returned as they are, with no regex, split or copy.
  if (text.length <= maxChars && maxLines >= 1 && fitsAsIs(text)) return [text];
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    let rest = word;
    while (rest.length > 0) {
      const candidate = current === '' ? rest : `${current} ${rest}`;
      if (candidate.length <= maxChars) {
        current = candidate;
        rest = '';
      } else if (current === '') {
        // A word longer than the line is cut where the line ends.
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
      } else {
        lines.push(current);
        current = '';
      }
      if (lines.length > maxLines) break;
    }
    if (lines.length > maxLines) break;
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${(last.length >= maxChars ? last.slice(0, maxChars - 1) : last).trimEnd()}…`;
  return kept;
}

/** Whether `text` is non-empty, starts and ends with no white space, and has none but single spaces. */
function fitsAsIs(text: string): boolean {
  if (text.length === 0) return false;
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 128 ? code >= 9 && code <= 13 : WHITE_SPACE.test(text[i]!)) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace;
}

const WHITE_SPACE = /\s/;
