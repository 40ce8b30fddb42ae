/**
 * Text measured without a browser: a conservative width estimate per character for a sans-serif
 * font, and greedy word wrapping on it. The drawings size their boxes (and their viewBox) from
 * these estimates, so a label wraps instead of being clipped. Over-estimating wastes a little room;
 * under-estimating would clip, so the factors lean wide (checked in Chromium by test/e2e).
 */
const NARROW = new Set([...'iljtfrI.,;:!|\'’()[] ']);
const WIDE = new Set([...'mwMWÆŒæœ%@—']);

/** Estimated width of `text` at `fontSize` px in a sans-serif font. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) units += 0.34;
    else if (WIDE.has(ch)) units += 0.92;
    else if (ch >= '0' && ch <= '9') units += 0.58;
    else if (ch !== ch.toLowerCase()) units += 0.7;
    else units += 0.57;
  }
  return units * fontSize;
}

/**
 * Greedy wrap to lines no wider than `maxWidth` (estimated). A word wider than the line is cut with
 * a hyphen, so no line ever exceeds the width. At most `maxLines` lines: the last one ends in "…".
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  // Only ordinary spaces break a line: a no-break space (French « : », « % ») keeps its word company.
  const words = text.split(/[ \t\r\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) { line = candidate; return; }
    if (line) lines.push(line);
    line = '';
    // One pass over the word's characters (a hostile 1 MiB word must stay linear): each piece takes
    // as many characters as fit beside its hyphen, at least one; the remainder starts the next line.
    const chars = [...word];
    const hyphen = textWidth('-', fontSize);
    let start = 0;
    let restWidth = textWidth(word, fontSize);
    while (restWidth > maxWidth && chars.length - start > 1) {
      let end = start;
      let width = 0;
      while (end < chars.length - 1) {
        const next = textWidth(chars[end]!, fontSize);
        if (end > start && width + next + hyphen > maxWidth) break;
        width += next;
        end++;
      }
      lines.push(`${chars.slice(start, end).join('')}-`);
      restWidth -= width;
      start = end;
    }
    line = chars.slice(start).join('');
  };
  for (const word of words) push(word);
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1]!;
    while (last.length > 1 && textWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1);
    kept[maxLines - 1] = `${last.trimEnd()}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}
