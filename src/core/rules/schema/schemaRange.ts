/**
 * `schema-range` (error): A number or text is outside its allowed range or pattern.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  range: {
    en: ({ key, min, max }: { key: string; min: number; max: number }) => `"${key}" must be between ${min} and ${max}.`,
    fr: ({ key, min, max }: { key: string; min: number; max: number }) => `« ${key} » doit être compris entre ${min} et ${max}.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** A number is outside its range: \`share\` 0..100, \`emotion\` −2..2, \`level\` and \`targetLevel\`
1..5.

**Fix.** Bring the value into range. Emotions are whole numbers from −2 (very negative) to 2 (very
positive).

\`\`\`yaml
    share: 120           # schema-range: a percentage, at most 100
\`\`\``,
  fr: `**Erreur.** Un nombre sort de son intervalle : \`share\` de 0 à 100, \`emotion\` de −2 à 2, \`level\` et
\`targetLevel\` de 1 à 5.

**Correction.** Ramenez la valeur dans l'intervalle. Les émotions sont des nombres entiers de −2
(très négative) à 2 (très positive).

\`\`\`yaml
    share: 120           # schema-range : un pourcentage, au plus 100
\`\`\``,
};

export const schemaRange = defineRule({
  code: 'schema-range',
  severity: 'error',
  family: 'schema',
  summary: 'A number or text is outside its allowed range or pattern.',
  messages,
  page,
});
