/**
 * docs/rules.md and docs/rules.fr.md, generated from the rule registry: the introduction below, the
 * table of every code, then each rule's own page in registry order. `npm run docs:rules` writes
 * them (the build does too); a unit test fails when the committed pages differ from this.
 */
import type { Localized } from '../i18n/localized';
import type { Language } from '../model/vocabulary';
import { RULES } from './registry';
import type { Rule, RuleFamily, Severity } from './rule';

type None = Record<string, never>;

const texts = {
  introduction: {
    en: (_: None) => `# Diagnostics and rules

Every diagnostic the CX Maturity Toolkit raises has a stable code and a fixed severity. This page has
one section per code: what it means, why it matters (with the evidence from the seed articles the
consultant can quote to the client), how to fix it, and a minimal example. The format itself is
described in [format.md](format.md).

- **Errors** stop \`cxm assess\`, \`cxm roadmap\` and \`cxm journey\` for that file, and make
  \`cxm validate\` exit 1.
- **Warnings** are CX findings. A real client's file is full of them: that is the point of the
  engagement. They never stop anything.
- **Infos** point at gaps in the engagement file itself.

Messages come in English and French: the file's \`engagement.language\`, or \`--lang\` on the command
line, or VS Code's display language for a file without \`language\`. Ranges are 1-based lines and
UTF-16 columns, end exclusive; they cover the value at fault (for an unknown or duplicate key, the
key; for a missing key, its parent's key).

Schema errors (\`schema-*\`, \`unsupported-version\`) stop the reference checks and the CX rules: fix
them first. YAML syntax errors and YAML limits stop reading the file altogether.

[\`examples/mistakes.engagement.yaml\`](../examples/mistakes.engagement.yaml) shows every rule in one
file; [\`examples/broken/\`](../examples/broken) holds the schema and YAML errors. Each code also has a
pair of unit-test fixtures in [\`test/fixtures/rules/\`](../test/fixtures/rules): \`<code>.fires\` and
\`<code>.quiet\` (the near miss where it must not fire).`,
    fr: (_: None) => `# Diagnostics et règles

Chaque diagnostic de la boîte à outils Maturité CX a un code stable et une gravité fixe. Cette page
a une section par code : ce qu'il signifie, pourquoi il compte (avec les preuves tirées des articles
de référence, que le consultant peut citer au client), comment le corriger, et un exemple minimal.
Le format lui-même est décrit dans [format.md](format.md) (en anglais) ; la version anglaise de
cette page est [rules.md](rules.md).

- Les **erreurs** arrêtent \`cxm assess\`, \`cxm roadmap\` et \`cxm journey\` pour ce fichier, et font
  sortir \`cxm validate\` avec le code 1.
- Les **avertissements** sont des constats CX. Le fichier d'un vrai client en est plein : c'est tout
  l'intérêt de la mission. Ils n'arrêtent jamais rien.
- Les **informations** signalent des manques dans le fichier d'engagement lui-même.

Les messages existent en anglais et en français : la langue \`engagement.language\` du fichier, ou
\`--lang\` en ligne de commande, ou la langue d'affichage de VS Code pour un fichier sans \`language\`.
Les positions sont des lignes comptées à partir de 1 et des colonnes UTF-16, fin exclue ; elles
couvrent la valeur en faute (pour une clé inconnue ou en double, la clé ; pour une clé manquante,
la clé de son parent).

Les erreurs de schéma (\`schema-*\`, \`unsupported-version\`) arrêtent les contrôles de références et
les règles CX : corrigez-les d'abord. Les erreurs de syntaxe et les limites YAML arrêtent la lecture
du fichier.`,
  },
  tableHeader: {
    en: (_: None) => '| code | severity | family |',
    fr: (_: None) => '| code | gravité | famille |',
  },
  generated: {
    en: (_: None) => '<!-- Generated from src/core/rules (one file per rule) by `npm run docs:rules`: edit the rule, not this page. -->',
    fr: (_: None) => '<!-- Généré depuis src/core/rules (un fichier par règle) par `npm run docs:rules`\u00a0: modifiez la règle, pas cette page. -->',
  },
} satisfies Record<string, Localized<never>>;

const SEVERITY_WORDS: Record<Severity, Record<Language, string>> = {
  error: { en: 'error', fr: 'erreur' },
  warning: { en: 'warning', fr: 'avertissement' },
  info: { en: 'info', fr: 'information' },
};

const FAMILY_WORDS: Record<RuleFamily, Record<Language, string>> = {
  reading: { en: 'reading', fr: 'lecture' },
  file: { en: 'file', fr: 'fichier' },
  schema: { en: 'schema', fr: 'schéma' },
  references: { en: 'references', fr: 'références' },
  plan: { en: 'plan', fr: 'plan' },
  cx: { en: 'CX rule', fr: 'règle CX' },
  coverage: { en: 'coverage', fr: 'couverture' },
  summary: { en: 'summary', fr: 'synthèse' },
};

/** The file name of a language's rules page, beside the English one. */
export function rulesPageFile(lang: Language): string {
  return PAGE_FILES[lang];
}

const PAGE_FILES: Record<Language, string> = { en: 'rules.md', fr: 'rules.fr.md' };

/** The whole page of a language, as committed under docs/. */
export function renderRulesPage(lang: Language, rules: readonly Rule[] = RULES): string {
  const none = {} as None;
  const rows = rules.map((rule) => `| [\`${rule.code}\`](#${rule.code}) | ${SEVERITY_WORDS[rule.severity][lang]} | ${FAMILY_WORDS[rule.family][lang]} |`);
  const sections = rules.map((rule) => `## ${rule.code}\n\n${rule.page[lang].trim()}\n`);
  return [
    texts.generated[lang](none),
    '',
    texts.introduction[lang](none),
    '',
    texts.tableHeader[lang](none),
    '|---|---|---|',
    ...rows,
    '',
    '---',
    '',
    sections.join('\n'),
  ].join('\n');
}
