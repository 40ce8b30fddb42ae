/**
 * `schema-enum` (error): A value is not one of the allowed words.
 */
import { defineRule, type RuleMessages } from '../rule';
import { suggestionPhrase } from '../ruleTexts';

const messages = {
  enumValue: {
    en: ({ key, value, allowed, suggestion }: { key: string; value: string; allowed: string; suggestion?: string }) =>
      `"${value}" is not a valid ${key}.${suggestionPhrase.en({ suggestion })} Expected one of: ${allowed}.`,
    fr: ({ key, value, allowed, suggestion }: { key: string; value: string; allowed: string; suggestion?: string }) =>
      `« ${value} » n'est pas une valeur valide pour ${key}.${suggestionPhrase.fr({ suggestion })} Valeurs attendues (en anglais) : ${allowed}.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** A value is not one of the allowed words. Enum values are English; the French words
consultants type (\`PME\`, \`magasin\`, \`peur\`, \`multicanal\`, \`faible\`…) get a "did you mean" and a quick
fix to the English value.

- EN: \`"magasin" is not a valid type. Did you mean "store"? Expected one of: store, phone, web, …\`
- FR: \`« magasin » n'est pas une valeur valide pour type. Vouliez-vous dire « store » ? Valeurs attendues (en anglais) : store, phone, web, …\`

**Fix.** Use the English value; the [vocabulary](format.md#vocabulary) lists them all.

\`\`\`yaml
  - id: branch
    type: magasin        # schema-enum: store
\`\`\``,
  fr: `**Erreur.** Une valeur ne fait pas partie des mots permis. Les valeurs d'énumération sont en
anglais ; les mots français que tapent les consultants (\`PME\`, \`magasin\`, \`peur\`, \`multicanal\`,
\`faible\`…) reçoivent un « vouliez-vous dire » et une correction rapide vers la valeur anglaise.

- EN : \`"magasin" is not a valid type. Did you mean "store"? Expected one of: store, phone, web, …\`
- FR : \`« magasin » n'est pas une valeur valide pour type. Vouliez-vous dire « store » ? Valeurs attendues (en anglais) : store, phone, web, …\`

**Correction.** Utilisez la valeur anglaise ; le [vocabulaire](format.md#vocabulary) les liste
toutes.

\`\`\`yaml
  - id: branch
    type: magasin        # schema-enum : store
\`\`\``,
};

export const schemaEnum = defineRule({
  code: 'schema-enum',
  severity: 'error',
  family: 'schema',
  summary: 'A value is not one of the allowed words.',
  messages,
  page,
});
