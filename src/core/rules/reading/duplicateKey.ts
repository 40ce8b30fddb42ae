/**
 * `duplicate-key` (error): A key appears twice in the same mapping.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  duplicateKey: {
    en: ({ key }: { key: string }) => `Key "${key}" appears twice in this mapping; the first one is used.`,
    fr: ({ key }: { key: string }) => `La clé « ${key} » apparaît deux fois dans ce bloc ; seule la première est prise en compte.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** The same key appears twice in one mapping (reported on the later one). The first value
is used.

**Why it matters.** The file says two different things; the reader of the file and the toolkit may
not take the same one.

**Fix.** Keep one of the two.

\`\`\`yaml
  - id: site
    type: web
    type: mobile-app      # duplicate-key
\`\`\``,
  fr: `**Erreur.** La même clé apparaît deux fois dans une table (signalée sur la seconde). La première
valeur est retenue.

**Pourquoi c'est important.** Le fichier dit deux choses différentes ; son lecteur et la boîte à
outils risquent de ne pas retenir la même.

**Correction.** Gardez l'une des deux.

\`\`\`yaml
  - id: site
    type: web
    type: mobile-app      # duplicate-key
\`\`\``,
};

export const duplicateKey = defineRule({
  code: 'duplicate-key',
  severity: 'error',
  family: 'reading',
  summary: 'A key appears twice in the same mapping.',
  messages,
  page,
});
