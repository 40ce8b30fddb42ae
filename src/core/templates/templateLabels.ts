/** The words of the built-in roadmap documents, in both languages; the `t` helper reads them. */
import type { Language } from '../model/vocabulary';

const LABELS = {
  roadmapTitle: { en: 'Customer-experience maturity and transformation roadmap', fr: 'Maturité de l’expérience client et feuille de route de transformation' },
  client: { en: 'Client', fr: 'Client' },
  sector: { en: 'Sector', fr: 'Secteur' },
  date: { en: 'Date', fr: 'Date' },
  consultants: { en: 'Consultants', fr: 'Consultants' },
  changeStage: { en: 'Change stage', fr: 'Stade de changement' },
  overall: { en: 'Overall maturity', fr: 'Maturité globale' },
  maturity: { en: 'Maturity by dimension', fr: 'Maturité par dimension' },
  dimension: { en: 'Dimension', fr: 'Dimension' },
  level: { en: 'Level', fr: 'Niveau' },
  source: { en: 'Source', fr: 'Source' },
  evidence: { en: 'Evidence', fr: 'Éléments' },
  journeys: { en: 'Customer journeys', fr: 'Parcours clients' },
  roadmap: { en: 'Roadmap', fr: 'Feuille de route' },
  timeline: { en: 'Phases', fr: 'Phases' },
  initiatives: { en: 'initiatives', fr: 'initiatives' },
  target: { en: 'Target level', fr: 'Niveau visé' },
  owner: { en: 'Owner', fr: 'Responsable' },
  kpi: { en: 'KPI', fr: 'Indicateur' },
  horizon: { en: 'Horizon', fr: 'Horizon' },
  barriers: { en: 'Barriers answered', fr: 'Freins traités' },
  consultantInitiative: { en: 'consultant', fr: 'consultant' },
  generatedInitiative: { en: 'generated', fr: 'généré' },
  noInitiative: { en: 'No initiative in this phase.', fr: 'Aucune initiative dans cette phase.' },
  line: { en: 'line', fr: 'ligne' },
  radarTitle: { en: 'Maturity radar', fr: 'Radar de maturité' },
  /** French typography puts a (non-breaking) space before the colon. */
  colon: { en: ':', fr: '\u00a0:' },
} as const satisfies Record<string, Record<Language, string>>;

export type LabelKey = keyof typeof LABELS;

const WORDS: Record<string, Record<Language, string>> = {
  // sources
  derived: { en: 'derived', fr: 'déduit' },
  assessed: { en: 'assessed', fr: 'évalué' },
  // horizons
  now: { en: 'now (0–3 months)', fr: 'maintenant (0–3 mois)' },
  next: { en: 'next (3–6 months)', fr: 'ensuite (3–6 mois)' },
  later: { en: 'later (6–12+ months)', fr: 'plus tard (6–12+ mois)' },
  // change stages
  precontemplation: { en: 'precontemplation', fr: 'précontemplation' },
  contemplation: { en: 'contemplation', fr: 'contemplation' },
  preparation: { en: 'preparation', fr: 'préparation' },
  action: { en: 'action', fr: 'action' },
  maintenance: { en: 'maintenance', fr: 'maintien' },
  // barriers
  fear: { en: 'fear', fr: 'peur' },
  complacency: { en: 'complacency', fr: 'paresse' },
  urgency: { en: 'urgency', fr: "dictature de l'urgence" },
  inertia: { en: 'inertia', fr: 'nature humaine' },
  // channel maturities
  multichannel: { en: 'multichannel', fr: 'multicanal' },
  'cross-channel': { en: 'cross-channel', fr: 'cross-canal' },
  omnichannel: { en: 'omnichannel', fr: 'omnicanal' },
};

/** A label by key; an unknown key is returned as is, so a custom template shows its own typo. */
export function label(key: string, lang: Language): string {
  return (LABELS as Record<string, Record<Language, string>>)[key]?.[lang] ?? key;
}

/** A vocabulary word (stage, horizon, barrier, source, maturity) in the document language. */
export function word(value: string, lang: Language): string {
  return WORDS[value]?.[lang] ?? value;
}
