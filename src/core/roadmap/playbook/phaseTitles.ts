/** What each phase is about (seed 000, Prochaska & DiClemente), as the board reads it. */
import type { ChangeStage, Language } from '../../model/vocabulary';

export const PHASE_TITLES: Record<ChangeStage, Record<Language, string>> = {
  precontemplation: { en: 'See the customers\' reality: awareness and first quick wins', fr: 'Voir la réalité des clients\u00a0: prise de conscience et premiers gains rapides' },
  contemplation: { en: 'Weigh the decision: costed scenarios and a pilot', fr: 'Peser la décision\u00a0: scénarios chiffrés et pilote' },
  preparation: { en: 'Commit and plan: owners, budget, governance', fr: 'S\'engager et planifier\u00a0: responsables, budget, gouvernance' },
  action: { en: 'Implement with support: journeys, tools and training', fr: 'Mettre en œuvre avec accompagnement\u00a0: parcours, outils et formation' },
  maintenance: { en: 'Sustain and prevent relapse: rituals, reinforcement, re-assessment', fr: 'Consolider et prévenir la rechute\u00a0: rituels, renforcement, réévaluation' },
};
