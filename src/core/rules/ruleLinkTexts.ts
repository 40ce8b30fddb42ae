/**
 * The words around a rule's page where a host shows it (the panel's title, the hover's link), in the
 * engagement's language like the diagnostics they belong to, not in the editor's.
 */
import type { Catalogue, None } from '../i18n/localized';
import type { Language } from '../model/vocabulary';

export const RULE_LINK_TEXTS = {
  pageTitle: { en: ({ code }: { code: string }) => `Rule: ${code}`, fr: ({ code }: { code: string }) => `Règle : ${code}` },
  readTheRule: { en: (_: None) => 'Read the rule', fr: (_: None) => 'Lire la règle' },
} satisfies Catalogue;

/** The rules page of each language (docs/rules.md and its French twin), generated from the registry. */
export const RULES_PAGE: Record<Language, string> = { en: 'rules.md', fr: 'rules.fr.md' };
