/**
 * `unsupported-version` (error): The file declares a format version other than 1.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  /** How a version written as text is quoted in \`version\` below. */
  writtenAsText: {
    en: ({ value }: { value: string }) => `"${value}" (text)`,
    fr: ({ value }: { value: string }) => `« ${value} » (texte)`,
  },
  version: {
    en: ({ value }: { value: string }) => `Unsupported format version ${value}: this extension reads version 1.`,
    fr: ({ value }: { value: string }) => `Version de format ${value} non prise en charge : cette extension lit la version 1.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** \`version\` is not \`1\`.

**Fix.** Write \`version: 1\`, or leave the key out (it defaults to 1).

\`\`\`yaml
version: 2     # unsupported-version
\`\`\``,
  fr: `**Erreur.** \`version\` ne vaut pas \`1\`.

**Correction.** Écrivez \`version: 1\`, ou omettez la clé (elle vaut 1 par défaut).

\`\`\`yaml
version: 2     # unsupported-version
\`\`\``,
};

export const unsupportedVersion = defineRule({
  code: 'unsupported-version',
  severity: 'error',
  family: 'schema',
  summary: 'The file declares a format version other than 1.',
  messages,
  page,
});
