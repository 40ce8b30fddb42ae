/**
 * `reserved-key` (error): A reserved key (__proto__, constructor, prototype) is not allowed.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  reservedKey: {
    en: ({ key }: { key: string }) => `"${key}" is a reserved word and cannot be used as a key.`,
    fr: ({ key }: { key: string }) => `« ${key} » est un mot réservé et ne peut pas servir de clé.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** \`__proto__\`, \`constructor\` or \`prototype\` is used as a key. The entry is ignored.

**Why it matters.** These names have a special meaning in JavaScript; accepting them as keys is
how "prototype pollution" attacks work. The toolkit never lets them through.

**Fix.** Rename the key (annotations go in keys starting with \`x-\`).

\`\`\`yaml
engagement:
  client: Demo
  __proto__: polluted     # reserved-key
\`\`\``,
  fr: `**Erreur.** \`__proto__\`, \`constructor\` ou \`prototype\` est utilisé comme clé. L'entrée est ignorée.

**Pourquoi c'est important.** Ces noms ont un sens particulier en JavaScript ; les accepter comme
clés est le principe des attaques par « pollution de prototype ». La boîte à outils ne les laisse
jamais passer.

**Correction.** Renommez la clé (les annotations vont dans des clés commençant par \`x-\`).

\`\`\`yaml
engagement:
  client: Demo
  __proto__: polluted     # reserved-key
\`\`\``,
};

export const reservedKey = defineRule({
  code: 'reserved-key',
  severity: 'error',
  family: 'reading',
  summary: 'A reserved key (__proto__, constructor, prototype) is not allowed.',
  messages,
  page,
});
