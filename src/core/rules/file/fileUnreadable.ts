/**
 * `file-unreadable` (error): The path is not a readable regular file.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {

} satisfies RuleMessages;

const page = {
  en: `**Error.** The path names something \`cxm\` cannot read as a regular file: a folder, a device, a
socket, or a file it has no permission to read. Reported at 1:1 on that path; the other files are
still read.

**Fix.** Name the engagement file itself, or give \`cxm\` the right to read it.`,
  fr: `**Erreur.** Le chemin désigne quelque chose que \`cxm\` ne peut pas lire comme un fichier ordinaire : un
dossier, un périphérique, une socket, ou un fichier qu'il n'a pas le droit de lire. Signalé en 1:1 sur ce
chemin ; les autres fichiers sont lus quand même.

**Correction.** Indiquez le fichier d'engagement lui-même, ou donnez à \`cxm\` le droit de le lire.`,
};

export const fileUnreadable = defineRule({
  code: 'file-unreadable',
  severity: 'error',
  family: 'file',
  summary: 'The path is not a readable regular file.',
  messages,
  page,
});
