/** The words of the comparison reports, in English and French (French typography: no-break spaces). */
import type { Language } from '../model/vocabulary';

const NBSP = '\u00a0';

const en = {
  title: (client: string) => `Progress: ${client}`,
  before: 'Before',
  after: 'After',
  overall: 'Overall level',
  maturity: 'Channel maturity',
  dimension: 'Dimension',
  delta: 'Change',
  dimensions: 'Maturity by dimension',
  fixed: 'Fixed',
  new: 'New',
  fixedFindings: (n: number) => `Fixed (${n})`,
  newFindings: (n: number) => `New (${n})`,
  nothing: 'None.',
  journeys: 'Journeys',
  journey: 'Journey',
  breaks: 'Continuity breaks',
  breaksClosed: 'Breaks closed',
  breaksOpened: 'Breaks opened',
  steps: 'Steps',
  moments: 'Moments of truth',
  improved: 'Improved',
  worsened: 'Worsened',
  served: 'a person is there and the moment goes well',
  notServed: 'failed moment of truth',
  emotion: 'Emotion',
  initiatives: 'Initiatives',
  initiative: 'Initiative',
  status: 'Status',
  none: '—',
  noEmotion: 'no emotion',
  radar: 'Maturity before and after',
  curve: (journey: string) => `Emotion along “${journey}”, before and after`,
  stepStatus: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' } as Record<string, string>,
  journeyStatus: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' } as Record<string, string>,
  initiativeStatus: { planned: 'planned', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' } as Record<string, string>,
  maturityName: { multichannel: 'multichannel', 'cross-channel': 'cross-channel', omnichannel: 'omnichannel' } as Record<string, string>,
  summary: (fixed: number, fresh: number) => `${fixed} finding${fixed === 1 ? '' : 's'} fixed, ${fresh} new`,
  colon: ':',
  legendBefore: 'before',
  legendAfter: 'after',
};

const fr: typeof en = {
  title: (client) => `Progrès${NBSP}: ${client}`,
  before: 'Avant',
  after: 'Après',
  overall: 'Niveau global',
  maturity: 'Maturité des canaux',
  dimension: 'Dimension',
  delta: 'Écart',
  dimensions: 'Maturité par dimension',
  fixed: 'Corrigés',
  new: 'Nouveaux',
  fixedFindings: (n) => `Corrigés (${n})`,
  newFindings: (n) => `Nouveaux (${n})`,
  nothing: 'Aucun.',
  journeys: 'Parcours',
  journey: 'Parcours',
  breaks: 'Ruptures de continuité',
  breaksClosed: 'Ruptures supprimées',
  breaksOpened: 'Ruptures apparues',
  steps: 'Étapes',
  moments: 'Moments de vérité',
  improved: 'En progrès',
  worsened: 'En recul',
  served: 'une personne est là et le moment se passe bien',
  notServed: 'moment de vérité manqué',
  emotion: 'Émotion',
  initiatives: 'Initiatives',
  initiative: 'Initiative',
  status: 'Statut',
  none: '—',
  noEmotion: 'sans émotion',
  radar: 'Maturité avant et après',
  curve: (journey) => `Émotion le long de «${NBSP}${journey}${NBSP}», avant et après`,
  stepStatus: { added: 'ajoutée', removed: 'supprimée', changed: 'modifiée', unchanged: 'inchangée' },
  journeyStatus: { added: 'ajouté', removed: 'supprimé', changed: 'modifié', unchanged: 'inchangé' },
  initiativeStatus: { planned: 'prévue', 'in-progress': 'en cours', done: 'faite', dropped: 'abandonnée' },
  maturityName: { multichannel: 'multicanal', 'cross-channel': 'cross-canal', omnichannel: 'omnicanal' },
  summary: (fixed, fresh) => `${fixed} constat${fixed < 2 ? '' : 's'} corrigé${fixed < 2 ? '' : 's'}, ${fresh} nouveau${fresh < 2 ? '' : 'x'}`,
  colon: `${NBSP}:`,
  legendBefore: 'avant',
  legendAfter: 'après',
};

export type CompareLabels = typeof en;

const LABELS: Record<Language, CompareLabels> = { en, fr };
export function compareLabels(lang: Language): CompareLabels {
  return LABELS[lang];
}

/** "+1", "−1", "0": a signed delta as a reader expects it (a true minus sign). */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `\u2212${-delta}` : '0';
}
