/**
 * `file-too-large` (error): The file is larger than 10 MB.
 */
import { defineRule, type RuleMessages } from '../rule';
import { type None } from '../ruleTexts';

const messages = {
  tooLarge: {
    en: (_: None) => 'The file is larger than 10 MB: split the engagement (one client engagement per file).',
    fr: (_: None) => 'Le fichier dépasse 10 Mo : scindez l\'engagement (un engagement client par fichier).',
  },
  tooLargeFile: {
    en: ({ path }: { path: string }) => `${path} is larger than 10 MB: split the engagement (one client engagement per file).`,
    fr: ({ path }: { path: string }) => `${path} dépasse 10 Mo : scindez l'engagement (un engagement client par fichier).`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** The file is larger than 10 MB. It is not read.

**Why it matters.** One client engagement is a few hundred lines; a file this size is a mistake or
an attack, and would slow the editor down.

**Fix.** One engagement per file; split the data.`,
  fr: `**Erreur.** Le fichier dépasse 10 Mo. Il n'est pas lu.

**Pourquoi c'est important.** Un engagement client fait quelques centaines de lignes ; un fichier
de cette taille est une erreur ou une attaque, et ralentirait l'éditeur.

**Correction.** Un engagement par fichier ; scindez les données.`,
};

export const fileTooLarge = defineRule({
  code: 'file-too-large',
  severity: 'error',
  family: 'file',
  summary: 'The file is larger than 10 MB.',
  messages,
  page,
});
