/**
 * `yaml-limit` (error): The YAML exceeds a safety limit (nesting depth, node count, entries per collection, a flow collection or quoted value over 1 MB of lines, or alias expansion).
 */
import { defineRule, type RuleMessages } from '../rule';
import { groupFr } from '../ruleTexts';

const messages = {
  tooDeep: {
    en: ({ max }: { max: number }) => `Nesting deeper than ${max} levels: an engagement never needs this; the file is not read further.`,
    fr: ({ max }: { max: number }) => `Imbrication de plus de ${max} niveaux : un engagement n'en a jamais besoin ; la lecture s'arrête ici.`,
  },
  tooManyNodes: {
    en: ({ max }: { max: number }) => `More than ${max.toLocaleString('en')} YAML nodes (comments, blank lines, document markers and the costlier nodes inside [ ] or { } included): an engagement never needs this many; the file is not read further.`,
    fr: ({ max }: { max: number }) => `Plus de ${groupFr(max)} nœuds YAML (commentaires, lignes vides, marqueurs de document et nœuds entre [ ] ou { }, plus coûteux, compris) : un engagement n'en a jamais besoin d'autant ; la lecture s'arrête ici.`,
  },
  tooManyItems: {
    en: ({ max }: { max: number }) => `More than ${max.toLocaleString('en')} entries in one list or mapping: the file is not read further.`,
    fr: ({ max }: { max: number }) => `Plus de ${groupFr(max)} éléments dans une même liste ou un même bloc : la lecture s'arrête ici.`,
  },
  tooLongSpan: {
    en: ({ megabytes }: { megabytes: number }) => `This [ … ], { … } or quoted value runs over more than ${megabytes} MB of lines: write a long list as a block list (one "- " item per line); the file is not read further.`,
    fr: ({ megabytes }: { megabytes: number }) => `Ce [ … ], { … } ou texte entre guillemets s'étend sur plus de ${megabytes} Mo de lignes : écrivez une longue liste en liste de blocs (un élément « - » par ligne) ; la lecture s'arrête ici.`,
  },
  aliasLimit: {
    en: ({ max }: { max: number }) => `Aliases expand to more than ${max} nodes (an "alias bomb"): the file is not read further.`,
    fr: ({ max }: { max: number }) => `Les alias se déploient en plus de ${max} nœuds (« bombe d'alias ») : la lecture s'arrête ici.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** Collections are nested more than 64 levels deep, the file has more than 1,000,000 YAML
nodes (a \`---\` marker counts as one, a comment line as half, a blank line as an eighth, a node inside \`[ ]\` or \`{ }\` as three: the parser
builds that much more for them), one list or mapping has more than 100,000 entries, one \`[ … ]\`, \`{ … }\` or
quoted value runs over lines for more than 1 MB, or aliases expand to more than 1,000
nodes. The first four are checked on the raw text before the YAML is built, so even 10 MB of \`[\`
is answered at once. Reading stops at that point, which is where the diagnostic is.

**Why it matters.** These are the shapes of "alias bombs" and stack-exhaustion attacks: a few lines
that would make any reader build gigabytes or crash. No real engagement needs them.

**Fix.** Write the values out instead of repeating a huge anchor; flatten the nesting.

\`\`\`yaml
# wrong: *caps stands for a list of more than 1,000 items
    capabilities: *caps
# right
    capabilities: [inform, order, track]
\`\`\``,
  fr: `**Erreur.** Des collections sont imbriquées sur plus de 64 niveaux, le fichier compte plus de
1 000 000 nœuds YAML (un marqueur \`---\` compte pour un, une ligne de commentaire pour un demi, une ligne vide pour un huitième, un nœud entre \`[ ]\` ou
\`{ }\` pour trois : l'analyseur construit d'autant plus pour eux), une liste ou un bloc compte plus de 100 000 éléments, un
\`[ … ]\`, \`{ … }\` ou un texte entre guillemets s'étend sur plus de 1 Mo de lignes, ou des alias se
déploient en plus de 1 000 nœuds. Les quatre premières limites sont vérifiées sur le texte brut,
avant que le YAML ne soit construit : même 10 Mo de \`[\` reçoivent une réponse immédiate. La lecture
s'arrête à cet endroit, là où le diagnostic est placé.

**Pourquoi c'est important.** Ce sont les formes des « bombes d'alias » et des attaques par
épuisement de la pile : quelques lignes qui feraient construire des gigaoctets à n'importe quel
lecteur, ou le feraient planter. Aucun engagement réel n'en a besoin.

**Correction.** Écrivez les valeurs au lieu de répéter une énorme ancre ; aplatissez l'imbrication.

\`\`\`yaml
# faux : *caps représente une liste de plus de 1 000 éléments
    capabilities: *caps
# juste
    capabilities: [inform, order, track]
\`\`\``,
};

export const yamlLimit = defineRule({
  code: 'yaml-limit',
  severity: 'error',
  family: 'reading',
  summary: 'The YAML exceeds a safety limit (nesting depth, node count, entries per collection or alias expansion).',
  messages,
  page,
});
