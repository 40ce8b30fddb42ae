/**
 * Generates a valid, realistic engagement of about `targetBytes` (journeys of varied steps on a
 * dozen channels), deterministically from `seed`, for benchmarks and scale tests.
 */
const CHANNELS = [
  '  - id: branch\n    name: Agences\n    type: store\n    capabilities: [inform, advise, order, pay, return, support]\n    recognizesCustomer: true\n',
  '  - id: site\n    type: web\n    capabilities: [inform, compare, order, pay, track]\n    visibility: medium\n    recognizesCustomer: true\n    sharesHistory: true\n',
  '  - id: app\n    type: mobile-app\n    capabilities: [inform, order, track, support]\n    recognizesCustomer: true\n    sharesHistory: true\n',
  '  - id: phone\n    type: phone\n    capabilities: [inform, advise, order, support]\n    recognizesCustomer: true\n',
  '  - id: chat\n    type: chat\n    human: true\n    capabilities: [advise, support]\n',
  '  - id: email\n    type: email\n    capabilities: [inform, support]\n',
  '  - id: social\n    type: social\n    capabilities: [inform, review, community]\n',
  '  - id: sales-rep\n    type: field-sales\n    capabilities: [advise, order]\n    recognizesCustomer: true\n    sharesHistory: true\n',
];
const CHANNEL_IDS = ['branch', 'site', 'app', 'phone', 'chat', 'email', 'social', 'sales-rep'];
const ACTIONS = [
  'Cherche la référence sur Internet', 'Compare les prix avec un concurrent', "Appelle l'agence pour le stock",
  'Passe commande en ligne', 'Retire la commande en agence', 'Suit la livraison sur son mobile',
  'Contacte le support pour une erreur de facture', 'Laisse un avis sur le produit', 'Demande conseil à un vendeur',
];
const PAINS = ['Stock non affiché', 'Doit répéter sa demande', 'Attente au téléphone', 'Facture introuvable'];
const STAGES = ['Se renseigner', 'Choisir', 'Commander', 'Recevoir', 'Utiliser', 'Être aidé'];

export function generateEngagement(targetBytes: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const random = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const parts: string[] = [
    'engagement:\n  client: Bench Distribution\n  size: midcap\n  date: 2026-11-02\n  language: fr\n',
    'change:\n  stage: preparation\n  barriers:\n    - type: urgency\n    - type: fear\n      who: équipe commerciale\n',
    'organisation:\n  unifiedPnl: false\n  itMarketingAlignment: partial\n  employeeTools: partial\n',
    'channels:\n', ...CHANNELS,
    'segments:\n',
    '  - id: artisans\n    share: 40\n    digitalIntensity: multichannel\n    expects: [order, track]\n    prefers: [site, branch]\n',
    '  - id: pme\n    share: 35\n    digitalIntensity: occasional\n    prefers: [phone]\n',
    '  - id: grands-comptes\n    share: 25\n    digitalIntensity: digital-first\n    expects: [order, pay, track]\n',
    'journeys:\n',
  ];
  let size = parts.reduce((total, part) => total + part.length, 0);
  const segments = ['artisans', 'pme', 'grands-comptes'];
  for (let journey = 0; size < targetBytes; journey++) {
    const lines = [`  - id: journey-${journey}\n    name: Parcours ${journey}\n    segment: ${segments[journey % 3]}\n    stages:\n`];
    const stageCount = 3 + random(4);
    for (let stage = 0; stage < stageCount; stage++) {
      lines.push(`      - name: ${STAGES[stage]}\n        steps:\n`);
      const stepCount = 1 + random(4);
      for (let step = 0; step < stepCount; step++) {
        lines.push(`          - id: s${stage}-${step}\n            channel: ${CHANNEL_IDS[random(CHANNEL_IDS.length)]}\n            action: ${ACTIONS[random(ACTIONS.length)]}\n            emotion: ${random(5) - 2}\n`);
        if (random(3) === 0) lines.push(`            pain: ${PAINS[random(PAINS.length)]}\n`);
        if (random(8) === 0) lines.push('            critical: true\n');
        if (stage === 2 && step === 0) lines.push('            capability: order\n');
      }
    }
    const text = lines.join('');
    parts.push(text);
    size += text.length;
  }
  return parts.join('');
}
