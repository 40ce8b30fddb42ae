/**
 * `yaml-syntax` (error): The file is not well-formed YAML.
 */
import { defineRule, type RuleMessages } from '../rule';
import { codePoint } from '../ruleTexts';

const messages = {
  yamlSyntax: {
    en: ({ detail }: { detail: string }) => `YAML syntax error: ${detail}`,
    fr: ({ detail }: { detail: string }) => `Erreur de syntaxe YAML : ${detail}`,
  },
  controlCharacter: {
    en: ({ code }: { code: number }) => `Control character ${codePoint(code)} is not allowed in YAML: remove it (write it as an escape such as "\\x${code.toString(16).padStart(2, '0')}" in a double-quoted string if it is meant).`,
    fr: ({ code }: { code: number }) => `Le caractère de contrôle ${codePoint(code)} n'est pas autorisé en YAML : supprimez-le (ou écrivez-le "\\x${code.toString(16).padStart(2, '0')}" dans une chaîne entre guillemets s'il est voulu).`,
  },
  aliasUnknown: {
    en: ({ name }: { name: string }) => `Alias *${name} refers to no anchor defined before it.`,
    fr: ({ name }: { name: string }) => `L'alias *${name} ne renvoie à aucune ancre définie avant lui.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** The text is not valid YAML, or an alias (\`*name\`) refers to no anchor defined before it.
Nothing else is reported until it is fixed: the file cannot be read past it.

**Why it matters.** Validation, the journey map and the roadmap all stand on a correctly read file.

**Fix.** Look at the position given. The most frequent cause in French text is a colon followed
by a space inside unquoted text (French typography puts a space before the colon): quote the text.
Tabs cannot indent YAML; use spaces.

\`\`\`yaml
# wrong
    note: Attention : les commerciaux craignent d'être remplacés.
# right
    note: "Attention : les commerciaux craignent d'être remplacés."
\`\`\``,
  fr: `**Erreur.** Le texte n'est pas du YAML valide, ou un alias (\`*nom\`) ne renvoie à aucune ancre
définie avant lui. Rien d'autre n'est signalé tant qu'elle n'est pas corrigée : le fichier ne peut
pas être lu au-delà.

**Pourquoi c'est important.** La validation, la carte du parcours et la feuille de route reposent
toutes sur un fichier correctement lu.

**Correction.** Regardez la position indiquée. La cause la plus fréquente dans un texte français est
un deux-points suivi d'une espace dans un texte sans guillemets (la typographie française met une
espace avant le deux-points) : mettez le texte entre guillemets. Les tabulations ne peuvent pas
indenter du YAML : utilisez des espaces.

\`\`\`yaml
# faux
    note: Attention : les commerciaux craignent d'être remplacés.
# juste
    note: "Attention : les commerciaux craignent d'être remplacés."
\`\`\``,
};

export const yamlSyntax = defineRule({
  code: 'yaml-syntax',
  severity: 'error',
  family: 'reading',
  summary: 'The file is not well-formed YAML.',
  messages,
  page,
});
