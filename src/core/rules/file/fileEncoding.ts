/**
 * `file-encoding` (error): The file is not UTF-8 text (or UTF-16 with a byte-order mark).
 */
import { defineRule, type RuleMessages } from '../rule';
import { type None } from '../ruleTexts';

const messages = {
  replacementCharacter: {
    en: (_: None) => 'The file holds the replacement character U+FFFD, the mark of bytes that were not UTF-8: it was probably saved as Latin-1 or Windows-1252. Reopen it with that encoding and save it as UTF-8.',
    fr: (_: None) => 'Le fichier contient le caractère de remplacement U+FFFD, la trace d\'octets qui n\'étaient pas en UTF-8 : il a sans doute été enregistré en Latin-1 ou Windows-1252. Rouvrez-le dans cet encodage et enregistrez-le en UTF-8.',
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** The file holds bytes that are not UTF-8 (or the replacement character U+FFFD, the mark
they leave once decoded): it was saved as Latin-1 or Windows-1252, and « Société » would be read
« Soci�t� ». Reported at the first such character; the rest of the file is still checked.

**Why it matters.** Names and quotes go into the client's roadmap: they must read as written.

**Fix.** Reopen the file with its encoding (VS Code: "Reopen with Encoding") and save it as UTF-8.
UTF-16 with a byte-order mark is read as it is.`,
  fr: `**Erreur.** Le fichier contient des octets qui ne sont pas de l'UTF-8 (ou le caractère de
remplacement U+FFFD, la trace qu'ils laissent une fois décodés) : il a été enregistré en Latin-1
ou Windows-1252, et « Société » se lirait « Soci�t� ». Signalé au premier de ces caractères ; le
reste du fichier est tout de même vérifié.

**Pourquoi c'est important.** Les noms et les citations vont dans la feuille de route du client :
ils doivent se lire tels qu'ils ont été écrits.

**Correction.** Rouvrez le fichier dans son encodage (VS Code : « Rouvrir avec l'encodage ») et
enregistrez-le en UTF-8. L'UTF-16 avec marque d'ordre des octets est lu tel quel.`,
};

export const fileEncoding = defineRule({
  code: 'file-encoding',
  severity: 'error',
  family: 'file',
  summary: 'The file is not UTF-8 text (or UTF-16 with a byte-order mark).',
  messages,
  page,
});
