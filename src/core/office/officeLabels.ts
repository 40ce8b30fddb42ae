/** The words of the Word report and the board deck that the HTML document does not already have. */
import type { Language } from '../model/vocabulary';
import { localize, type Catalogue, type None } from '../i18n/localized';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const LABELS = {
  summary: { en: 'Executive summary', fr: 'Synthèse' },
  whereWeStand: { en: 'Where the client stands', fr: 'Où en est le client' },
  customersLive: { en: 'What the customers live', fr: 'Ce que vivent les clients' },
  segments: { en: 'Customer segments', fr: 'Segments de clientèle' },
  segment: { en: 'Segment', fr: 'Segment' },
  profile: { en: 'Profile', fr: 'Profil' },
  client: { en: 'Client', fr: 'Client' },
  where: { en: 'Where in the file', fr: 'Où dans le fichier' },
  share: { en: 'Share of customers', fr: 'Part des clients' },
  intensity: { en: 'Digital behaviour', fr: 'Usage du numérique' },
  expects: { en: 'Expects online', fr: 'Attend en ligne' },
  prefers: { en: 'Preferred channels', fr: 'Canaux préférés' },
  worstMoments: { en: 'Worst moments', fr: 'Pires moments' },
  roadmap: { en: 'The roadmap', fr: 'La feuille de route' },
  timeline: { en: 'Timeline', fr: 'Calendrier' },
  phase: { en: 'Phase', fr: 'Phase' },
  initiative: { en: 'Initiative', fr: 'Initiative' },
  initiatives: { en: 'Initiatives', fr: 'Initiatives' },
  owner: { en: 'Owner', fr: 'Responsable' },
  kpi: { en: 'KPI', fr: 'Indicateur' },
  target: { en: 'Target level', fr: 'Niveau visé' },
  when: { en: 'When', fr: 'Quand' },
  barriers: { en: 'Barrier answered', fr: 'Frein traité' },
  why: { en: 'Why', fr: 'Pourquoi' },
  risks: { en: 'Risks', fr: 'Risques' },
  risk: { en: 'Risk', fr: 'Risque' },
  who: { en: 'Who', fr: 'Qui' },
  answer: { en: 'How the roadmap answers it', fr: 'Réponse de la feuille de route' },
  annex: { en: 'Annex', fr: 'Annexe' },
  annexEvidence: { en: 'Evidence from the engagement file', fr: 'Éléments du fichier de mission' },
  annexIds: { en: 'Initiatives and their ids', fr: 'Initiatives et identifiants' },
  scoring: { en: 'Scoring table', fr: 'Table de calcul' },
  derivedLevel: { en: 'Level from the facts', fr: 'Niveau des faits' },
  id: { en: 'Id', fr: 'Identifiant' },
  line: { en: 'line', fr: 'ligne' },
  page: { en: 'Page', fr: 'Page' },
  today: { en: 'Today', fr: 'Aujourd’hui' },
  contents: { en: 'Contents', fr: 'Sommaire' },
  evidence: { en: 'Evidence', fr: 'Éléments' },
  noRisk: { en: 'The file names no barrier to change.', fr: `Le fichier ne nomme aucun frein au changement.` },
  decision: {
    en: 'Decision asked of the board: approve the first phase, name its owners and fund its quick wins.',
    fr: `Décision demandée à la direction${NBSP}: valider la première phase, en nommer les responsables et financer ses gains rapides.`,
  },
  notesEvidence: { en: 'Evidence', fr: 'Éléments' },
  months: { en: 'months', fr: 'mois' },
  continued: { en: 'continued', fr: 'suite' },
} as const satisfies Record<string, Record<Language, string>>;

export type OfficeLabel = keyof typeof LABELS;

export const officeLabel = (key: OfficeLabel, lang: Language): string => LABELS[key][lang];

/** "Owner: x" with French typography (no-break space before the colon). */
export const labelled = (name: string, value: string, lang: Language): string => `${name}${localize(OFFICE_FORMS.colon, lang)} ${value}`;

/** "45 %" in French, "45%" in English. */
export const percent = (value: number, lang: Language): string => localize(OFFICE_FORMS.percent, lang, { value });

/** The colon after a label, with French typography (no-break space before it). */
export const colonOf = (lang: Language): string => localize(OFFICE_FORMS.colon, lang);

/** The language tag Word and PowerPoint spell-check the text in. */
export const languageTag = (lang: Language): string => localize(OFFICE_FORMS.languageTag, lang);

const OFFICE_FORMS = {
  colon: { en: (_: None) => ':', fr: (_: None) => `${NBSP}:` },
  percent: { en: ({ value }: { value: number }) => `${value}%`, fr: ({ value }: { value: number }) => `${value}${NBSP}%` },
  languageTag: { en: (_: None) => 'en-GB', fr: (_: None) => 'fr-FR' },
} satisfies Catalogue;

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** "14 octobre 2026" / "14 October 2026"; a malformed date is shown as written. */
export function longDate(isoDate: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** French typography for our own sentences: narrow no-break space before ; ! ? (the labels above already have it). */
export const NARROW_NBSP = NNBSP;
