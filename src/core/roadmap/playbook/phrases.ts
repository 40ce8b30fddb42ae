/**
 * How the playbook writes: the client's own names in French guillemets (« » with no-break spaces)
 * or plain in English, lists joined the way each language does, numbers with French spacing.
 * French typography: no-break space before « : » and « % », narrow no-break space before « ; ! ? ».
 */
import type { Language } from '../../model/vocabulary';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

export function quoteName(name: string, lang: Language): string {
  return lang === 'fr' ? `«${NBSP}${name}${NBSP}»` : name;
}

/** "a, b and c" / "a, b et c". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** The names quoted and joined, at most `max` of them then "…". */
export function nameList(names: readonly string[], lang: Language, max = 3): string {
  const quoted = names.slice(0, max).map((n) => quoteName(n, lang));
  const rest = names.length - max;
  if (rest > 0) quoted.push(lang === 'fr' ? `${rest}${NBSP}${rest < 2 ? 'autre' : 'autres'}` : `${rest} more`);
  return joinList(quoted, lang);
}

export function percent(value: number, lang: Language): string {
  const rounded = Math.round(value);
  return lang === 'fr' ? `${rounded}${NBSP}%` : `${rounded}%`;
}

/** "x: y" with the French no-break space before the colon. */
export function colon(lang: Language): string {
  return lang === 'fr' ? `${NBSP}:` : ':';
}

export function semicolon(lang: Language): string {
  return lang === 'fr' ? `${NNBSP};` : ';';
}

/** A signed emotion as the map shows it: −2, −1, 0, +1, +2 (true minus sign). */
export function emotionText(emotion: number): string {
  return emotion < 0 ? `\u2212${-emotion}` : emotion > 0 ? `+${emotion}` : '0';
}

/** "N of M" / "N sur M". */
export function outOf(n: number, m: number, lang: Language): string {
  return lang === 'fr' ? `${n} sur ${m}` : `${n} of ${m}`;
}

/** "8 of 8 channel switches" / "8 changements de canal sur 8" (French puts the noun before « sur »). */
export function countOf(n: number, m: number, one: string, many: string, lang: Language): string {
  const noun = plural(lang === 'fr' ? n : m, one, many, lang);
  return lang === 'fr' ? `${n} ${noun} sur ${m}` : `${n} of ${m} ${noun}`;
}

/** French plural for 0 and 1 is singular. */
export function plural(count: number, one: string, many: string, lang: Language): string {
  return (lang === 'fr' ? count < 2 : count === 1) ? one : many;
}

/** A quoted excerpt of a consultant's text, cut at `max` characters on a word. */
export function excerpt(text: string, lang: Language, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const cut = clean.length <= max ? clean : `${clean.slice(0, clean.lastIndexOf(' ', max) > 40 ? clean.lastIndexOf(' ', max) : max)}…`;
  return lang === 'fr' ? `«${NBSP}${cut}${NBSP}»` : `“${cut}”`;
}
