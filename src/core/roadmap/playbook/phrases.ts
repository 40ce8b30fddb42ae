/**
 * How the playbook writes: the client's own names in French guillemets (« » with no-break spaces)
 * or plain in English, lists joined the way each language does, numbers with French spacing.
 * French typography: no-break space before « : » and « % », narrow no-break space before « ; ! ? ».
 */
import { localize, type Catalogue, type None } from '../../i18n/localized';
import type { Language } from '../../model/vocabulary';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const phrases = {
  quotedName: { en: ({ name }: { name: string }) => name, fr: ({ name }: { name: string }) => `«${NBSP}${name}${NBSP}»` },
  and: { en: (_: None) => ' and ', fr: (_: None) => ' et ' },
  more: { en: ({ rest }: { rest: number }) => `${rest} more`, fr: ({ rest }: { rest: number }) => `${rest}${NBSP}${rest < 2 ? 'autre' : 'autres'}` },
  percent: { en: ({ value }: { value: number }) => `${value}%`, fr: ({ value }: { value: number }) => `${value}${NBSP}%` },
  colon: { en: (_: None) => ':', fr: (_: None) => `${NBSP}:` },
  semicolon: { en: (_: None) => ';', fr: (_: None) => `${NNBSP};` },
  outOf: { en: ({ n, m }: { n: number; m: number }) => `${n} of ${m}`, fr: ({ n, m }: { n: number; m: number }) => `${n} sur ${m}` },
  // French puts the noun before « sur » and agrees it with the count, English after it with the total.
  countOf: {
    en: ({ n, m, one, many }: { n: number; m: number; one: string; many: string }) => `${n} of ${m} ${m === 1 ? one : many}`,
    fr: ({ n, m, one, many }: { n: number; m: number; one: string; many: string }) => `${n} ${n < 2 ? one : many} sur ${m}`,
  },
  /** French plural for 0 and 1 is singular. */
  plural: {
    en: ({ count, one, many }: { count: number; one: string; many: string }) => (count === 1 ? one : many),
    fr: ({ count, one, many }: { count: number; one: string; many: string }) => (count < 2 ? one : many),
  },
  excerpt: { en: ({ text }: { text: string }) => `“${text}”`, fr: ({ text }: { text: string }) => `«${NBSP}${text}${NBSP}»` },
} satisfies Catalogue;

export function quoteName(name: string, lang: Language): string {
  return localize(phrases.quotedName, lang, { name });
}

/** "a, b and c" / "a, b et c". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${localize(phrases.and, lang)}${items[items.length - 1]}`;
}

/** The names quoted and joined, at most `max` of them then "…". */
export function nameList(names: readonly string[], lang: Language, max = 3): string {
  const quoted = names.slice(0, max).map((n) => quoteName(n, lang));
  const rest = names.length - max;
  if (rest > 0) quoted.push(localize(phrases.more, lang, { rest }));
  return joinList(quoted, lang);
}

export function percent(value: number, lang: Language): string {
  return localize(phrases.percent, lang, { value: Math.round(value) });
}

/** "x: y" with the French no-break space before the colon. */
export function colon(lang: Language): string {
  return localize(phrases.colon, lang);
}

export function semicolon(lang: Language): string {
  return localize(phrases.semicolon, lang);
}

/** A signed emotion as the map shows it: −2, −1, 0, +1, +2 (true minus sign). */
export function emotionText(emotion: number): string {
  return emotion < 0 ? `\u2212${-emotion}` : emotion > 0 ? `+${emotion}` : '0';
}

/** "N of M" / "N sur M". */
export function outOf(n: number, m: number, lang: Language): string {
  return localize(phrases.outOf, lang, { n, m });
}

/** "8 of 8 channel switches" / "8 changements de canal sur 8" (French puts the noun before « sur »). */
export function countOf(n: number, m: number, one: string, many: string, lang: Language): string {
  return localize(phrases.countOf, lang, { n, m, one, many });
}

/** French plural for 0 and 1 is singular. */
export function plural(count: number, one: string, many: string, lang: Language): string {
  return localize(phrases.plural, lang, { count, one, many });
}

/** A quoted excerpt of a consultant's text, cut at `max` characters on a word. */
export function excerpt(text: string, lang: Language, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const cut = clean.length <= max ? clean : `${clean.slice(0, clean.lastIndexOf(' ', max) > 40 ? clean.lastIndexOf(' ', max) : max)}…`;
  return localize(phrases.excerpt, lang, { text: cut });
}
