/**
 * The consultant's playbook in both languages: what each change stage needs (seed 000, Prochaska
 * & DiClemente), what each dimension aims at, who owns it and how it is measured, and how each
 * barrier is answered. Wording changes here change every roadmap; the golden files will show it.
 */
import type { BarrierType, ChangeStage, DimensionId, Language } from '../model/vocabulary';

type Text = Record<Language, string>;

export const PHASE_TITLES: Record<ChangeStage, Text> = {
  precontemplation: { en: 'Raise awareness with the client\'s own figures', fr: 'Faire prendre conscience avec les chiffres du client' },
  contemplation: { en: 'Weigh the decision: business case and pilot', fr: 'Peser la décision : business case et pilote' },
  preparation: { en: 'Commit and plan: owners, budget, quick wins', fr: "S'engager et planifier : responsables, budget, gains rapides" },
  action: { en: 'Implement with support: training and employee tools', fr: 'Mettre en œuvre avec accompagnement : formation et outils des collaborateurs' },
  maintenance: { en: 'Reinforce and monitor: prevent relapse', fr: 'Consolider et suivre : éviter la rechute' },
};

/** How an initiative of a given stage begins: the stage's kind of work applied to a dimension. */
export const STAGE_ACTIONS: Record<ChangeStage, Text> = {
  precontemplation: { en: 'Show the board its own figures', fr: 'Montrer à la direction ses propres chiffres' },
  contemplation: { en: 'Business case and pilot', fr: 'Business case et pilote' },
  preparation: { en: 'Name an owner, budget and quick wins', fr: 'Nommer un responsable, budget et gains rapides' },
  action: { en: 'Implement with training and tools', fr: 'Mettre en œuvre avec formation et outils' },
  maintenance: { en: 'Monitor and prevent relapse', fr: 'Suivre et éviter la rechute' },
};

export const DIMENSION_GOALS: Record<DimensionId, Text> = {
  visibility: { en: 'be found online where customers search', fr: 'être trouvé en ligne là où les clients cherchent' },
  'digital-journey': { en: 'offer online what each segment expects', fr: 'proposer en ligne ce que chaque segment attend' },
  'channel-integration': { en: 'recognise the customer and share their history across channels', fr: 'reconnaître le client et partager son historique entre canaux' },
  'human-touch': { en: 'a person reachable at every critical moment', fr: 'une personne joignable à chaque moment critique' },
  lifecycle: { en: 'serve the customer before and after the purchase', fr: "accompagner le client avant et après l'achat" },
  mobile: { en: 'make the relationship work on a phone', fr: 'rendre la relation utilisable sur mobile' },
  'data-trust': { en: 'be transparent about customer data', fr: 'être transparent sur les données clients' },
  community: { en: "welcome customers' voice and reviews", fr: 'accueillir la voix et les avis des clients' },
  'employee-tools': { en: 'give employees tools as modern as those sold', fr: 'donner aux collaborateurs des outils aussi modernes que ceux vendus' },
  organisation: { en: 'one P&L, IT and marketing aligned, clear owners', fr: 'un compte de résultat unique, DSI et marketing alignés, des responsables clairs' },
};

export const DIMENSION_OWNERS: Record<DimensionId, Text> = {
  visibility: { en: 'Marketing director', fr: 'Direction marketing' },
  'digital-journey': { en: 'Digital director', fr: 'Direction digitale' },
  'channel-integration': { en: 'CIO with the marketing director', fr: 'DSI avec la direction marketing' },
  'human-touch': { en: 'Customer service director', fr: 'Direction du service client' },
  lifecycle: { en: 'Customer service director', fr: 'Direction du service client' },
  mobile: { en: 'Digital director', fr: 'Direction digitale' },
  'data-trust': { en: 'Data protection officer', fr: 'Délégué à la protection des données' },
  community: { en: 'Marketing director', fr: 'Direction marketing' },
  'employee-tools': { en: 'HR director with the CIO', fr: 'DRH avec la DSI' },
  organisation: { en: 'General management', fr: 'Direction générale' },
};

export const BOARD_OWNER: Text = { en: 'General management', fr: 'Direction générale' };

export const DIMENSION_KPIS: Record<DimensionId, Text> = {
  visibility: { en: 'Share of key searches where the client appears on the first page', fr: 'Part des recherches clés où le client apparaît en première page' },
  'digital-journey': { en: 'Share of expected capabilities available online', fr: 'Part des capacités attendues disponibles en ligne' },
  'channel-integration': { en: 'Share of channel switches without a continuity break', fr: 'Part des changements de canal sans rupture de continuité' },
  'human-touch': { en: 'Share of critical moments with a person reachable', fr: 'Part des moments critiques avec une personne joignable' },
  lifecycle: { en: 'Share of customers served after the purchase', fr: "Part des clients accompagnés après l'achat" },
  mobile: { en: 'Share of interactions started on a phone', fr: 'Part des interactions commencées sur mobile' },
  'data-trust': { en: 'Charter published; share of customers who consent', fr: 'Charte publiée ; part des clients qui consentent' },
  community: { en: 'Reviews collected and answered per month', fr: 'Avis collectés et traités par mois' },
  'employee-tools': { en: "Employees' satisfaction with their tools", fr: 'Satisfaction des collaborateurs envers leurs outils' },
  organisation: { en: 'Channels under one P&L with shared objectives', fr: 'Canaux sous un compte de résultat unique aux objectifs partagés' },
};

export const BARRIER_ANSWERS: Record<BarrierType, Text> = {
  fear: { en: 'Involve the sales force in the design', fr: 'Associer la force de vente à la conception' },
  urgency: { en: 'Time-boxed quick wins', fr: 'Des gains rapides à durée limitée' },
  complacency: { en: "Confront the client's own figures", fr: 'Confronter le client à ses propres chiffres' },
  inertia: { en: 'Small steps, with support', fr: 'Des petits pas, avec accompagnement' },
};

/** The seed-000 figures that make a board in denial look again (Vascoo UP study). */
export const AWARENESS_FIGURES: Partial<Record<DimensionId, Text>> = {
  visibility: {
    en: '81% of buyers search online, yet 75% of suppliers cannot be found there (Vascoo UP study).',
    fr: "81 % des acheteurs s'informent sur Internet, mais 75 % des fournisseurs n'y sont pas visibles (étude Vascoo UP).",
  },
  'digital-journey': {
    en: '22% of customers want an at least partly digital journey; fewer than 5% of suppliers offer one (Vascoo UP study).',
    fr: "22 % des clients veulent un parcours au moins partiellement numérique ; moins de 5 % des fournisseurs le proposent (étude Vascoo UP).",
  },
};
