/**
 * `unknown-dimension` (error): The assessment names an unknown maturity dimension.
 */
import { defineRule, type RuleMessages } from '../rule';
import { suggestionPhrase } from '../ruleTexts';

const messages = {
  unknownDimension: {
    en: ({ key, suggestion, known }: { key: string; suggestion?: string; known: string }) =>
      `"${key}" is not a maturity dimension.${suggestionPhrase.en({ suggestion })} Dimensions: ${known}.`,
    fr: ({ key, suggestion, known }: { key: string; suggestion?: string; known: string }) =>
      `« ${key} » n'est pas une dimension de maturité.${suggestionPhrase.fr({ suggestion })} Dimensions : ${known}.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** A key under \`assessment\` is not one of the ten maturity dimension ids (\`visibility\`,
\`digital-journey\`, \`channel-integration\`, \`human-touch\`, \`lifecycle\`, \`mobile\`, \`data-trust\`,
\`community\`, \`employee-tools\`, \`organisation\`).

**Why it matters.** An assessed level overrides the derived one everywhere; a misspelt dimension
would silently drop the consultant's judgement.

**Fix.** Use the dimension id (the quick fix proposes the closest one). French names such as
\`visibilite\` are not accepted.

\`\`\`yaml
assessment:
  visibilite:        # unknown-dimension: did you mean visibility?
    level: 1
\`\`\``,
  fr: `**Erreur.** Une clé sous \`assessment\` n'est pas l'un des dix identifiants de dimension de maturité
(\`visibility\`, \`digital-journey\`, \`channel-integration\`, \`human-touch\`, \`lifecycle\`, \`mobile\`,
\`data-trust\`, \`community\`, \`employee-tools\`, \`organisation\`).

**Pourquoi c'est important.** Un niveau évalué remplace partout le niveau calculé ; une dimension
mal orthographiée ferait disparaître sans bruit le jugement du consultant.

**Correction.** Utilisez l'identifiant de la dimension (la correction rapide propose le plus
proche). Les noms français comme \`visibilite\` ne sont pas acceptés.

\`\`\`yaml
assessment:
  visibilite:        # unknown-dimension : vouliez-vous dire visibility ?
    level: 1
\`\`\``,
};

export const unknownDimension = defineRule({
  code: 'unknown-dimension',
  severity: 'error',
  family: 'reading',
  summary: 'The assessment names an unknown maturity dimension.',
  messages,
  page,
});
