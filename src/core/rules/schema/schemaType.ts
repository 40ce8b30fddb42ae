/**
 * `schema-type` (error): A value has the wrong type.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  type: {
    en: ({ key, expected, received }: { key: string; expected: string; received: string }) =>
      `"${key}" must be ${expected}, not ${received}.`,
    fr: ({ key, expected, received }: { key: string; expected: string; received: string }) =>
      `« ${key} » doit être ${expected}, pas ${received}.`,
  },
  date: {
    en: ({ value }: { value: string }) => `"${value}" is not a calendar date in the form YYYY-MM-DD.`,
    fr: ({ value }: { value: string }) => `« ${value} » n'est pas une date du calendrier au format AAAA-MM-JJ.`,
  },
  slug: {
    en: ({ value }: { value: string }) => `"${value}" is not a valid id: use lower-case letters, digits and hyphens (e.g. branch-paris).`,
    fr: ({ value }: { value: string }) => `« ${value} » n'est pas un identifiant valide : lettres minuscules, chiffres et tirets (ex. agence-paris).`,
  },
  invalid: {
    en: ({ key }: { key: string }) => `Invalid value for "${key}".`,
    fr: ({ key }: { key: string }) => `Valeur invalide pour « ${key} ».`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** A value has the wrong type: text where a number or a boolean is expected, a single value
where a list is expected, an id that is not a slug (\`[a-z0-9][a-z0-9-]*\`), a date that is not a
calendar date \`YYYY-MM-DD\`.

- EN: \`"recognizesCustomer" must be true or false, not text (yes).\`
- FR: \`« recognizesCustomer » doit être true ou false, pas un texte (yes).\`

**Fix.** YAML 1.2 reads \`yes\`, \`oui\`, \`on\` as text: write \`true\` or \`false\`. Do not quote numbers.

\`\`\`yaml
    recognizesCustomer: yes    # schema-type: write true
    share: "40"                # schema-type: write 40
\`\`\``,
  fr: `**Erreur.** Une valeur n'a pas le bon type : du texte là où un nombre ou un booléen est attendu, une
valeur seule là où une liste est attendue, un identifiant qui n'est pas un slug
(\`[a-z0-9][a-z0-9-]*\`), une date qui n'est pas une date du calendrier \`AAAA-MM-JJ\`.

- EN : \`"recognizesCustomer" must be true or false, not text (yes).\`
- FR : \`« recognizesCustomer » doit être true ou false, pas un texte (yes).\`

**Correction.** YAML 1.2 lit \`yes\`, \`oui\`, \`on\` comme du texte : écrivez \`true\` ou \`false\`. Ne
mettez pas les nombres entre guillemets.

\`\`\`yaml
    recognizesCustomer: yes    # schema-type : écrivez true
    share: "40"                # schema-type : écrivez 40
\`\`\``,
};

export const schemaType = defineRule({
  code: 'schema-type',
  severity: 'error',
  family: 'schema',
  summary: 'A value has the wrong type.',
  messages,
  page,
});
