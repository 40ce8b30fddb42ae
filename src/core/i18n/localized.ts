/**
 * The core's one way to localise a text. A text is a `Localized` entry (one function per language,
 * taking plain parameters, never markup); a feature keeps its entries in a catalogue beside it
 * (`xxxTexts.ts`, or a rule's `messages`), and every text is read through `localize(entry, lang,
 * params)` or, for a whole catalogue, `textsIn(catalogue, lang)`. Nowhere else in src/core is a
 * language compared with a literal (test/unit/architecture/localisation.test.ts keeps it so).
 * The VS Code UI strings are the host's and stay on vscode.l10n (docs/architecture.md).
 */
import type { Language } from '../model/vocabulary';

/** A message in every language the product speaks; parameters are plain values, never markup. */
export type Localized<P> = Record<Language, (params: P) => string>;

/** The parameters of an entry that takes none. */
export type None = Record<string, never>;

/** A feature's texts: one `Localized` entry each. */
export type Catalogue = Record<string, Localized<never>>;

type Args<P> = P extends None ? [params?: P] : [params: P];

/** The text of `entry` in `lang`. */
export function localize<P>(entry: Localized<P>, lang: Language, ...[params]: Args<P>): string {
  return entry[lang]((params ?? {}) as P);
}

type ParamsOf<E> = E extends Localized<infer P> ? P : never;

/** A catalogue read in one language: `textsIn(officeTexts, lang).colon()`. */
export type TextsIn<C extends Catalogue> = { readonly [K in keyof C]: (...params: Args<ParamsOf<C[K]>>) => string };

export function textsIn<C extends Catalogue>(catalogue: C, lang: Language): TextsIn<C> {
  const read: Record<string, (params?: unknown) => string> = {};
  for (const key of Object.keys(catalogue)) read[key] = (params?: unknown) => (catalogue[key]![lang] as (p: unknown) => string)(params ?? {});
  return read as TextsIn<C>;
}

/**
 * A fixed text written in place in both languages, where a data row is itself the catalogue (the
 * playbook's interventions, the scorers' evidence): the same entry, built where it is read.
 */
export function inPlace(en: string, fr: string): Localized<None> {
  return { en: () => en, fr: () => fr };
}
