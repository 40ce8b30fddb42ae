/**
 * The words of every validation diagnostic, in English and French. CX messages name the evidence
 * from the seed articles so the consultant can argue the point with the client.
 */
import type { Localized } from './localized';

type None = Record<string, never>;

const didYouMean = (suggestion: string | undefined, fr: boolean) =>
  suggestion ? (fr ? ` Vouliez-vous dire « ${suggestion} » ?` : ` Did you mean "${suggestion}"?`) : '';

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
/** French groups thousands with a narrow no-break space. */
const groupFr = (value: number) => value.toLocaleString('en').replace(/,/g, '\u202f');

export const messages = {
  yamlSyntax: {
    en: ({ detail }: { detail: string }) => `YAML syntax error: ${detail}`,
    fr: ({ detail }: { detail: string }) => `Erreur de syntaxe YAML : ${detail}`,
  },
  tooDeep: {
    en: ({ max }: { max: number }) => `Nesting deeper than ${max} levels: an engagement never needs this; the file is not read further.`,
    fr: ({ max }: { max: number }) => `Imbrication de plus de ${max} niveaux : un engagement n'en a jamais besoin ; la lecture s'arrête ici.`,
  },
  tooManyNodes: {
    en: ({ max }: { max: number }) => `More than ${max.toLocaleString('en')} YAML nodes: an engagement never needs this many; the file is not read further.`,
    fr: ({ max }: { max: number }) => `Plus de ${groupFr(max)} nœuds YAML : un engagement n'en a jamais besoin d'autant ; la lecture s'arrête ici.`,
  },
  tooManyItems: {
    en: ({ max }: { max: number }) => `More than ${max.toLocaleString('en')} entries in one list or mapping: the file is not read further.`,
    fr: ({ max }: { max: number }) => `Plus de ${groupFr(max)} éléments dans une même liste ou un même bloc : la lecture s'arrête ici.`,
  },
  controlCharacter: {
    en: ({ code }: { code: number }) => `Control character ${codePoint(code)} is not allowed in YAML: remove it (write it as an escape such as "\\x${code.toString(16).padStart(2, '0')}" in a double-quoted string if it is meant).`,
    fr: ({ code }: { code: number }) => `Le caractère de contrôle ${codePoint(code)} n'est pas autorisé en YAML : supprimez-le (ou écrivez-le "\\x${code.toString(16).padStart(2, '0')}" dans une chaîne entre guillemets s'il est voulu).`,
  },
  replacementCharacter: {
    en: (_: None) => 'The file holds the replacement character U+FFFD, the mark of bytes that were not UTF-8: it was probably saved as Latin-1 or Windows-1252. Reopen it with that encoding and save it as UTF-8.',
    fr: (_: None) => 'Le fichier contient le caractère de remplacement U+FFFD, la trace d\'octets qui n\'étaient pas en UTF-8 : il a sans doute été enregistré en Latin-1 ou Windows-1252. Rouvrez-le dans cet encodage et enregistrez-le en UTF-8.',
  },
  aliasLimit: {
    en: ({ max }: { max: number }) => `Aliases expand to more than ${max} nodes (an "alias bomb"): the file is not read further.`,
    fr: ({ max }: { max: number }) => `Les alias se déploient en plus de ${max} nœuds (« bombe d'alias ») : la lecture s'arrête ici.`,
  },
  aliasUnknown: {
    en: ({ name }: { name: string }) => `Alias *${name} refers to no anchor defined before it.`,
    fr: ({ name }: { name: string }) => `L'alias *${name} ne renvoie à aucune ancre définie avant lui.`,
  },
  tooLarge: {
    en: (_: None) => 'The file is larger than 10 MB: split the engagement (one client engagement per file).',
    fr: (_: None) => 'Le fichier dépasse 10 Mo : scindez l\'engagement (un engagement client par fichier).',
  },
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
  duplicateKey: {
    en: ({ key }: { key: string }) => `Key "${key}" appears twice in this mapping; the first one is used.`,
    fr: ({ key }: { key: string }) => `La clé « ${key} » apparaît deux fois dans ce bloc ; seule la première est prise en compte.`,
  },
  reservedKey: {
    en: ({ key }: { key: string }) => `"${key}" is a reserved word and cannot be used as a key.`,
    fr: ({ key }: { key: string }) => `« ${key} » est un mot réservé et ne peut pas servir de clé.`,
  },
  unknownKey: {
    en: ({ key, suggestion }: { key: string; suggestion?: string }) =>
      `Unknown key "${key}": it is ignored.${didYouMean(suggestion, false)} (Prefix your own annotations with x-.)`,
    fr: ({ key, suggestion }: { key: string; suggestion?: string }) =>
      `Clé inconnue « ${key} » : elle est ignorée.${didYouMean(suggestion, true)} (Préfixez vos annotations par x-.)`,
  },
  unknownDimension: {
    en: ({ key, suggestion, known }: { key: string; suggestion?: string; known: string }) =>
      `"${key}" is not a maturity dimension.${didYouMean(suggestion, false)} Dimensions: ${known}.`,
    fr: ({ key, suggestion, known }: { key: string; suggestion?: string; known: string }) =>
      `« ${key} » n'est pas une dimension de maturité.${didYouMean(suggestion, true)} Dimensions : ${known}.`,
  },
  required: {
    en: ({ key, parent }: { key: string; parent: string }) => `Missing required key "${key}"${parent ? ` in ${parent}` : ''}.`,
    fr: ({ key, parent }: { key: string; parent: string }) => `Clé obligatoire « ${key} » manquante${parent ? ` dans ${parent}` : ''}.`,
  },
  emptyText: {
    en: ({ key }: { key: string }) => `"${key}" must not be empty.`,
    fr: ({ key }: { key: string }) => `« ${key} » ne doit pas être vide.`,
  },
  emptyList: {
    en: ({ key, min }: { key: string; min: number }) => `"${key}" needs at least ${min} item${min > 1 ? 's' : ''}.`,
    fr: ({ key, min }: { key: string; min: number }) => `« ${key} » doit contenir au moins ${min} élément${min > 1 ? 's' : ''}.`,
  },
  type: {
    en: ({ key, expected, received }: { key: string; expected: string; received: string }) =>
      `"${key}" must be ${expected}, not ${received}.`,
    fr: ({ key, expected, received }: { key: string; expected: string; received: string }) =>
      `« ${key} » doit être ${expected}, pas ${received}.`,
  },
  enumValue: {
    en: ({ key, value, allowed, suggestion }: { key: string; value: string; allowed: string; suggestion?: string }) =>
      `"${value}" is not a valid ${key}.${didYouMean(suggestion, false)} Expected one of: ${allowed}.`,
    fr: ({ key, value, allowed, suggestion }: { key: string; value: string; allowed: string; suggestion?: string }) =>
      `« ${value} » n'est pas une valeur valide pour ${key}.${didYouMean(suggestion, true)} Valeurs attendues (en anglais) : ${allowed}.`,
  },
  range: {
    en: ({ key, min, max }: { key: string; min: number; max: number }) => `"${key}" must be between ${min} and ${max}.`,
    fr: ({ key, min, max }: { key: string; min: number; max: number }) => `« ${key} » doit être compris entre ${min} et ${max}.`,
  },
  slug: {
    en: ({ value }: { value: string }) => `"${value}" is not a valid id: use lower-case letters, digits and hyphens (e.g. branch-paris).`,
    fr: ({ value }: { value: string }) => `« ${value} » n'est pas un identifiant valide : lettres minuscules, chiffres et tirets (ex. agence-paris).`,
  },
  date: {
    en: ({ value }: { value: string }) => `"${value}" is not a calendar date in the form YYYY-MM-DD.`,
    fr: ({ value }: { value: string }) => `« ${value} » n'est pas une date du calendrier au format AAAA-MM-JJ.`,
  },
  version: {
    en: ({ value }: { value: string }) => `Unsupported format version ${value}: this extension reads version 1.`,
    fr: ({ value }: { value: string }) => `Version de format ${value} non prise en charge : cette extension lit la version 1.`,
  },
  invalid: {
    en: ({ key }: { key: string }) => `Invalid value for "${key}".`,
    fr: ({ key }: { key: string }) => `Valeur invalide pour « ${key} ».`,
  },
  duplicateId: {
    en: ({ id, list }: { id: string; list: string }) => `Duplicate id "${id}" in ${list}: ids must be unique; references go to the first one.`,
    fr: ({ id, list }: { id: string; list: string }) => `Identifiant « ${id} » en double dans ${list} : les identifiants doivent être uniques ; les références visent le premier.`,
  },
  unknownChannel: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) => `No channel has id "${id}".${didYouMean(suggestion, false)}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) => `Aucun canal n'a l'identifiant « ${id} ».${didYouMean(suggestion, true)}`,
  },
  targetWithoutCurrent: {
    en: ({ journey }: { journey: string }) => `Target journey "${journey}" names no current journey: add redesigns: <id of the current journey it redesigns>, so the two curves can be compared.`,
    fr: ({ journey }: { journey: string }) => `Le parcours cible « ${journey} » ne nomme aucun parcours actuel : ajoutez redesigns: <identifiant du parcours actuel qu'il refond>, pour comparer les deux courbes.`,
  },
  unknownCurrentJourney: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) => `No current journey has id "${id}": redesigns names the current journey this target redesigns.${didYouMean(suggestion, false)}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) => `Aucun parcours actuel n'a l'identifiant « ${id} » : redesigns nomme le parcours actuel que cette cible refond.${didYouMean(suggestion, true)}`,
  },
  unknownSegment: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) => `No segment has id "${id}".${didYouMean(suggestion, false)}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) => `Aucun segment n'a l'identifiant « ${id} ».${didYouMean(suggestion, true)}`,
  },
  sharesOver100: {
    en: ({ total }: { total: number }) => `Segment shares add up to ${total}%, more than 100%.`,
    fr: ({ total }: { total: number }) => `Les parts des segments totalisent ${total} %, plus de 100 %.`,
  },
  continuityBreak: {
    en: ({ from, to }: { from: string; to: string }) =>
      `Continuity break: the customer moves from "${from}" to "${to}", which does not share the customer's history, so they must start again. Any inconsistency between channels breeds disappointment and disloyalty (Observatoire du Cross-Canal O4C); only 14% of consumers find their suppliers' multichannel experience effective (Client 2020 study). Give "${to}" the history (sharesHistory: true).`,
    fr: ({ from, to }: { from: string; to: string }) =>
      `Rupture de continuité : le client passe de « ${from} » à « ${to} », qui ne partage pas son historique ; il doit tout recommencer. Toute incohérence entre canaux provoque déception et infidélité (Observatoire du Cross-Canal O4C) ; seuls 14 % des consommateurs jugent efficace l'expérience multicanale de leurs fournisseurs (étude Client 2020). Donnez l'historique à « ${to} » (sharesHistory: true).`,
  },
  criticalWithoutPerson: {
    en: ({ stage }: { stage: string }) =>
      `Critical moment with no person reachable in stage "${stage}": customers want to reach someone at the critical moments of the purchase (Amazon's "Click and Connect", J.-P. Vanot). Add a human channel to this stage or staff this one (human: true).`,
    fr: ({ stage }: { stage: string }) =>
      `Moment critique sans personne joignable dans la phase « ${stage} » : le client veut pouvoir joindre un responsable aux moments critiques de l'achat (« Click and Connect » d'Amazon, J.-P. Vanot). Ajoutez un canal humain à cette phase ou rendez ce canal humain (human: true).`,
  },
  expectationUnmet: {
    en: ({ segment, capability }: { segment: string; capability: string }) =>
      `Segment "${segment}" expects to ${capability} online, but no digital channel offers it: 22% of customers want an at least partly digital journey, which under 5% of suppliers offer (Vascoo UP study).`,
    fr: ({ segment, capability }: { segment: string; capability: string }) =>
      `Le segment « ${segment} » attend de pouvoir ${capability} en ligne, mais aucun canal numérique ne le propose : 22 % des clients souhaitent un parcours au moins partiellement numérique, proposé par moins de 5 % des fournisseurs (étude Vascoo UP).`,
  },
  invisibleOnline: {
    en: ({ segment }: { segment: string }) =>
      `Segment "${segment}" researches online before buying, but no web or mobile channel is visible (visibility medium or high): 81% of buyers search online while 75% of suppliers are invisible there (Vascoo UP study); 78% research online before buying in store (ROPO, Observatoire du Cross-Canal).`,
    fr: ({ segment }: { segment: string }) =>
      `Le segment « ${segment} » se renseigne en ligne avant d'acheter, mais aucun canal web ou mobile n'est visible (visibility medium ou high) : 81 % des acheteurs s'informent sur Internet alors que 75 % des fournisseurs n'y sont pas visibles (étude Vascoo UP) ; 78 % se renseignent en ligne avant d'acheter en magasin (ROPO, Observatoire du Cross-Canal).`,
  },
  stopsAtPurchase: {
    en: ({ journey }: { journey: string }) =>
      `Journey "${journey}" stops at the purchase: evaluation is now continuous and nearly 60% of customers are more likely to switch supplier than ten years ago (Accenture, customer digital intensity). Add the stages after it (delivery, use, support, review).`,
    fr: ({ journey }: { journey: string }) =>
      `Le parcours « ${journey} » s'arrête à l'achat : l'évaluation est désormais quasi continue et près de 60 % des clients sont plus enclins à changer de fournisseur qu'il y a dix ans (Accenture, intensité digitale des clients). Ajoutez les étapes qui suivent (livraison, usage, assistance, avis).`,
  },
  historyWithoutRecognition: {
    en: ({ channel }: { channel: string }) =>
      `Channel "${channel}" shares history but does not recognise the customer: it cannot show the history of a customer it does not identify. Set recognizesCustomer: true or review sharesHistory.`,
    fr: ({ channel }: { channel: string }) =>
      `Le canal « ${channel} » partage l'historique mais ne reconnaît pas le client : il ne peut pas afficher l'historique d'un client qu'il n'identifie pas. Indiquez recognizesCustomer: true ou revoyez sharesHistory.`,
  },
  visibilityNotDigital: {
    en: ({ channel, type }: { channel: string; type: string }) =>
      `Visibility is meaningful for digital channels only; "${channel}" is a ${type} channel, so it is ignored.`,
    fr: ({ channel, type }: { channel: string; type: string }) =>
      `La visibilité ne concerne que les canaux numériques ; « ${channel} » est un canal ${type}, elle est donc ignorée.`,
  },
  segmentWithoutJourney: {
    en: ({ segment }: { segment: string }) => `Segment "${segment}" has no journey: map how these customers actually buy.`,
    fr: ({ segment }: { segment: string }) => `Le segment « ${segment} » n'a aucun parcours : décrivez comment ces clients achètent vraiment.`,
  },
  channelUnused: {
    en: ({ channel }: { channel: string }) => `Channel "${channel}" is used by no journey.`,
    fr: ({ channel }: { channel: string }) => `Le canal « ${channel} » n'est utilisé par aucun parcours.`,
  },
  unknownInitiative: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) =>
      `No initiative has id "${id}", neither yours nor one the planner generates.${didYouMean(suggestion, false)}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) =>
      `Aucune initiative n'a l'identifiant «\u00a0${id}\u00a0», ni parmi les vôtres ni parmi celles du planificateur.${didYouMean(suggestion, true)}`,
  },
  dependencyCycle: {
    en: ({ id, cycle }: { id: string; cycle: string }) =>
      `Initiative "${id}" is part of a dependency cycle (${cycle}): no order can satisfy it. Remove one of these dependsOn.`,
    fr: ({ id, cycle }: { id: string; cycle: string }) =>
      `L'initiative «\u00a0${id}\u00a0» fait partie d'un cycle de dépendances (${cycle})\u00a0: aucun ordre ne peut le respecter. Supprimez l'un de ces dependsOn.`,
  },
  relapseRisk: {
    en: ({ dimensions }: { dimensions: string }) =>
      `The file says maintenance, yet ${dimensions} at level 1 or 2: the organisation claims to sustain a change its own facts do not show (relapse risk, Prochaska & DiClemente). The roadmap recycles the plan.`,
    fr: ({ dimensions }: { dimensions: string }) =>
      `Le fichier indique le maintien, mais ${dimensions} au niveau 1 ou 2\u00a0: l'organisation dit maintenir un changement que ses propres faits ne montrent pas (risque de rechute, Prochaska et DiClemente). La feuille de route reprend le plan.`,
  },
  tooMany: {
    en: ({ count }: { count: number }) => `${count} more diagnostics are not shown: fix the ones above first.`,
    fr: ({ count }: { count: number }) => `${count} autres diagnostics ne sont pas affichés : corrigez d'abord ceux ci-dessus.`,
  },
} satisfies Record<string, Localized<never>>;
