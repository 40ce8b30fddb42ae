import type { Language } from '../model/vocabulary';

/** A message in every language the product speaks; parameters are plain values, never markup. */
export type Localized<P> = Record<Language, (params: P) => string>;

/** `«value»` in French typography, `"value"` in English. */
export function quote(text: string, lang: Language): string {
  return lang === 'fr' ? `« ${text} »` : `"${text}"`;
}

/** "a, b or c" / "a, b ou c". */
export function orList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'ou' : 'or'} ${items[items.length - 1]}`;
}
