/** How the closed vocabularies read in a sentence, in English and French. */
import type { Capability, Language } from '../model/vocabulary';

const CAPABILITY_PHRASES: Record<Capability, Record<Language, string>> = {
  inform: { en: 'find information', fr: "s'informer" },
  compare: { en: 'compare offers', fr: 'comparer les offres' },
  advise: { en: 'get advice', fr: 'être conseillé' },
  order: { en: 'order', fr: 'commander' },
  pay: { en: 'pay', fr: 'payer' },
  track: { en: 'track an order', fr: 'suivre sa commande' },
  support: { en: 'get support', fr: "obtenir de l'aide" },
  return: { en: 'return a product', fr: 'retourner un produit' },
  review: { en: 'leave a review', fr: 'donner son avis' },
  community: { en: 'exchange with other customers', fr: "échanger avec d'autres clients" },
};

/** "track an order (track)": the phrase, with the file's word so the consultant finds it. */
export function capabilityPhrase(capability: Capability, lang: Language): string {
  return `${CAPABILITY_PHRASES[capability][lang]} (${capability})`;
}
