/**
 * The closed vocabularies of the engagement format v1 (see docs/format.md).
 * Every list is the single source for the zod schema, the rules, the scoring and the docs.
 */

export const SIZES = ['micro', 'sme', 'midcap', 'large'] as const;
export const LANGUAGES = ['en', 'fr'] as const;
export const CHANGE_STAGES = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'] as const;
export const BARRIER_TYPES = ['fear', 'complacency', 'urgency', 'inertia'] as const;
export const ALIGNMENTS = ['none', 'partial', 'full'] as const;
export const EMPLOYEE_TOOLS = ['outdated', 'partial', 'modern'] as const;
export const CUSTOMER_VOICES = ['none', 'monitored', 'engaged'] as const;
export const CHANNEL_TYPES = [
  'store', 'phone', 'web', 'mobile-app', 'email', 'social', 'chat', 'marketplace', 'field-sales', 'mail', 'kiosk', 'other',
] as const;
export const CAPABILITIES = [
  'inform', 'compare', 'advise', 'order', 'pay', 'track', 'support', 'return', 'review', 'community',
] as const;
export const VISIBILITIES = ['none', 'low', 'medium', 'high'] as const;
export const DIGITAL_INTENSITIES = ['traditional', 'occasional', 'multichannel', 'digital-first'] as const;
export const HORIZONS = ['now', 'next', 'later'] as const;
/** Effort classes of an initiative: S ≤ 10 person-days, M 10–40, L > 40. */
export const EFFORTS = ['S', 'M', 'L'] as const;
export const INITIATIVE_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
/** The ten maturity dimensions, in the contract's table order (which is also the output order). */
export const DIMENSIONS = [
  'visibility', 'digital-journey', 'channel-integration', 'human-touch', 'lifecycle',
  'mobile', 'data-trust', 'community', 'employee-tools', 'organisation',
] as const;
export const CHANNEL_MATURITIES = ['multichannel', 'cross-channel', 'omnichannel'] as const;

export type Size = (typeof SIZES)[number];
export type Language = (typeof LANGUAGES)[number];
export type ChangeStage = (typeof CHANGE_STAGES)[number];
export type BarrierType = (typeof BARRIER_TYPES)[number];
export type ChannelType = (typeof CHANNEL_TYPES)[number];
export type Capability = (typeof CAPABILITIES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type DigitalIntensity = (typeof DIGITAL_INTENSITIES)[number];
export type Horizon = (typeof HORIZONS)[number];
export type Effort = (typeof EFFORTS)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type DimensionId = (typeof DIMENSIONS)[number];
export type ChannelMaturity = (typeof CHANNEL_MATURITIES)[number];

/** Digital channel types: seed 003 counts kiosks ("bornes numériques") as digital self-service. */
export const DIGITAL_CHANNEL_TYPES: ReadonlySet<ChannelType> = new Set([
  'web', 'mobile-app', 'email', 'social', 'chat', 'marketplace', 'kiosk',
]);
/** Channel types staffed by people unless the file says otherwise. */
export const HUMAN_BY_DEFAULT: ReadonlySet<ChannelType> = new Set(['store', 'phone', 'field-sales']);
/** Channel types whose visibility decides whether the client is "visible online". */
export const ONLINE_PRESENCE_TYPES: ReadonlySet<ChannelType> = new Set(['web', 'mobile-app']);

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * French words consultants type for enum values, mapped to the English value the format requires.
 * They drive the "did you mean" of schema-enum and its quick fix. Keys are compared through
 * normaliseWord (lower case, no accents, hyphens for spaces).
 */
const FRENCH_ENUM_SYNONYMS: Readonly<Record<string, string>> = {
  // sizes
  tpe: 'micro', pme: 'sme', eti: 'midcap', ge: 'large', 'grande entreprise': 'large',
  // change stages
  precontemplation: 'precontemplation', preparation: 'preparation', maintien: 'maintenance',
  // barriers (seed 000: la peur, la paresse, la dictature de l'urgence, la nature humaine)
  peur: 'fear', paresse: 'complacency', urgence: 'urgency', "dictature de l'urgence": 'urgency',
  'nature humaine': 'inertia', inertie: 'inertia',
  // intensities
  traditionnel: 'traditional', occasionnel: 'occasional', multicanal: 'multichannel', 'numerique-d-abord': 'digital-first',
  // channel types
  magasin: 'store', agence: 'store', boutique: 'store', telephone: 'phone', site: 'web', 'site-web': 'web',
  application: 'mobile-app', 'application-mobile': 'mobile-app', mobile: 'mobile-app', courriel: 'email', 'e-mail': 'email',
  'reseaux-sociaux': 'social', social: 'social', 'force-de-vente': 'field-sales', commercial: 'field-sales',
  courrier: 'mail', borne: 'kiosk', autre: 'other',
  // capabilities
  informer: 'inform', comparer: 'compare', conseiller: 'advise', commander: 'order', payer: 'pay',
  suivre: 'track', assistance: 'support', sav: 'support', retourner: 'return', retour: 'return', avis: 'review',
  communaute: 'community',
  // visibility
  aucune: 'none', aucun: 'none', faible: 'low', moyenne: 'medium', haute: 'high', elevee: 'high', forte: 'high',
  // organisation
  partiel: 'partial', partielle: 'partial', complet: 'full', complete: 'full', totale: 'full',
  obsolete: 'outdated', vetuste: 'outdated', moderne: 'modern', surveillee: 'monitored', engagee: 'engaged',
  // horizons
  maintenant: 'now', ensuite: 'next', prochain: 'next', 'plus-tard': 'later',
  // languages
  francais: 'fr', anglais: 'en',
  // dimensions
  visibilite: 'visibility', 'parcours-digital': 'digital-journey', 'parcours-numerique': 'digital-journey',
  'integration-des-canaux': 'channel-integration', 'contact-humain': 'human-touch', 'cycle-de-vie': 'lifecycle',
  'confiance-donnees': 'data-trust', 'outils-employes': 'employee-tools',
};

/** Lower-cases, strips accents and folds spaces and underscores to hyphens, for lenient comparisons. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

const normalisedSynonyms = new Map(
  Object.entries(FRENCH_ENUM_SYNONYMS).map(([french, english]) => [normaliseWord(french), english]),
);

/** The English enum value a French word stands for, when it is one of `allowed`. */
export function englishFor(word: string, allowed: readonly string[]): string | undefined {
  const english = normalisedSynonyms.get(normaliseWord(word));
  return english !== undefined && allowed.includes(english) ? english : undefined;
}
