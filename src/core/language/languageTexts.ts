/**
 * The words of the language features, in English and French: what each key of the format means,
 * what the closed vocabularies' values mean, and the features' own labels. French typography:
 * no-break space before « : » and inside guillemets, narrow no-break space before « ; ! ? ».
 */
import type { Language } from '../model/vocabulary';
import { localize, type Localized } from '../i18n/localized';

const LABELLED: Localized<{ label: string; value: string }> = { en: ({ label, value }) => `${label}: ${value}`, fr: ({ label, value }) => `${label}\u00a0: ${value}` };

type Text = Record<Language, string>;

const t = (en: string, fr: string): Text => ({ en, fr: frenchTypography(fr) });

/**
 * French spacing: a no-break space before « : » and « % » and inside guillemets, a narrow no-break
 * space before « ; ! ? », so a line never breaks before the sign.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([:%])/g, '\u00a0$1')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** Meanings of keys, by `parent.key` where a key means different things in different places, else by key. */
const KEYS: Record<string, Text> = {
  version: t('Version of the engagement format; only 1 exists.', 'Version du format d’engagement ; seule la 1 existe.'),
  engagement: t('Who the engagement is for: client, sector, size, date, consultants, language.', 'Pour qui est l’engagement : client, secteur, taille, date, consultants, langue.'),
  client: t('The client company (required).', 'L’entreprise cliente (obligatoire).'),
  title: t('A title for the engagement or initiative.', 'Un titre pour l’engagement ou l’initiative.'),
  sector: t('The client’s sector of activity (free text, used to group engagements).', 'Le secteur d’activité du client (texte libre, sert à regrouper les engagements).'),
  size: t('Company size: micro, sme, midcap or large (TPE, PME, ETI, GE).', 'Taille de l’entreprise : micro, sme, midcap ou large (TPE, PME, ETI, GE).'),
  date: t('Date of the assessment, YYYY-MM-DD.', 'Date de l’évaluation, AAAA-MM-JJ.'),
  consultants: t('The consultants on the engagement.', 'Les consultants de la mission.'),
  language: t('Language of the generated documents and diagnostics: en or fr.', 'Langue des documents et des diagnostics : en ou fr.'),
  change: t('Where the organisation stands in its change (Prochaska & DiClemente), and what holds it back.', 'Où en est l’organisation dans son changement (Prochaska et DiClemente), et ce qui la freine.'),
  'change.stage': t('The change stage the organisation is at: precontemplation, contemplation, preparation, action, maintenance.', 'Le stade de changement de l’organisation : precontemplation, contemplation, preparation, action, maintenance.'),
  evidence: t('What shows the stage: a quote, a fact.', 'Ce qui montre ce stade : une citation, un fait.'),
  'change.barriers': t('The barriers to change: fear, complacency, urgency, inertia.', 'Les freins au changement : la peur, la paresse, l’urgence, la nature humaine.'),
  'barriers.type': t('The barrier: fear, complacency, urgency or inertia.', 'Le frein : fear (peur), complacency (paresse), urgency (urgence) ou inertia (nature humaine).'),
  who: t('Who the barrier is seen in.', 'Chez qui le frein se voit.'),
  note: t('A note.', 'Une note.'),
  organisation: t('How the organisation supports the customer across channels.', 'Comment l’organisation sert le client d’un canal à l’autre.'),
  unifiedPnl: t('One P&L across channels, so channels do not compete for the same customer.', 'Un seul compte de résultat pour tous les canaux : ils ne se disputent pas le même client.'),
  itMarketingAlignment: t('How aligned IT and marketing are: none, partial, full.', 'L’alignement entre DSI et marketing : none, partial, full.'),
  dataCharter: t('A published charter on the use of customer data (trust).', 'Une charte publiée sur l’usage des données clients (confiance).'),
  employeeTools: t('Symmetry of attention: employees’ tools as modern as those offered to customers (outdated, partial, modern).', 'Symétrie des attentions : des outils pour les employés aussi modernes que ceux offerts aux clients (outdated, partial, modern).'),
  customerVoice: t('How the customer’s voice is heard: none, monitored, engaged.', 'Comment la voix du client est entendue : none, monitored, engaged.'),
  channels: t('The channels through which customers meet the company (store, phone, web…).', 'Les canaux par lesquels les clients rencontrent l’entreprise (magasin, téléphone, site…).'),
  id: t('An id: lower-case letters, digits and hyphens, e.g. `branch-paris`. Other entries refer to it.', 'Un identifiant : minuscules, chiffres et tirets, par ex. `agence-paris`. D’autres entrées y renvoient.'),
  name: t('The name shown in documents and maps (defaults to the id).', 'Le nom affiché dans les documents et les cartes (par défaut, l’identifiant).'),
  'channels.type': t('The kind of channel: store, phone, web, mobile-app, email, social, chat, marketplace, field-sales, mail, kiosk, other.', 'Le type de canal : store, phone, web, mobile-app, email, social, chat, marketplace, field-sales, mail, kiosk, other.'),
  owner: t('Who owns it in the organisation.', 'Qui en est responsable dans l’organisation.'),
  capabilities: t('What a customer can do on this channel (inform, compare, advise, order, pay, track, support, return, review, community).', 'Ce qu’un client peut faire sur ce canal (inform, compare, advise, order, pay, track, support, return, review, community).'),
  recognizesCustomer: t('The channel knows who the customer is (account, loyalty card, caller id).', 'Le canal sait qui est le client (compte, carte de fidélité, numéro reconnu).'),
  sharesHistory: t('The channel sees what the customer did on the other channels: no need to start again.', 'Le canal voit ce que le client a fait sur les autres canaux : il n’a pas à tout recommencer.'),
  human: t('Staffed by people; defaults to true for store, phone and field-sales.', 'Tenu par des personnes ; vrai par défaut pour store, phone et field-sales.'),
  visibility: t('How findable the channel is online (digital channels): none, low, medium, high; absent counts as low.', 'À quel point le canal se trouve en ligne (canaux numériques) : none, low, medium, high ; absent compte comme low.'),
  mobileReady: t('A web channel designed for phones.', 'Un site conçu pour le téléphone.'),
  segments: t('The customer segments, with how digital they are and what they expect.', 'Les segments de clients, leur usage du numérique et leurs attentes.'),
  share: t('Percent of customers in this segment, 0..100.', 'Part des clients dans ce segment, de 0 à 100.'),
  revenueShare: t('Percent of revenue from this segment, 0..100.', 'Part du chiffre d’affaires de ce segment, de 0 à 100.'),
  digitalIntensity: t('How digital the segment is: traditional, occasional, multichannel, digital-first.', 'L’usage du numérique du segment : traditional, occasional, multichannel, digital-first.'),
  expects: t('What this segment expects to do online.', 'Ce que ce segment attend de pouvoir faire en ligne.'),
  prefers: t('The channels this segment prefers (channel ids).', 'Les canaux que ce segment préfère (identifiants de canaux).'),
  journeys: t('Customer journeys: stages of steps, each on a channel.', 'Les parcours clients : des étapes faites de moments, chacun sur un canal.'),
  segment: t('The segment living this journey (a segment id).', 'Le segment qui vit ce parcours (un identifiant de segment).'),
  state: t('current (as lived today) or target (the redesign proposed).', 'current (tel que vécu aujourd’hui) ou target (la refonte proposée).'),
  redesigns: t('On a target journey: the id of the current journey it redesigns.', 'Sur un parcours cible : l’identifiant du parcours actuel qu’il refond.'),
  stages: t('The stages of the journey, in order (e.g. find out, choose, buy, use, get help).', 'Les étapes du parcours, dans l’ordre (s’informer, choisir, acheter, utiliser, être aidé…).'),
  'stages.name': t('The stage’s name.', 'Le nom de l’étape.'),
  steps: t('What the customer does in this stage, step by step, each on a channel.', 'Ce que fait le client à cette étape, moment par moment, chacun sur un canal.'),
  channel: t('The channel this step happens on (a channel id).', 'Le canal sur lequel ce moment a lieu (un identifiant de canal).'),
  action: t('What the customer does (required).', 'Ce que fait le client (obligatoire).'),
  emotion: t('How the customer feels: -2 (very negative) .. 2 (very positive).', 'Ce que ressent le client : de -2 (très négatif) à 2 (très positif).'),
  pain: t('What hurts at this step.', 'Ce qui fait mal à ce moment.'),
  critical: t('A moment of truth: the customer must be able to reach a person.', 'Un moment de vérité : le client doit pouvoir joindre une personne.'),
  capability: t('What the step does (order and pay mark the purchase).', 'Ce que permet le moment (order et pay marquent l’achat).'),
  assessment: t('The consultant’s own levels (1–5) per dimension, with a rationale; they override the computed ones.', 'Les niveaux (1 à 5) du consultant par dimension, avec sa justification ; ils priment sur le calcul.'),
  level: t('A maturity level, 1..5.', 'Un niveau de maturité, de 1 à 5.'),
  rationale: t('Why this level.', 'Pourquoi ce niveau.'),
  initiatives: t('The consultant’s initiatives for the roadmap.', 'Les initiatives du consultant pour la feuille de route.'),
  dimension: t('The maturity dimension the initiative improves.', 'La dimension de maturité que l’initiative améliore.'),
  horizon: t('When: now (0–3 months), next (3–6), later (6–12+); default now.', 'Quand : now (0 à 3 mois), next (3 à 6), later (6 à 12 et plus) ; now par défaut.'),
  'initiatives.stage': t('The change stage this initiative is designed for.', 'Le stade de changement pour lequel l’initiative est conçue.'),
  targetLevel: t('The level the initiative aims at, 1..5.', 'Le niveau visé, de 1 à 5.'),
  kpi: t('How success is measured.', 'Comment la réussite se mesure.'),
  'initiatives.barriers': t('The barriers to change this initiative answers.', 'Les freins au changement auxquels l’initiative répond.'),
  description: t('A description.', 'Une description.'),
  dependsOn: t('Initiatives that must come first (initiative ids).', 'Les initiatives à mener avant (identifiants d’initiatives).'),
  effort: t('Effort: S (≤ 10 person-days), M (10–40), L (> 40).', 'Effort : S (≤ 10 jours-homme), M (10 à 40), L (> 40).'),
  status: t('planned, in-progress, done or dropped.', 'planned, in-progress, done ou dropped.'),
};

/** What a key means, given its parent path (keys and `*`). */
export function keyMeaning(path: readonly string[], key: string, lang: Language): string | undefined {
  const parent = [...path].reverse().find((segment) => segment !== '*');
  return (parent !== undefined ? KEYS[`${parent}.${key}`] : undefined)?.[lang] ?? KEYS[key]?.[lang] ?? DIMENSIONS_TEXT[key]?.[lang];
}

const DIMENSIONS_TEXT: Record<string, Text> = {
  visibility: t('Visibility: the client is found online where its customers search (ROPO).', 'Visibilité : le client est trouvé en ligne là où ses clients cherchent (ROPO).'),
  'digital-journey': t('Digital journey: customers can do online what they expect to.', 'Parcours digital : les clients peuvent faire en ligne ce qu’ils attendent.'),
  'channel-integration': t('Channel integration: channels recognise the customer and share the history.', 'Intégration des canaux : les canaux reconnaissent le client et partagent l’historique.'),
  'human-touch': t('Human touch: a person is reachable at the moments of truth.', 'Contact humain : une personne est joignable aux moments de vérité.'),
  lifecycle: t('Lifecycle: the journey goes on after the purchase.', 'Cycle de vie : le parcours continue après l’achat.'),
  mobile: t('Mobile: the customer is served on the phone.', 'Mobile : le client est servi sur son téléphone.'),
  'data-trust': t('Data and trust: customer data is used openly.', 'Données et confiance : les données clients sont utilisées en transparence.'),
  community: t('Community: customers talk with each other and with the company.', 'Communauté : les clients échangent entre eux et avec l’entreprise.'),
  'employee-tools': t('Employee tools: employees are as well equipped as customers.', 'Outils des employés : les employés sont aussi bien équipés que les clients.'),
  organisation: t('Organisation: P&L, IT–marketing alignment, the customer’s voice.', 'Organisation : compte de résultat, alignement DSI-marketing, voix du client.'),
};

const VALUES: Record<string, Text> = {
  // channel types
  store: t('A physical store or branch (staffed).', 'Un magasin ou une agence (avec du personnel).'),
  phone: t('Phone (staffed).', 'Le téléphone (avec du personnel).'),
  web: t('A website.', 'Un site web.'),
  'mobile-app': t('A mobile application.', 'Une application mobile.'),
  email: t('E-mail.', 'Le courriel.'),
  social: t('Social networks.', 'Les réseaux sociaux.'),
  chat: t('Chat (a bot unless `human: true`).', 'Le chat (un robot sauf `human: true`).'),
  marketplace: t('A marketplace.', 'Une place de marché.'),
  'field-sales': t('Field sales representatives (staffed).', 'Les commerciaux terrain (avec du personnel).'),
  mail: t('Postal mail.', 'Le courrier.'),
  kiosk: t('A digital kiosk (self-service).', 'Une borne numérique (libre-service).'),
  other: t('Another kind of channel.', 'Un autre type de canal.'),
  // intensities
  traditional: t('Rarely online; buys in person.', 'Rarement en ligne ; achète en personne.'),
  occasional: t('Goes online now and then, mostly to find out.', 'Va en ligne de temps en temps, surtout pour s’informer.'),
  multichannel: t('Moves between channels along the journey.', 'Passe d’un canal à l’autre au fil du parcours.'),
  'digital-first': t('Expects to do everything online, ordering included.', 'Attend de tout faire en ligne, commande comprise.'),
  // change stages
  precontemplation: t('No intention to change yet.', 'Pas encore d’intention de changer.'),
  contemplation: t('Aware of the need, not decided.', 'Conscient du besoin, pas encore décidé.'),
  preparation: t('Decided, preparing the first steps.', 'Décidé, prépare les premiers pas.'),
  action: t('Changing now.', 'En plein changement.'),
  maintenance: t('Sustaining the change.', 'Entretient le changement.'),
  // visibility
  none: t('None.', 'Aucune.'),
  low: t('Low.', 'Faible.'),
  medium: t('Medium.', 'Moyenne.'),
  high: t('High.', 'Haute.'),
  // horizons
  now: t('0–3 months.', '0 à 3 mois.'),
  next: t('3–6 months.', '3 à 6 mois.'),
  later: t('6–12 months and more.', '6 à 12 mois et plus.'),
  // barriers
  fear: t('Fear (of losing one’s place, of the unknown).', 'La peur (de perdre sa place, de l’inconnu).'),
  complacency: t('Complacency: “it has always worked”.', 'La paresse : « ça a toujours marché ».'),
  urgency: t('The tyranny of urgency: no time for what matters.', 'La dictature de l’urgence : pas de temps pour l’important.'),
  inertia: t('Human nature: habits resist.', 'La nature humaine : les habitudes résistent.'),
  // sizes
  micro: t('Micro company (TPE).', 'Très petite entreprise (TPE).'),
  sme: t('Small or medium company (PME).', 'Petite ou moyenne entreprise (PME).'),
  midcap: t('Intermediate-size company (ETI).', 'Entreprise de taille intermédiaire (ETI).'),
  large: t('Large company (GE).', 'Grande entreprise (GE).'),
  // capabilities
  inform: t('Find information.', 'S’informer.'),
  compare: t('Compare offers.', 'Comparer les offres.'),
  advise: t('Get advice.', 'Être conseillé.'),
  order: t('Order (marks a purchase).', 'Commander (marque un achat).'),
  pay: t('Pay (marks a purchase).', 'Payer (marque un achat).'),
  track: t('Track an order.', 'Suivre sa commande.'),
  support: t('Get support.', 'Obtenir de l’aide.'),
  return: t('Return a product.', 'Retourner un produit.'),
  review: t('Leave a review.', 'Donner son avis.'),
  community: t('Exchange with other customers.', 'Échanger avec d’autres clients.'),
};

export function valueMeaning(value: string, lang: Language): string | undefined {
  return VALUES[value]?.[lang] ?? DIMENSIONS_TEXT[value]?.[lang];
}

export const KIND_NAMES: Record<string, Text> = {
  channel: t('channel', 'canal'),
  segment: t('segment', 'segment'),
  journey: t('journey', 'parcours'),
  stage: t('stage', 'étape'),
  step: t('step', 'moment'),
  initiative: t('initiative', 'initiative'),
  dimension: t('dimension', 'dimension'),
  section: t('section', 'section'),
};

export const texts = {
  required: t('required', 'obligatoire'),
  newEntity: (kind: string) => t(`New ${KIND_NAMES[kind]!.en}`, `Nouveau ${KIND_NAMES[kind]!.fr}`),
  frenchWord: (word: string, value: string) => t(`"${word}" is written ${value}`, `« ${word} » s’écrit ${value}`),
  usedTimes: (count: number) => t(
    count === 0 ? 'Not used anywhere.' : `Used ${count} time${count === 1 ? '' : 's'}:`,
    count === 0 ? 'Utilisé nulle part.' : `Utilisé ${count} fois :`,
  ),
  line: (line: number) => t(`line ${line}`, `ligne ${line}`),
  more: (count: number) => t(`… and ${count} more`, `… et ${count} de plus`),
  notDefined: t('Not defined in this file.', 'Défini nulle part dans ce fichier.'),
  definedTwice: (count: number) => t(`Defined ${count} times: the first one counts.`, `Défini ${count} fois : le premier compte.`),
  renameDimension: t('Dimensions are the format’s fixed vocabulary and cannot be renamed.', 'Les dimensions sont le vocabulaire fixe du format : on ne peut pas les renommer.'),
  renameNothing: t('Only an id can be renamed here.', 'Seul un identifiant se renomme ici.'),
  renameUnknown: (id: string) => t(`"${id}" is defined nowhere in this file: define it before renaming it.`, `« ${id} » n’est défini nulle part dans ce fichier : définissez-le avant de le renommer.`),
  invalidId: (id: string) => t(
    `"${id}" is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. branch-paris).`,
    `« ${id} » n’est pas un identifiant valide : utilisez des minuscules, des chiffres et des tirets, en commençant par une lettre ou un chiffre (par ex. agence-paris).`,
  ),
  idTaken: (id: string, kind: string) => t(`Another ${KIND_NAMES[kind]!.en} is already called "${id}".`, `Un autre ${KIND_NAMES[kind]!.fr} s’appelle déjà « ${id} ».`),
  changeTo: (value: string) => t(`Change to "${value}"`, `Remplacer par « ${value} »`),
  setKey: (key: string, value: string, name: string) => t(`Set ${key}: ${value} on "${name}"`, `Mettre ${key}\u00a0: ${value} sur « ${name} »`),
  createChannel: (id: string) => t(`Create the channel "${id}"`, `Créer le canal « ${id} »`),
  createSegment: (id: string) => t(`Create the segment "${id}"`, `Créer le segment « ${id} »`),
  insertKey: (key: string) => t(`Add the missing key "${key}"`, `Ajouter la clé manquante « ${key} »`),
  openJourneyMap: t('Open journey map', 'Ouvrir la carte du parcours'),
  breaks: (count: number) => t(`${count} break${count === 1 ? '' : 's'}`, `${count}\u00a0rupture${count > 1 ? 's' : ''}`),
  criticalMoments: (count: number) => t(`${count} critical moment${count === 1 ? '' : 's'}`, `${count}\u00a0moment${count > 1 ? 's' : ''} critique${count > 1 ? 's' : ''}`),
  facts: {
    type: t('type', 'type'),
    human: t('staffed by people', 'tenu par des personnes'),
    notHuman: t('no person', 'sans personne'),
    recognizes: t('recognises the customer', 'reconnaît le client'),
    notRecognizes: t('does not recognise the customer', 'ne reconnaît pas le client'),
    shares: t('shares the history', 'partage l’historique'),
    notShares: t('does not share the history', 'ne partage pas l’historique'),
    capabilities: t('capabilities', 'capacités'),
    intensity: t('digital intensity', 'intensité numérique'),
    share: t('share', 'part'),
    journeys: t('journeys', 'parcours'),
    segment: t('segment', 'segment'),
    steps: t('steps', 'moments'),
    level: t('level', 'niveau'),
    horizon: t('horizon', 'horizon'),
    dimension: t('dimension', 'dimension'),
  },
};

/** "40%" / "40 %" (no-break space before the sign in French). */
export function percentText(value: number, lang: Language): string {
  return localize(PERCENT, lang, { value });
}

const PERCENT: Localized<{ value: number }> = { en: ({ value }) => `${value}%`, fr: ({ value }) => `${value}\u00a0%` };

/** `label : value` with the French no-break space. */
export function labelled(label: string, value: string, lang: Language): string {
  return localize(LABELLED, lang, { label, value });
}
