/** The dimensions' names as a consultant reads them in reports, in both languages. */
import type { DimensionId, Language } from '../model/vocabulary';

const LABELS: Record<DimensionId, Record<Language, string>> = {
  visibility: { en: 'Online visibility', fr: 'Visibilité en ligne' },
  'digital-journey': { en: 'Digital journey', fr: 'Parcours numérique' },
  'channel-integration': { en: 'Channel integration', fr: 'Intégration des canaux' },
  'human-touch': { en: 'Human touch', fr: 'Contact humain' },
  lifecycle: { en: 'Customer lifecycle', fr: 'Cycle de vie client' },
  mobile: { en: 'Mobile', fr: 'Mobile' },
  'data-trust': { en: 'Data trust', fr: 'Confiance et données' },
  community: { en: 'Community', fr: 'Communauté' },
  'employee-tools': { en: 'Employee tools', fr: 'Outils des collaborateurs' },
  organisation: { en: 'Organisation', fr: 'Organisation' },
};

export function dimensionLabel(id: DimensionId, lang: Language): string {
  return LABELS[id][lang];
}
