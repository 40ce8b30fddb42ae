import type { Language } from '../model/vocabulary';

/** A message in every language the product speaks; parameters are plain values, never markup. */
export type Localized<P> = Record<Language, (params: P) => string>;
