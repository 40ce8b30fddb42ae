/**
 * `schema-required` (error): A required key is missing.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  required: {
    en: ({ key, parent }: { key: string; parent: string }) => `Missing required key "${key}"${parent ? ` in ${parent}` : ''}.`,
    fr: ({ key, parent }: { key: string; parent: string }) => `Clé obligatoire « ${key} » manquante${parent ? ` dans ${parent}` : ''}.`,
  },
  emptyText: {
    en: ({ key }: { key: string }) => `"${key}" must not be empty.`,
    fr: ({ key }: { key: string }) => `« ${key} » ne doit pas être vide.`,
  },
  emptyList: {
    en: ({ key, min }: { key: string; min: number }) => `"${key}" needs at least ${min} item${min > 1 ? 's' : ''}.`,
    fr: ({ key, min }: { key: string; min: number }) => `« ${key} » doit contenir au moins ${min} élément${min > 1 ? 's' : ''}.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** A required key is missing (reported on its parent key), or a required text or list is
empty. Required: \`engagement.client\`, \`change.stage\`, \`channels\` and \`segments\` (at least one
each), \`id\` and \`type\` of a channel, \`id\` and \`digitalIntensity\` of a segment, \`id\`, \`segment\` and
\`stages\` of a journey, \`name\` and \`steps\` of a stage, \`channel\` and \`action\` of a step, \`level\` of
an assessed dimension, \`id\`, \`title\` and \`dimension\` of an initiative, \`type\` of a barrier.

**Fix.** Add the key.

\`\`\`yaml
engagement:              # schema-required: client is missing
  title: Parcours client
\`\`\``,
  fr: `**Erreur.** Une clé obligatoire manque (signalée sur la clé de son parent), ou un texte ou une liste
obligatoire est vide. Obligatoires : \`engagement.client\`, \`change.stage\`, \`channels\` et \`segments\`
(au moins un de chaque), \`id\` et \`type\` d'un canal, \`id\` et \`digitalIntensity\` d'un segment, \`id\`,
\`segment\` et \`stages\` d'un parcours, \`name\` et \`steps\` d'une phase, \`channel\` et \`action\` d'une
étape, \`level\` d'une dimension évaluée, \`id\`, \`title\` et \`dimension\` d'une initiative, \`type\` d'un
frein.

**Correction.** Ajoutez la clé.

\`\`\`yaml
engagement:              # schema-required : client manque
  title: Parcours client
\`\`\``,
};

export const schemaRequired = defineRule({
  code: 'schema-required',
  severity: 'error',
  family: 'schema',
  summary: 'A required key is missing.',
  messages,
  page,
});
