/**
 * `yaml-unsupported` (error): A YAML feature the format excludes (merge keys, custom tags, %YAML 1.1).
 */
import { defineRule, type RuleMessages } from '../rule';
import { type None } from '../ruleTexts';

const messages = {
  directive: {
    en: (_: None) => 'YAML directives such as %YAML 1.1 are not supported: engagement files are read as YAML 1.2. Remove this line.',
    fr: (_: None) => 'Les directives YAML comme %YAML 1.1 ne sont pas prises en charge : les engagements sont lus en YAML 1.2. Supprimez cette ligne.',
  },
  secondDocument: {
    en: (_: None) => 'Only one YAML document per file: put each engagement in its own file.',
    fr: (_: None) => 'Un seul document YAML par fichier : mettez chaque engagement dans son propre fichier.',
  },
  mergeKey: {
    en: (_: None) => 'Merge keys (<<) are not supported: write the keys out.',
    fr: (_: None) => 'Les clés de fusion (<<) ne sont pas prises en charge : écrivez les clés en entier.',
  },
  customTag: {
    en: ({ tag }: { tag: string }) => `Tag ${tag} is not supported: engagement files hold plain data (YAML 1.2 core schema).`,
    fr: ({ tag }: { tag: string }) => `L'étiquette ${tag} n'est pas prise en charge : un engagement ne contient que des données simples (schéma YAML 1.2 core).`,
  },
  complexKey: {
    en: (_: None) => 'Keys must be plain words.',
    fr: (_: None) => 'Les clés doivent être des mots simples.',
  },
  aliasKey: {
    en: ({ name }: { name: string }) => `Alias *${name} is used as a key: keys are plain words written out; an alias can only stand for a value.`,
    fr: ({ name }: { name: string }) => `L'alias *${name} sert de clé : une clé s'écrit en toutes lettres ; un alias ne peut remplacer qu'une valeur.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** A YAML feature an engagement file does not allow: a \`%YAML 1.1\` directive, a custom tag
(\`!include\`, \`!!js/function\`…), a merge key \`<<\`, a key that is not a plain word (an alias \`*name\` used as a key), or a second
document (\`---\`) in the file.

**Why it matters.** An engagement is plain data, read with the YAML 1.2 core schema so that
everyone's tools read it the same way. YAML 1.1 reads \`yes\`, \`no\`, \`on\` as booleans and \`NO\` (the
country code of Norway) as false; tags can make a reader run code; merge keys hide which values a
channel really has.

**Fix.** Remove the directive; write the included or merged values out; put each engagement in its
own file.

\`\`\`yaml
# wrong
  - <<: *web-defaults
    id: app
# right
  - id: app
    type: mobile-app
\`\`\``,
  fr: `**Erreur.** Une fonctionnalité YAML qu'un fichier d'engagement n'autorise pas : une directive
\`%YAML 1.1\`, une étiquette personnalisée (\`!include\`, \`!!js/function\`…), une clé de fusion \`<<\`, une
clé qui n'est pas un simple mot (un alias \`*nom\` employé comme clé), ou un second document (\`---\`) dans le fichier.

**Pourquoi c'est important.** Un engagement est une simple donnée, lue avec le schéma de base de
YAML 1.2 pour que tous les outils la lisent de la même façon. YAML 1.1 lit \`yes\`, \`no\`, \`on\` comme
des booléens et \`NO\` (le code pays de la Norvège) comme faux ; les étiquettes peuvent faire
exécuter du code ; les clés de fusion cachent les valeurs réelles d'un canal.

**Correction.** Supprimez la directive ; écrivez les valeurs incluses ou fusionnées ; mettez chaque
engagement dans son propre fichier.

\`\`\`yaml
# faux
  - <<: *web-defaults
    id: app
# juste
  - id: app
    type: mobile-app
\`\`\``,
};

export const yamlUnsupported = defineRule({
  code: 'yaml-unsupported',
  severity: 'error',
  family: 'reading',
  summary: 'A YAML feature the format excludes (merge keys, custom tags, %YAML 1.1).',
  messages,
  page,
});
