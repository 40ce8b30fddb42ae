/**
 * The words of the roadmap document, in English and French: headings, column names and the
 * file's closed vocabularies as a board reads them (never the enum value itself). Sentences are
 * composed in the builders; typography is applied once, after composition (src/core/text).
 */
import type { BarrierType, Capability, ChangeStage, ChannelMaturity, DigitalIntensity, Language } from '../model/vocabulary';
import type { Effort } from './plannedRoadmap';
import { localize, type Catalogue, type None } from '../i18n/localized';

/** How the document joins, quotes and counts, in each language. */
const WORD_FORMS = {
  and: { en: (_: None) => ' and ', fr: (_: None) => ' et ' },
  or: { en: (_: None) => ' or ', fr: (_: None) => ' ou ' },
  quoted: { en: ({ text }: { text: string }) => `“${text}”`, fr: ({ text }: { text: string }) => `« ${text} »` },
  /** French takes the singular for 0 and 1. */
  count: {
    en: ({ n, one, many }: { n: number; one: string; many: string }) => `${n} ${n === 1 ? one : many}`,
    fr: ({ n, one, many }: { n: number; one: string; many: string }) => `${n} ${n < 2 ? one : many}`,
  },
} satisfies Catalogue;

type Words = Record<Language, string>;

export const HEADINGS = {
  title: { en: 'Customer-experience maturity and roadmap', fr: 'Maturité de l’expérience client et feuille de route' },
  summary: { en: 'Executive summary', fr: 'Synthèse pour la direction' },
  decision: { en: 'The decision we ask of the board', fr: 'La décision demandée à la direction' },
  alerts: { en: 'Warning', fr: 'Point d’attention' },
  standing: { en: 'Where the company stands', fr: 'Où en est l’entreprise' },
  journeys: { en: 'What its customers live', fr: 'Ce que vivent ses clients' },
  segments: { en: 'Segment by segment', fr: 'Segment par segment' },
  matrix: { en: 'Impact and effort', fr: 'Impact et effort' },
  plan: { en: 'The dated roadmap', fr: 'La feuille de route datée' },
  cards: { en: 'The initiatives', fr: 'Les initiatives' },
  governance: { en: 'Governance', fr: 'Gouvernance' },
  risks: { en: 'Risks and how the plan answers them', fr: 'Les risques et la réponse du plan' },
  targets: { en: 'Target journeys', fr: 'Les parcours cibles' },
  annex: { en: 'Annex', fr: 'Annexe' },
  radar: { en: 'Maturity radar', fr: 'Radar de maturité' },
  timeline: { en: 'Timeline of the initiatives', fr: 'Calendrier des initiatives' },
} as const satisfies Record<string, Words>;

export const FACT_LABELS = {
  client: { en: 'Client', fr: 'Client' },
  sector: { en: 'Sector', fr: 'Secteur' },
  date: { en: 'Assessment date', fr: 'Date du diagnostic' },
  consultants: { en: 'Consultants', fr: 'Consultants' },
  change: { en: 'Readiness for change', fr: 'Disposition au changement' },
  overall: { en: 'Overall maturity', fr: 'Maturité globale' },
  why: { en: 'Why', fr: 'Pourquoi' },
  owner: { en: 'Owner', fr: 'Responsable' },
  dependsOn: { en: 'Comes after', fr: 'Vient après' },
  effort: { en: 'Effort', fr: 'Effort' },
  barriers: { en: 'Barrier answered', fr: 'Frein traité' },
  barriersMany: { en: 'Barriers answered', fr: 'Freins traités' },
  segments: { en: 'For', fr: 'Pour' },
  target: { en: 'Expected level', fr: 'Niveau attendu' },
  status: { en: 'Status', fr: 'État' },
  when: { en: 'When', fr: 'Quand' },
  kpi: { en: 'Indicator', fr: 'Indicateur' },
  baseline: { en: 'Today', fr: 'Aujourd’hui' },
  goal: { en: 'Target', fr: 'Cible' },
  due: { en: 'By', fr: 'Échéance' },
} as const satisfies Record<string, Words>;

export function w(words: Words, lang: Language): string {
  return words[lang];
}

/** Short names of the phases, the stage each serves as the board hears it. */
export const PHASE_NAMES: Record<ChangeStage, Words> = {
  precontemplation: { en: 'Becoming aware', fr: 'Prise de conscience' },
  contemplation: { en: 'Deciding', fr: 'Décision' },
  preparation: { en: 'Preparing', fr: 'Préparation' },
  action: { en: 'Implementing', fr: 'Mise en œuvre' },
  maintenance: { en: 'Making it last', fr: 'Ancrage dans la durée' },
};

/** Where the organisation stands on change (the file's `change.stage`), in plain words. */
export const STAGE_STANDING: Record<ChangeStage, Words> = {
  precontemplation: { en: 'management does not yet see the need to change', fr: 'la direction ne voit pas encore la nécessité de changer' },
  contemplation: { en: 'management sees the gap but keeps postponing the decision', fr: 'la direction reconnaît le retard mais repousse la décision' },
  preparation: { en: 'management has decided and is preparing the plan', fr: 'la direction s’est engagée et prépare le plan' },
  action: { en: 'the transformation is under way', fr: 'la transformation est en cours' },
  maintenance: { en: 'the transformation is in place and must last', fr: 'la transformation est en place et doit durer' },
};

export const MATURITY_PHRASES: Record<ChannelMaturity, Words> = {
  multichannel: { en: 'a multichannel relationship, where the channels exist side by side without knowing one another', fr: 'une relation multicanale, où les canaux coexistent sans se connaître' },
  'cross-channel': { en: 'a cross-channel relationship, where the channels hand the customer over to one another', fr: 'une relation cross-canal, où les canaux se passent le relais' },
  omnichannel: { en: 'an omnichannel relationship, seamless from one channel to the next', fr: 'une relation omnicanale, sans couture d’un canal à l’autre' },
};

export const CAPABILITY_WORDS: Record<Capability, Words> = {
  inform: { en: 'find information', fr: 's’informer' },
  compare: { en: 'compare offers', fr: 'comparer les offres' },
  advise: { en: 'get advice', fr: 'être conseillés' },
  order: { en: 'order', fr: 'commander' },
  pay: { en: 'pay', fr: 'payer' },
  track: { en: 'track their orders', fr: 'suivre leur commande' },
  support: { en: 'get help', fr: 'obtenir de l’aide' },
  return: { en: 'return a product', fr: 'retourner un produit' },
  review: { en: 'leave a review', fr: 'donner leur avis' },
  community: { en: 'exchange with other customers', fr: 'échanger avec d’autres clients' },
};

export const INTENSITY_PHRASES: Record<DigitalIntensity, Words> = {
  traditional: { en: 'they rarely use digital channels', fr: 'ils utilisent peu le numérique' },
  occasional: { en: 'they research online and buy offline', fr: 'ils se renseignent en ligne et achètent hors ligne' },
  multichannel: { en: 'they switch channels within one purchase', fr: 'ils changent de canal au cours d’un même achat' },
  'digital-first': { en: 'they expect to do everything online', fr: 'ils attendent un parcours entièrement numérique' },
};

export const BARRIER_NAMES: Record<BarrierType, Words> = {
  fear: { en: 'Fear', fr: 'La peur' },
  complacency: { en: 'Complacency', fr: 'La paresse' },
  urgency: { en: 'The tyranny of the urgent', fr: 'La dictature de l’urgence' },
  inertia: { en: 'Habit and inertia', fr: 'La nature humaine' },
};

/** What each barrier risks doing to the plan if left unanswered. */
export const BARRIER_RISKS: Record<BarrierType, Words> = {
  fear: { en: 'those who fear the change slow it down or work around it', fr: 'ceux qui redoutent le changement le freinent ou le contournent' },
  complacency: { en: 'the effort looks too big and nothing starts', fr: 'l’effort paraît démesuré et rien ne démarre' },
  urgency: { en: 'daily emergencies push the project back quarter after quarter', fr: 'les urgences du quotidien repoussent le projet de trimestre en trimestre' },
  inertia: { en: 'old habits come back as soon as attention drops', fr: 'les habitudes reviennent dès que l’attention retombe' },
};

export const EFFORT_WORDS: Record<Effort, Words> = {
  S: { en: 'small (up to 10 person-days)', fr: 'faible (jusqu’à 10 jours-homme)' },
  M: { en: 'medium (10 to 40 person-days)', fr: 'moyen (10 à 40 jours-homme)' },
  L: { en: 'large (over 40 person-days)', fr: 'important (plus de 40 jours-homme)' },
};

export const STATUS_WORDS: Record<string, Words> = {
  planned: { en: 'planned', fr: 'prévue' },
  'in-progress': { en: 'in progress', fr: 'en cours' },
  done: { en: 'done', fr: 'terminée' },
  dropped: { en: 'dropped', fr: 'abandonnée' },
};

export const EMOTION_WORDS: Record<number, Words> = {
  [-2]: { en: 'very badly lived', fr: 'très mal vécu' },
  [-1]: { en: 'badly lived', fr: 'mal vécu' },
  0: { en: 'neutral', fr: 'neutre' },
  1: { en: 'well lived', fr: 'bien vécu' },
  2: { en: 'very well lived', fr: 'très bien vécu' },
};

/** "a, b and c" / "a, b et c"; with `or`, "a, b or c" (after a negation). */
export function listOf(items: readonly string[], lang: Language, or = false): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${localize(or ? WORD_FORMS.or : WORD_FORMS.and, lang)}${items[items.length - 1]}`;
}

/** « name » in French, “name” in English: how a name from the file is quoted in a sentence. */
export function quoted(text: string, lang: Language): string {
  return localize(WORD_FORMS.quoted, lang, { text });
}

/** Count and noun with the language's agreement: French takes the singular for 0 and 1. */
export function count(n: number, one: string, many: string, lang: Language): string {
  return localize(WORD_FORMS.count, lang, { n, one, many });
}

/** Capitalise the first letter (for a phrase that opens a sentence). */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
