/**
 * `file-not-found` (error): A named file does not exist.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  notFound: {
    en: ({ path }: { path: string }) => `File not found: ${path}.`,
    fr: ({ path }: { path: string }) => `Fichier introuvable : ${path}.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error** (command line). A file named on the command line does not exist. Other files are still
reported. Arguments that match nothing at all (an empty folder, a glob with no match) are bad usage
instead (exit 2).

**Fix.** Check the path; folders are searched recursively for \`*.engagement.yaml\` and
\`*.engagement.yml\`.`,
  fr: `**Erreur** (ligne de commande). Un fichier nommé sur la ligne de commande n'existe pas. Les autres
fichiers sont tout de même traités. Des arguments qui ne désignent rien du tout (un dossier vide, un
motif sans correspondance) sont une mauvaise utilisation (code de sortie 2).

**Correction.** Vérifiez le chemin ; les dossiers sont parcourus récursivement à la recherche de
\`*.engagement.yaml\` et \`*.engagement.yml\`.`,
};

export const fileNotFound = defineRule({
  code: 'file-not-found',
  severity: 'error',
  family: 'file',
  summary: 'A named file does not exist.',
  messages,
  page,
});
