/**
 * `unknown-key` (warning): An unknown key (ignored).
 */
import { defineRule, type RuleMessages } from '../rule';
import { suggestionPhrase } from '../ruleTexts';

const messages = {
  unknownKey: {
    en: ({ key, suggestion }: { key: string; suggestion?: string }) =>
      `Unknown key "${key}": it is ignored.${suggestionPhrase.en({ suggestion })} (Prefix your own annotations with x-.)`,
    fr: ({ key, suggestion }: { key: string; suggestion?: string }) =>
      `Clé inconnue « ${key} » : elle est ignorée.${suggestionPhrase.fr({ suggestion })} (Préfixez vos annotations par x-.)`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Warning.** A key the format does not know, with a "did you mean" (and a quick fix in VS Code) when
a known key is close. The key and its value are ignored.

- EN: \`Unknown key "organization": it is ignored. Did you mean "organisation"? (Prefix your own annotations with x-.)\`
- FR: \`Clé inconnue « organization » : elle est ignorée. Vouliez-vous dire « organisation » ? (Préfixez vos annotations par x-.)\`

**Why it matters.** A misspelt key silently loses information: \`recognisesCustomer: true\` would
leave the channel unrecognising, and the scores wrong.

**Fix.** Correct the spelling, or prefix your own annotations with \`x-\` (accepted at every level).

\`\`\`yaml
  - id: site
    type: web
    recognisesCustomer: true          # unknown-key: did you mean recognizesCustomer?
    x-note: only for logged-in buyers # accepted: an annotation
\`\`\``,
  fr: `**Avertissement.** Une clé que le format ne connaît pas, avec un « vouliez-vous dire » (et une
correction rapide dans VS Code) quand une clé connue est proche. La clé et sa valeur sont ignorées.

- EN : \`Unknown key "organization": it is ignored. Did you mean "organisation"? (Prefix your own annotations with x-.)\`
- FR : \`Clé inconnue « organization » : elle est ignorée. Vouliez-vous dire « organisation » ? (Préfixez vos annotations par x-.)\`

**Pourquoi c'est important.** Une clé mal orthographiée perd une information sans bruit :
\`recognisesCustomer: true\` laisserait le canal sans reconnaissance du client, et les scores faux.

**Correction.** Corrigez l'orthographe, ou préfixez vos propres annotations par \`x-\` (acceptées à
tous les niveaux).

\`\`\`yaml
  - id: site
    type: web
    recognisesCustomer: true          # unknown-key : vouliez-vous dire recognizesCustomer ?
    x-note: seulement pour les acheteurs connectés # acceptée : une annotation
\`\`\``,
};

export const unknownKey = defineRule({
  code: 'unknown-key',
  severity: 'warning',
  family: 'reading',
  summary: 'An unknown key (ignored).',
  messages,
  page,
});
