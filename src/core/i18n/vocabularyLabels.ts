/** How the closed vocabularies read in a sentence, in English and French. */
import type { Capability, ChannelType, Language, Visibility } from '../model/vocabulary';
import { localize, type Localized, type None } from './localized';

const AND: Localized<None> = { en: () => ' and ', fr: () => ' et ' };

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

/** The capability in words only, for documents whose body shows no enum word. */
export function capabilityWords(capability: Capability, lang: Language): string {
  return CAPABILITY_PHRASES[capability][lang];
}

/** "find information, order and track an order" / "s'informer, commander et suivre sa commande". */
export function capabilityList(capabilities: readonly Capability[], lang: Language): string {
  const words = capabilities.map((c) => CAPABILITY_PHRASES[c][lang]);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')}${localize(AND, lang)}${words[words.length - 1]}`;
}

const CHANNEL_TYPE_WORDS: Record<ChannelType, Record<Language, string>> = {
  store: { en: 'store', fr: 'point de vente' },
  phone: { en: 'phone', fr: 'téléphone' },
  web: { en: 'web site', fr: 'site web' },
  'mobile-app': { en: 'mobile app', fr: 'application mobile' },
  email: { en: 'email', fr: 'e-mail' },
  social: { en: 'social network', fr: 'réseau social' },
  chat: { en: 'chat', fr: 'chat' },
  marketplace: { en: 'marketplace', fr: 'place de marché' },
  'field-sales': { en: 'field sales', fr: 'force de vente terrain' },
  mail: { en: 'mail', fr: 'courrier' },
  kiosk: { en: 'kiosk', fr: 'borne' },
  other: { en: 'other channel', fr: 'autre canal' },
};

export function channelTypeWords(type: ChannelType, lang: Language): string {
  return CHANNEL_TYPE_WORDS[type][lang];
}

/** Visibility as an adjective agreeing with « visibilité » (feminine) in French. */
const VISIBILITY_WORDS: Record<Visibility, Record<Language, string>> = {
  none: { en: 'none', fr: 'nulle' },
  low: { en: 'low', fr: 'faible' },
  medium: { en: 'medium', fr: 'moyenne' },
  high: { en: 'high', fr: 'forte' },
};

export function visibilityWords(visibility: Visibility, lang: Language): string {
  return VISIBILITY_WORDS[visibility][lang];
}
