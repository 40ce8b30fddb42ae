/**
 * `buildRoadmapDocument(analysis, lang)`: the roadmap document as a view model (roadmapDocument.ts)
 * from the one model of the file (its maturity and roadmap, never a second computation). Every
 * string is composed in the document language, then typeset once (src/core/text/typography.ts).
 * The body names things as the client does; ids, YAML lines and scoring labels go to the annex.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { dimensionLabel } from '../maturity/dimensionLabels';
import { assessedEngagementOf } from '../maturity/assessedEngagementOf';
import type { DimensionAssessment } from '../maturity/maturityAssessment';
import type { Engagement, Journey, Segment, Step } from '../model/engagement';
import { EngagementFacts } from '../model/facts';
import type { Language } from '../model/vocabulary';
import { dateInWords, monthInWords, typeset } from '../text/typography';
import { currentJourneys, dimensionSentence } from './dimensionSentences';
import {
  BARRIER_NAMES, BARRIER_RISKS, CAPABILITY_WORDS, EFFORT_WORDS, EMOTION_WORDS, FACT_LABELS, HEADINGS, INTENSITY_PHRASES,
  MATURITY_PHRASES, PHASE_NAMES, STAGE_STANDING, STATUS_WORDS, capitalise, count, listOf, quoted, w,
} from './documentWords';
import { documentPlan, type DocumentInitiative, type DocumentPhase, type DocumentPlan } from './plannedRoadmap';
import { radarSvg } from './radarSvg';
import { radarView } from './radarView';
import type {
  AnnexSection, CardsSection, DocumentFact, GovernanceSection, InitiativeCard, JourneyView, JourneysSection, MatrixQuadrant, MatrixSection,
  PlanSection, RisksSection, RoadmapDocument, SegmentsSection, StandingSection, SummarySection, TargetsSection, WorstMoment,
} from './roadmapDocument';
import { timelineSvg } from './timelineSvg';
import { timelineView } from './timelineView';
import { localize, type Catalogue, type Localized, type None } from '../i18n/localized';

type N = number;
type PhaseDecision = { phase: string; window: string; initiatives: N; quickWins: N; firstTitles: string; next: string; due: string };

/** The document's words and sentences, in each language. */
const DOCUMENT_TEXTS = {
  criticalMoment: { en: (_: None) => 'critical moment', fr: (_: None) => 'moment critique' },
  noOneToReach: { en: (_: None) => 'no one to reach', fr: (_: None) => 'personne à joindre' },
  dimension: { en: (_: None) => 'Dimension', fr: (_: None) => 'Dimension' },
  level: { en: (_: None) => 'Level', fr: (_: None) => 'Niveau' },
  whatItMeans: { en: (_: None) => 'What it means', fr: (_: None) => 'Ce que cela veut dire' },
  noMomentLivedBadly: { en: (_: None) => ' No moment of it is lived badly.', fr: (_: None) => ' Aucun moment n’y est mal vécu.' },
  noPhaseIsPlanned: { en: (_: None) => 'No phase is planned.', fr: (_: None) => 'Aucune phase n’est planifiée.' },
  segmentInitiativesLabel: { en: (_: None) => 'What the plan does for them', fr: (_: None) => 'Ce que le plan fait pour eux' },
  listSeparator: { en: (_: None) => ', ', fr: (_: None) => ', ' },
  clauseSeparator: { en: (_: None) => '; ', fr: (_: None) => ' ; ' },
  hardToFindOnline: { en: (_: None) => ' They research online before buying, where the company is hard to find.', fr: (_: None) => ' Ils se renseignent en ligne avant d’acheter, là où l’entreprise est peu visible.' },
  matrixIntro: { en: (_: None) => 'Each initiative by what it brings customers and what it costs the company: quick wins first, major projects prepared.', fr: (_: None) => 'Chaque initiative selon ce qu’elle rapporte aux clients et ce qu’elle coûte à l’entreprise : les gains rapides d’abord, les grands chantiers préparés.' },
  highImpact: { en: (_: None) => 'High impact', fr: (_: None) => 'Impact élevé' },
  moderateImpact: { en: (_: None) => 'Moderate impact', fr: (_: None) => 'Impact modéré' },
  lowEffort: { en: (_: None) => 'Low effort', fr: (_: None) => 'Effort faible' },
  mediumOrLargeEffort: { en: (_: None) => 'Medium or large effort', fr: (_: None) => 'Effort moyen ou important' },
  quickWins: { en: (_: None) => 'Quick wins', fr: (_: None) => 'Gains rapides' },
  quickWinsHint: { en: (_: None) => 'start now', fr: (_: None) => 'à lancer tout de suite' },
  majorProjects: { en: (_: None) => 'Major projects', fr: (_: None) => 'Grands chantiers' },
  majorProjectsHint: { en: (_: None) => 'prepare and fund', fr: (_: None) => 'à préparer et à financer' },
  fillIns: { en: (_: None) => 'Fill-ins', fr: (_: None) => 'Compléments' },
  fillInsHint: { en: (_: None) => 'when a team is free', fr: (_: None) => 'quand une équipe est disponible' },
  toReconsider: { en: (_: None) => 'To reconsider', fr: (_: None) => 'À reconsidérer' },
  reconsiderHint: { en: (_: None) => 'justify before committing', fr: (_: None) => 'à justifier avant d’engager' },
  quickWinSuffix: { en: (_: None) => ' — quick win', fr: (_: None) => ' — gain rapide' },
  timelineLegend: { en: (_: None) => 'Solid: the work; light: its follow-up until its indicators are due; orange: quick wins; an arrow links an initiative to the one waiting for it.', fr: (_: None) => 'En foncé, le chantier ; en clair, son suivi jusqu’à l’échéance de ses indicateurs ; en orange, les gains rapides ; une flèche relie une initiative à celle qui l’attend.' },
  phase: { en: (_: None) => 'Phase', fr: (_: None) => 'Phase' },
  initiative: { en: (_: None) => 'Initiative', fr: (_: None) => 'Initiative' },
  when: { en: (_: None) => 'When', fr: (_: None) => 'Période' },
  owner: { en: (_: None) => 'Owner', fr: (_: None) => 'Responsable' },
  comesAfter: { en: (_: None) => 'Comes after', fr: (_: None) => 'Vient après' },
  targetColon: { en: (_: None) => ':', fr: (_: None) => ' :' },
  labelColon: { en: (_: None) => ': ', fr: (_: None) => ' : ' },
  toBeMeasured: { en: (_: None) => 'to be measured', fr: (_: None) => 'à mesurer' },
  toBeSet: { en: (_: None) => 'to be set', fr: (_: None) => 'à fixer' },
  quickWinBadge: { en: (_: None) => 'Quick win', fr: (_: None) => 'Gain rapide' },
  levelWord: { en: (_: None) => 'level', fr: (_: None) => 'niveau' },
  governanceSponsor: { en: (_: None) => 'General management sponsors the transformation and arbitrates between channels; each initiative has an owner, chosen among the teams the assessment named.', fr: (_: None) => 'La direction générale porte la transformation et arbitre entre les canaux ; chaque initiative a un responsable, choisi parmi les équipes que le diagnostic a nommées.' },
  governanceReview: { en: (_: None) => 'At the end of each phase, the board decides on moving to the next one from the indicators; a new maturity assessment closes the plan.', fr: (_: None) => 'À la fin de chaque phase, la direction décide du passage à la suivante au vu des indicateurs ; un nouveau diagnostic de maturité clôt le plan.' },
  initiatives: { en: (_: None) => 'Initiatives', fr: (_: None) => 'Initiatives' },
  firstDue: { en: (_: None) => 'First due', fr: (_: None) => 'Première échéance' },
  inThePlan: { en: (_: None) => 'In the plan', fr: (_: None) => 'Dans le plan' },
  barrierUnanswered: { en: (_: None) => 'No initiative answers it yet: for general management to take up.', fr: (_: None) => 'Aucune initiative ne le traite encore : à confier à la direction générale.' },
  noBarrierNamed: { en: (_: None) => 'The assessment names no barrier to change; the steering committee watches for fear, complacency, the tyranny of the urgent and habit.', fr: (_: None) => 'Le diagnostic ne nomme aucun frein au changement ; le comité de pilotage reste attentif à la peur, à la paresse, à la dictature de l’urgence et aux habitudes.' },
  barrier: { en: (_: None) => 'Barrier', fr: (_: None) => 'Frein' },
  risk: { en: (_: None) => 'The risk', fr: (_: None) => 'Le risque' },
  planAnswer: { en: (_: None) => 'How the plan answers it', fr: (_: None) => 'La réponse du plan' },
  insteadOf: { en: (_: None) => 'instead of', fr: (_: None) => 'au lieu de' },
  assessedSource: { en: (_: None) => 'assessed by the consultant', fr: (_: None) => 'évalué par le consultant' },
  derivedSource: { en: (_: None) => 'derived from the file', fr: (_: None) => 'déduit du fichier' },
  error: { en: (_: None) => 'error', fr: (_: None) => 'erreur' },
  warning: { en: (_: None) => 'warning', fr: (_: None) => 'avertissement' },
  info: { en: (_: None) => 'info', fr: (_: None) => 'information' },
  annexIntro: { en: (_: None) => 'For the consultant: the evidence with its line in the file, the ids, the diagnostics and the scoring table (docs/scoring.md).', fr: (_: None) => 'Pour le consultant : les éléments de preuve avec leur ligne dans le fichier, les identifiants, les diagnostics et la table de calcul des niveaux (docs/scoring.md).' },
  scoringTable: { en: (_: None) => 'Scoring table', fr: (_: None) => 'Table de calcul' },
  id: { en: (_: None) => 'Id', fr: (_: None) => 'Identifiant' },
  derivedLevel: { en: (_: None) => 'Derived level', fr: (_: None) => 'Niveau déduit' },
  source: { en: (_: None) => 'Source', fr: (_: None) => 'Source' },
  evidence: { en: (_: None) => 'Evidence', fr: (_: None) => 'Éléments de preuve' },
  initiativesAndIds: { en: (_: None) => 'Initiatives and ids', fr: (_: None) => 'Initiatives et identifiants' },
  origin: { en: (_: None) => 'Origin', fr: (_: None) => 'Origine' },
  priority: { en: (_: None) => 'Priority', fr: (_: None) => 'Priorité' },
  consultantOrigin: { en: (_: None) => 'consultant', fr: (_: None) => 'consultant' },
  generatedOrigin: { en: (_: None) => 'generated', fr: (_: None) => 'générée' },
  diagnosticsHeading: { en: (_: None) => 'Diagnostics of the file', fr: (_: None) => 'Diagnostics du fichier' },
  line: { en: (_: None) => 'Line', fr: (_: None) => 'Ligne' },
  severity: { en: (_: None) => 'Severity', fr: (_: None) => 'Gravité' },
  // Sentences with parameters (plain values; counts agree in each language through count()).
  monthSpan: { en: ({ start }: { start: N }) => `month ${start}`, fr: ({ start }: { start: N }) => `mois ${start}` },
  monthsSpan: { en: ({ start, last }: { start: N; last: N }) => `months ${start}–${last}`, fr: ({ start, last }: { start: N; last: N }) => `mois ${start} à ${last}` },
  endOfNamedMonth: { en: ({ month }: { month: string }) => `end of ${month}`, fr: ({ month }: { month: string }) => `fin ${month}` },
  endOfMonth: { en: ({ month }: { month: N }) => `end of month ${month}`, fr: ({ month }: { month: N }) => `fin du mois ${month}` },
  timelineTick: { en: ({ month }: { month: N }) => `month ${month}`, fr: ({ month }: { month: N }) => `mois ${month}` },
  firstPhaseDecision: {
    en: (p: PhaseDecision) => `We ask the board to approve the first phase, “${p.phase}” (${p.window}), with its ${count(p.initiatives, 'initiative', 'initiatives', 'en')}${p.quickWins ? `, ${p.quickWins} of them quick wins` : ''} — first ${p.firstTitles} —, to name its sponsor in general management, and to decide${p.next ? ` at the ${p.due} on moving to “${p.next}”` : ' at the next review'}.`,
    fr: (p: PhaseDecision) => `Nous demandons à la direction d’approuver la première phase, « ${p.phase} » (${p.window}), avec ses ${count(p.initiatives, 'initiative', 'initiatives', 'fr')}${p.quickWins ? `, dont ${count(p.quickWins, 'gain rapide', 'gains rapides', 'fr')}` : ''} — d’abord ${p.firstTitles} —, d’en nommer le sponsor à la direction générale et de décider${p.next ? ` à ${p.due} du passage à la phase « ${p.next} »` : ' de la revue suivante'}.`,
  },
  overallStanding: {
    en: (p: { client: string; level: N; maturity: string; weakest: string }) => `${p.client} stands at ${p.level}/5, ${p.maturity}${p.weakest ? `; the weakest points are ${p.weakest}` : ''}.`,
    fr: (p: { client: string; level: N; maturity: string; weakest: string }) => `${p.client} est au niveau ${p.level}/5, ${p.maturity}${p.weakest ? ` ; les points les plus faibles sont ${p.weakest}` : ''}.`,
  },
  momentsLivedBadly: {
    en: (p: { failed: N; quote: string; journey: string }) => `${p.failed ? `${count(p.failed, 'critical moment is', 'critical moments are', 'en')} lived badly by customers` : 'Some moments remain hard for customers'}${p.quote ? `, for instance in the journey “${p.journey}”: ${p.quote}` : ''}.`,
    fr: (p: { failed: N; quote: string; journey: string }) => `${p.failed ? `${count(p.failed, 'moment critique est mal vécu', 'moments critiques sont mal vécus', 'fr')} par les clients` : 'Des moments restent difficiles pour les clients'}${p.quote ? `, par exemple dans le parcours « ${p.journey} » : ${p.quote}` : ''}.`,
  },
  planSize: {
    en: (p: { initiatives: N; months: N; phases: N; quickWins: N }) => `The plan holds ${count(p.initiatives, 'initiative', 'initiatives', 'en')} over ${p.months} months in ${count(p.phases, 'phase', 'phases', 'en')}${p.quickWins ? `, ${p.quickWins} of them quick wins` : ''}; each has an owner and an indicator.`,
    fr: (p: { initiatives: N; months: N; phases: N; quickWins: N }) => `Le plan compte ${count(p.initiatives, 'initiative', 'initiatives', 'fr')} sur ${p.months} mois, en ${count(p.phases, 'phase', 'phases', 'fr')}${p.quickWins ? `, dont ${count(p.quickWins, 'gain rapide', 'gains rapides', 'fr')}` : ''} ; chacune a un responsable et un indicateur.`,
  },
  relapseAlert: {
    en: ({ weak }: { weak: string }) => `The company says the change is lasting, but its own facts do not show it yet: ${weak}. The risk of relapse is real, so the plan takes these points up again.`,
    fr: ({ weak }: { weak: string }) => `L’entreprise se dit dans la durée, mais ses propres faits ne le montrent pas encore : ${weak}. Le risque de rechute est réel ; le plan reprend donc ces points.`,
  },
  overallMaturity: {
    en: (p: { level: N; maturity: string }) => `Overall maturity: ${p.level}/5, ${p.maturity}.`,
    fr: (p: { level: N; maturity: string }) => `Maturité globale : ${p.level}/5, ${p.maturity}.`,
  },
  journeySummary: {
    en: (p: { segment: string; steps: N; channels: N; breaks: N }) => `${p.segment} — ${count(p.steps, 'step', 'steps', 'en')} on ${count(p.channels, 'channel', 'channels', 'en')}${p.breaks ? `, ${count(p.breaks, 'continuity break', 'continuity breaks', 'en')}` : ', no continuity break'}.`,
    fr: (p: { segment: string; steps: N; channels: N; breaks: N }) => `${p.segment} — ${count(p.steps, 'étape', 'étapes', 'fr')} sur ${count(p.channels, 'canal', 'canaux', 'fr')}${p.breaks ? `, ${count(p.breaks, 'rupture', 'ruptures', 'fr')} de continuité` : ', sans rupture de continuité'}.`,
  },
  journeysNotTold: {
    en: ({ rest }: { rest: N }) => `${count(rest, 'more journey is', 'more journeys are', 'en')} described in the file; they hurt customers less.`,
    fr: ({ rest }: { rest: N }) => `${count(rest, 'autre parcours est décrit', 'autres parcours sont décrits', 'fr')} dans le fichier ; ils sont moins douloureux pour les clients.`,
  },
  noJourneyYet: { en: (_: None) => 'No customer journey is described yet: that is the first thing to do with the teams.', fr: (_: None) => 'Aucun parcours client n’est encore décrit : c’est la première chose à faire avec les équipes.' },
  journeysIntro: {
    en: ({ journeys }: { journeys: N }) => `${count(journeys, 'journey', 'journeys', 'en')} described with the teams; for each, the moments customers live worst, in their own words.`,
    fr: ({ journeys }: { journeys: N }) => `${count(journeys, 'parcours décrit', 'parcours décrits', 'fr')} avec les équipes ; pour ${journeys > 1 ? 'chacun' : 'lui'}, les moments que les clients vivent le plus mal, dans leurs mots.`,
  },
  customerShare: { en: ({ share }: { share: N }) => `${share}% of customers`, fr: ({ share }: { share: N }) => `${share} % des clients` },
  revenueShare: { en: ({ share }: { share: N }) => `${share}% of revenue`, fr: ({ share }: { share: N }) => `${share} % du chiffre d’affaires` },
  expectsNothingOnline: { en: (_: None) => 'They expect nothing in particular online.', fr: (_: None) => 'Ils n’attendent rien de précis en ligne.' },
  expectationsMet: { en: ({ met }: { met: string }) => `They can already ${met} online, as they expect.`, fr: ({ met }: { met: string }) => `Ils peuvent déjà ${met} en ligne, comme ils l’attendent.` },
  expectationsUnmet: {
    en: (p: { unmet: string; met: string }) => `They want to ${p.unmet} online, which no digital channel allows${p.met ? `; they can already ${p.met}` : ''}.`,
    fr: (p: { unmet: string; met: string }) => `Ils veulent pouvoir ${p.unmet} en ligne, ce qu’aucun canal numérique ne permet${p.met ? ` ; ils peuvent déjà ${p.met}` : ''}.`,
  },
  noJourneyForSegment: { en: (_: None) => 'No journey is described for them yet.', fr: (_: None) => 'Aucun parcours n’est encore décrit pour eux.' },
  segmentJourneys: {
    en: (p: { journeys: N; names: string; hardest: string }) => `${p.journeys > 1 ? 'Journeys described' : 'Journey described'}: ${p.names}${p.hardest ? `; the hardest moment: ${p.hardest}` : ''}.`,
    fr: (p: { journeys: N; names: string; hardest: string }) => `${p.journeys > 1 ? 'Parcours décrits' : 'Parcours décrit'} : ${p.names}${p.hardest ? ` ; le moment le plus difficile : ${p.hardest}` : ''}.`,
  },
  backlogLine: { en: ({ titles }: { titles: string }) => `For later, by priority: ${titles}.`, fr: ({ titles }: { titles: string }) => `Pour plus tard, par ordre de priorité : ${titles}.` },
  planIntro: {
    en: (p: { phases: N; months: N; date: string }) => `${count(p.phases, 'phase', 'phases', 'en')} over ${p.months} months${p.date ? `, from ${p.date}` : ''}; each phase prepares the next, and an initiative starts only after those it depends on.`,
    fr: (p: { phases: N; months: N; date: string }) => `${count(p.phases, 'phase', 'phases', 'fr')} sur ${p.months} mois${p.date ? `, à partir du ${p.date}` : ''} ; chaque phase prépare la suivante, et une initiative ne commence qu’après celles dont elle dépend.`,
  },
  steeringCommittee: {
    en: (p: { owners: string; itApart: boolean }) => `A steering committee brings the initiatives' owners${p.owners ? ` (${p.owners})` : ''} together every month around a customer dashboard: the cards' indicators, where they start and their target.${p.itApart ? ' IT and marketing sit on it together.' : ''}`,
    fr: (p: { owners: string; itApart: boolean }) => `Un comité de pilotage réunit chaque mois les responsables des initiatives${p.owners ? ` (${p.owners})` : ''} autour d’un tableau de bord client : les indicateurs des cartes, leur point de départ et leur cible.${p.itApart ? ' La DSI et le marketing y siègent ensemble.' : ''}`,
  },
  barriersFound: {
    en: ({ barriers }: { barriers: N }) => `The assessment found ${count(barriers, 'barrier', 'barriers', 'en')} to change; each is a risk to the plan, and each has its answer.`,
    fr: ({ barriers }: { barriers: N }) => `Le diagnostic a relevé ${count(barriers, 'frein', 'freins', 'fr')} au changement ; chacun est un risque pour le plan, et chacun a sa réponse.`,
  },
  stepCount: { en: ({ n }: { n: N }) => (n === 0 ? 'no step' : count(n, 'step', 'steps', 'en')), fr: ({ n }: { n: N }) => (n === 0 ? 'aucune étape' : count(n, 'étape', 'étapes', 'fr')) },
  channelCount: { en: ({ n }: { n: N }) => (n === 0 ? 'no channel' : count(n, 'channel', 'channels', 'en')), fr: ({ n }: { n: N }) => (n === 0 ? 'aucun canal' : count(n, 'canal', 'canaux', 'fr')) },
  breakCount: {
    en: ({ n }: { n: N }) => (n === 0 ? 'no continuity break' : count(n, 'continuity break', 'continuity breaks', 'en')),
    fr: ({ n }: { n: N }) => (n === 0 ? 'aucune rupture de continuité' : count(n, 'rupture de continuité', 'ruptures de continuité', 'fr')),
  },
  badMomentCount: {
    en: ({ n }: { n: N }) => (n === 0 ? 'no moment lived badly' : count(n, 'moment lived badly', 'moments lived badly', 'en')),
    fr: ({ n }: { n: N }) => (n === 0 ? 'aucun moment mal vécu' : count(n, 'moment mal vécu', 'moments mal vécus', 'fr')),
  },
  redesigns: { en: (p: { target: string; current: string }) => `“${p.target}” redesigns “${p.current}”`, fr: (p: { target: string; current: string }) => `« ${p.target} » redessine « ${p.current} »` },
  redesignChangesNothing: {
    en: ({ names }: { names: string }) => `${names} without changing the number of steps, channels or breaks.`,
    fr: ({ names }: { names: string }) => `${names} sans changer le nombre d’étapes, de canaux ni de ruptures.`,
  },
  lineRef: { en: ({ line }: { line: N }) => `line ${line}`, fr: ({ line }: { line: N }) => `ligne ${line}` },
  diagnosticsNotListed: {
    en: ({ more }: { more: N }) => `${more} more diagnostics are not listed.`,
    fr: ({ more }: { more: N }) => `${more} autres diagnostics ne sont pas listés.`,
  },
} satisfies Catalogue;

const NUMBER_FORMS = {
  /** French writes a decimal comma. */
  decimal: { en: ({ text }: { text: string }) => text, fr: ({ text }: { text: string }) => text.replace('.', ',') },
} satisfies Catalogue;

export interface BuildOptions {
  /** Draw the journey maps (the HTML document); a drawing function from the journey renderer. */
  drawJourney?: (journeyId: string) => string;
  /** At most this many journey maps are drawn, the most painful first (default 3). */
  maxJourneyMaps?: number;
  /** At most this many journeys are told in the body, the most painful first, in file order (default 8). */
  maxJourneys?: number;
  /** At most this many diagnostics in the annex (default 200). */
  maxDiagnostics?: number;
}

/** The document plus its two drawings as SVG (what the HTML document and the Office pictures show). */
export interface RoadmapDocumentWithDrawings extends RoadmapDocument {
  drawings: { radar: string; timeline: string };
}

type Ctx = {
  lang: Language;
  e: Engagement;
  f: EngagementFacts;
  plan: DocumentPlan;
  dims: DimensionAssessment[];
  t: (text: string) => string;
  all: DocumentInitiative[];
  byId: Map<string, DocumentInitiative>;
  date?: string;
  sentences: Map<string, string>;
  worst: Map<Journey, { step: Step; score: number }[]>;
};

/** Undefined when the file did not pass the schema (there is then nothing to plan). */
export function buildRoadmapDocument(analysis: EngagementAnalysis, lang: Language = analysis.language, options: BuildOptions = {}): RoadmapDocumentWithDrawings | undefined {
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) return undefined;
  const { engagement: e, maturity, roadmap } = assessed;
  const f = new EngagementFacts(e);
  const plan = documentPlan(analysis, e, roadmap, maturity);
  const all = plan.phases.flatMap((p) => p.initiatives);
  // Titles and names recur in every section: typeset each distinct string once.
  const typeset1 = new Map<string, string>();
  const t = (text: string) => {
    let out = typeset1.get(text);
    if (out === undefined) { out = typeset(text, lang); typeset1.set(text, out); }
    return out;
  };
  const c: Ctx = {
    lang, e, f, plan, dims: maturity.dimensions, t, all,
    byId: new Map([...all, ...plan.backlog].map((i) => [i.id, i])), sentences: new Map(), worst: new Map(), ...(e.engagement.date ? { date: e.engagement.date } : {}),
  };
  const standing = standingSection(c, maturity.overall);
  const plannedSection = planSection(c);
  const doc: RoadmapDocumentWithDrawings = {
    lang,
    title: c.t(w(HEADINGS.title, lang)),
    client: c.t(e.engagement.client),
    subtitle: c.t(e.engagement.title ?? ''),
    facts: factsOf(c, maturity.overall),
    summary: summarySection(c, maturity.overall),
    standing,
    journeys: journeysSection(c, options),
    segments: segmentsSection(c),
    matrix: matrixSection(c),
    plan: plannedSection,
    cards: cardsSection(c),
    governance: governanceSection(c),
    risks: risksSection(c),
    targets: targetsSection(c, options),
    annex: annexSection(c, analysis, options.maxDiagnostics ?? 200),
    drawings: { radar: radarSvg(standing.radar), timeline: timelineSvg(plannedSection.timeline) },
  };
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Words shared by the sections

const phaseName = (c: Ctx, phase: DocumentPhase) => w(PHASE_NAMES[phase.id], c.lang);

/** « octobre – décembre 2026 » with a date, else « mois 1 à 3 ». Months are counted from the date. */
function windowText(c: Ctx, start: number, end: number): string {
  const last = Math.max(start, end - 1);
  if (c.date) {
    const a = monthInWords(c.date, start, c.lang)!;
    const b = monthInWords(c.date, last, c.lang)!;
    if (a === b) return a;
    const [aMonth, aYear] = [a.slice(0, a.lastIndexOf(' ')), a.slice(a.lastIndexOf(' ') + 1)];
    return aYear === b.slice(b.lastIndexOf(' ') + 1) ? `${aMonth} – ${b}` : `${a} – ${b}`;
  }
  if (start === last) return localize(DOCUMENT_TEXTS.monthSpan, c.lang, { start: start + 1 });
  return localize(DOCUMENT_TEXTS.monthsSpan, c.lang, { start: start + 1, last: last + 1 });
}

/** The month a KPI is due, in words: « fin décembre 2026 » / « end of December 2026 », else « mois 3 ». */
function dueText(c: Ctx, month: number | undefined): string {
  if (month === undefined) return '';
  if (c.date) return localize(DOCUMENT_TEXTS.endOfNamedMonth, c.lang, { month: monthInWords(c.date, Math.max(0, month - 1), c.lang)! });
  return localize(DOCUMENT_TEXTS.endOfMonth, c.lang, { month });
}

/** The plain sentence of a dimension, computed once per document (cards fall back on it). */
function sentenceOf(c: Ctx, d: DimensionAssessment): string {
  let sentence = c.sentences.get(d.id);
  if (sentence === undefined) { sentence = dimensionSentence(d, c.e, c.f, c.lang); c.sentences.set(d.id, sentence); }
  return sentence;
}

const dimName = (c: Ctx, id: DimensionAssessment['id']) => dimensionLabel(id, c.lang);
const channelName = (c: Ctx, id: string) => c.f.channelsById.get(id)?.name ?? id;
const segmentName = (c: Ctx, id: string) => c.f.segmentsById.get(id)?.name ?? id;

/** The steps of current journeys lived badly, worst first: emotion ≤ −1, or a critical moment with no one to reach. */
function worstSteps(c: Ctx, journey: Journey): { step: Step; score: number }[] {
  const cached = c.worst.get(journey);
  if (cached) return cached;
  const out: { step: Step; score: number }[] = [];
  for (const stage of journey.stages) for (const step of stage.steps) {
    const unreachable = step.critical && !c.f.personReachable(step, stage);
    const emotion = step.emotion ?? 0;
    if (emotion <= -1 || unreachable || (step.pain && emotion <= 0)) {
      out.push({ step, score: -emotion * 2 + (step.critical ? 2 : 0) + (unreachable ? 2 : 0) + (step.pain ? 1 : 0) });
    }
  }
  out.sort((a, b) => b.score - a.score || a.step.order - b.step.order);
  c.worst.set(journey, out);
  return out;
}

function worstMoment(c: Ctx, journey: Journey, step: Step): WorstMoment {
  const stage = journey.stages[step.stageIndex]!;
  const feelings: string[] = [];
  if (step.emotion !== undefined && step.emotion <= -1) feelings.push(w(EMOTION_WORDS[step.emotion]!, c.lang));
  if (step.critical) feelings.push(localize(DOCUMENT_TEXTS.criticalMoment, c.lang));
  if (step.critical && !c.f.personReachable(step, stage)) feelings.push(localize(DOCUMENT_TEXTS.noOneToReach, c.lang));
  return {
    where: c.t(`${stage.name} — ${channelName(c, step.channel)}`),
    action: c.t(step.action),
    quote: step.pain ? c.t(quoted(step.pain, c.lang)) : '',
    feeling: c.t(capitalise(feelings.join(', '))),
    ref: step.key,
  };
}

// ---------------------------------------------------------------------------------------------
// Header and summary

function factsOf(c: Ctx, overall: { level: number; maturity: keyof typeof MATURITY_PHRASES }): DocumentFact[] {
  const info = c.e.engagement;
  const facts: [string, string | undefined][] = [
    [w(FACT_LABELS.sector, c.lang), info.sector],
    [w(FACT_LABELS.date, c.lang), info.date ? dateInWords(info.date, c.lang) : undefined],
    [w(FACT_LABELS.consultants, c.lang), info.consultants.length ? listOf(info.consultants, c.lang) : undefined],
    [w(FACT_LABELS.change, c.lang), capitalise(w(STAGE_STANDING[c.e.change.stage], c.lang))],
    [w(FACT_LABELS.overall, c.lang), `${overall.level}/5, ${w(MATURITY_PHRASES[overall.maturity], c.lang)}`],
  ];
  return facts.filter((x): x is [string, string] => typeof x[1] === 'string' && x[1] !== '').map(([label, value]) => ({ label: c.t(label), value: c.t(value) }));
}

function failedMoments(c: Ctx): { journey: Journey; step: Step }[] {
  const out: { journey: Journey; step: Step }[] = [];
  for (const journey of currentJourneys(c.e)) for (const step of journey.steps) if (step.critical && step.emotion !== undefined && step.emotion <= -1) out.push({ journey, step });
  return out;
}

function summarySection(c: Ctx, overall: { level: number; maturity: keyof typeof MATURITY_PHRASES }): SummarySection {
  const { lang } = c;
  const messages = c.plan.summary.length ? [...c.plan.summary] : derivedMessages(c, overall);
  const first = c.plan.phases[0];
  const firstTitles = first ? first.initiatives.slice(0, 3).map((i) => quoted(i.title, lang)) : [];
  const quickWins = first ? first.initiatives.filter((i) => i.quickWin).length : 0;
  const next = c.plan.phases[1];
  let decision: string;
  if (c.plan.decision) {
    // Under its own heading, the planner's « Décision demandée : … » needs no label of its own.
    decision = capitalise(c.plan.decision.replace(/^\s*(décision demandée|decision asked( of the board)?|the decision)\s*[:\u00a0]\s*:?\s*/i, ''));
  } else if (!first) {
    decision = localize(DOCUMENT_TEXTS.noPhaseIsPlanned, lang);
  } else {
    const window = windowText(c, first.startMonth, first.endMonth);
    decision = localize(DOCUMENT_TEXTS.firstPhaseDecision, lang, {
      phase: phaseName(c, first), window, initiatives: first.initiatives.length, quickWins, firstTitles: listOf(firstTitles, lang),
      next: next ? phaseName(c, next) : '', due: next ? dueText(c, first.endMonth) : '',
    });
  }
  const alerts = c.plan.alerts.length ? c.plan.alerts : derivedAlerts(c);
  return {
    heading: c.t(w(HEADINGS.summary, lang)),
    messages: messages.map(c.t),
    decisionHeading: c.t(w(HEADINGS.decision, lang)),
    decision: c.t(decision),
    alerts: alerts.map(c.t),
  };
}

function derivedMessages(c: Ctx, overall: { level: number; maturity: keyof typeof MATURITY_PHRASES }): string[] {
  const { lang } = c;
  const weakest = [...c.dims].sort((a, b) => a.level - b.level).filter((d) => d.level <= 2).slice(0, 3);
  const messages: string[] = [];
  const weak = listOf(weakest.map((d) => `${dimName(c, d.id).toLowerCase()} (${d.level}/5)`), lang);
  messages.push(localize(DOCUMENT_TEXTS.overallStanding, lang, { client: c.e.engagement.client, level: overall.level, maturity: w(MATURITY_PHRASES[overall.maturity], lang), weakest: weakest.length ? weak : '' }));
  const failed = failedMoments(c);
  const worst = currentJourneys(c.e).flatMap((j) => worstSteps(c, j).map((s) => ({ j, ...s }))).sort((a, b) => b.score - a.score)[0];
  if (failed.length || worst) {
    const quote = worst ? (worst.step.pain ? quoted(worst.step.pain, lang) : quoted(worst.step.action, lang)) : '';
    messages.push(localize(DOCUMENT_TEXTS.momentsLivedBadly, lang, { failed: failed.length, quote, journey: worst?.j.name ?? '' }));
  }
  const months = Math.max(0, ...c.plan.phases.map((p) => p.endMonth));
  const quick = c.all.filter((i) => i.quickWin).length;
  messages.push(localize(DOCUMENT_TEXTS.planSize, lang, { initiatives: c.all.length, months, phases: c.plan.phases.length, quickWins: quick }));
  return messages;
}

function derivedAlerts(c: Ctx): string[] {
  if (c.e.change.stage !== 'maintenance') return [];
  const weak = c.dims.filter((d) => d.level <= 2);
  if (!weak.length) return [];
  const names = listOf(weak.map((d) => `${dimName(c, d.id).toLowerCase()} (${d.level}/5)`), c.lang);
  return [localize(DOCUMENT_TEXTS.relapseAlert, c.lang, { weak: names })];
}

// ---------------------------------------------------------------------------------------------
// Where the client stands

function standingSection(c: Ctx, overall: { level: number; maturity: keyof typeof MATURITY_PHRASES }): StandingSection {
  const { lang } = c;
  const dims = c.dims.map((d) => ({
    id: d.id, name: c.t(dimName(c, d.id)), level: d.level, levelText: `${d.level}/5`,
    bar: '●'.repeat(d.level) + '○'.repeat(5 - d.level), sentence: c.t(sentenceOf(c, d)),
  }));
  return {
    heading: c.t(w(HEADINGS.standing, lang)),
    overall: c.t(localize(DOCUMENT_TEXTS.overallMaturity, lang, { level: overall.level, maturity: w(MATURITY_PHRASES[overall.maturity], lang) })),
    radar: radarView(c.t(w(HEADINGS.radar, lang)), dims.map((d, i) => ({ id: d.id, name: d.name, level: d.level, assessed: c.dims[i]!.source === 'assessed' })), (level) => `${level}/5`),
    headers: [c.t(localize(DOCUMENT_TEXTS.dimension, c.lang)), c.t(localize(DOCUMENT_TEXTS.level, c.lang)), c.t(localize(DOCUMENT_TEXTS.whatItMeans, c.lang))],
    dimensions: dims,
  };
}

// ---------------------------------------------------------------------------------------------
// Journeys

function journeyView(c: Ctx, journey: Journey, draw: ((id: string) => string) | undefined): JourneyView {
  const channels = new Set(journey.steps.map((s) => s.channel)).size;
  const breaks = c.f.channelSwitches(journey).filter((s) => s.continuityBreak).length;
  const summary = localize(DOCUMENT_TEXTS.journeySummary, c.lang, { segment: segmentName(c, journey.segment), steps: journey.steps.length, channels, breaks });
  const worst = worstSteps(c, journey).slice(0, 3).map(({ step }) => worstMoment(c, journey, step));
  const calm = worst.length ? '' : localize(DOCUMENT_TEXTS.noMomentLivedBadly, c.lang);
  return {
    id: journey.id,
    name: c.t(journey.name),
    summary: c.t(summary + calm),
    worstMoments: worst,
    drawn: draw !== undefined,
    svg: draw ? draw(journey.id) : '',
  };
}

function journeysSection(c: Ctx, options: BuildOptions): JourneysSection {
  const journeys = currentJourneys(c.e);
  const maxTold = options.maxJourneys ?? 8;
  const maxDrawn = Math.min(maxTold, options.maxJourneyMaps ?? 3);
  // The most painful journeys are told (and drawn), in the file's order; the others are counted:
  // a board reads a few journeys, not 500.
  const pain = new Map(journeys.map((j) => [j, worstSteps(c, j).reduce((n, s) => n + s.score, 0)]));
  const ranked = [...journeys].sort((a, b) => pain.get(b)! - pain.get(a)! || a.index - b.index);
  const told = new Set(ranked.slice(0, maxTold));
  const drawn = new Set(ranked.slice(0, maxDrawn));
  const views = journeys.filter((j) => told.has(j)).map((j) => journeyView(c, j, options.drawJourney && drawn.has(j) ? options.drawJourney : undefined));
  const rest = journeys.length - told.size;
  const notDrawn = rest > 0
    ? localize(DOCUMENT_TEXTS.journeysNotTold, c.lang, { rest })
    : '';
  const intro = journeys.length === 0
    ? localize(DOCUMENT_TEXTS.noJourneyYet, c.lang)
    : localize(DOCUMENT_TEXTS.journeysIntro, c.lang, { journeys: journeys.length });
  return { heading: c.t(w(HEADINGS.journeys, c.lang)), intro: c.t(intro), journeys: views, notDrawn: c.t(notDrawn) };
}

// ---------------------------------------------------------------------------------------------
// Segments

function segmentsSection(c: Ctx): SegmentsSection {
  const { lang } = c;
  return {
    heading: c.t(w(HEADINGS.segments, lang)),
    initiativesLabel: c.t(localize(DOCUMENT_TEXTS.segmentInitiativesLabel, lang)),
    segments: c.e.segments.map((s) => {
      const revenue = (s as Segment & { revenueShare?: number }).revenueShare;
      const shares = [
        s.share === undefined ? '' : localize(DOCUMENT_TEXTS.customerShare, lang, { share: s.share }),
        revenue === undefined ? '' : localize(DOCUMENT_TEXTS.revenueShare, lang, { share: revenue }),
      ].filter(Boolean).join(localize(DOCUMENT_TEXTS.listSeparator, lang));
      const intensity = w(INTENSITY_PHRASES[s.digitalIntensity], lang);
      const profile = shares ? `${capitalise(shares)}${localize(DOCUMENT_TEXTS.clauseSeparator, lang)}${intensity}.` : `${capitalise(intensity)}.`;
      const expected = c.f.expectations(s);
      const unmet = c.f.unmetExpectations(s);
      const met = expected.filter((x) => !unmet.includes(x));
      const wordsOf = (list: typeof expected) => listOf(list.map((x) => CAPABILITY_WORDS[x][lang]), lang);
      let expectations = expected.length === 0
        ? localize(DOCUMENT_TEXTS.expectsNothingOnline, lang)
        : unmet.length === 0
          ? localize(DOCUMENT_TEXTS.expectationsMet, lang, { met: wordsOf(met) })
          : localize(DOCUMENT_TEXTS.expectationsUnmet, lang, { unmet: wordsOf(unmet), met: met.length ? wordsOf(met) : '' });
      if (c.f.needsOnlineVisibility(s) && !c.f.visibleOnline) {
        expectations += localize(DOCUMENT_TEXTS.hardToFindOnline, lang);
      }
      const journeys = c.f.journeysOf(s).filter((j) => currentJourneys(c.e).includes(j));
      const worst = journeys.flatMap((j) => worstSteps(c, j).map((x) => ({ j, ...x }))).sort((a, b) => b.score - a.score)[0];
      const names = listOf(journeys.map((j) => quoted(j.name, lang)), lang);
      const lived = journeys.length === 0
        ? localize(DOCUMENT_TEXTS.noJourneyForSegment, lang)
        : localize(DOCUMENT_TEXTS.segmentJourneys, lang, { journeys: journeys.length, names, hardest: worst ? quoted(worst.step.pain ?? worst.step.action, lang) : '' });
      const serving = c.all.filter((i) => i.segments.includes(s.id));
      const fallback = serving.length ? serving : c.all.filter((i) =>
        (i.dimension === 'digital-journey' && unmet.length > 0) || (i.dimension === 'visibility' && c.f.needsOnlineVisibility(s) && !c.f.visibleOnline)
        || (i.dimension === 'human-touch' && worst?.step.critical === true) || (i.dimension === 'channel-integration' && journeys.some((j) => c.f.channelSwitches(j).some((x) => x.continuityBreak))));
      const seen = new Set<string>();
      const titles = fallback.filter((i) => !seen.has(i.title) && seen.add(i.title)).slice(0, 6).map((i) => c.t(i.title));
      return { id: s.id, name: c.t(s.name), profile: c.t(profile), expectations: c.t(expectations), lived: c.t(lived), initiatives: titles };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Impact × effort

function matrixSection(c: Ctx): MatrixSection {
  const { lang } = c;
  const impacts = c.all.map((i) => i.impact).sort((a, b) => a - b);
  const median = impacts.length ? impacts[Math.floor((impacts.length - 1) / 2)]! : 0;
  const high = (i: DocumentInitiative) => i.impact >= median && i.impact > 0;
  const low = (i: DocumentInitiative) => i.effort === 'S';
  const item = (i: DocumentInitiative) => ({ ref: i.id, title: c.t(i.title), quickWin: i.quickWin });
  const q = (key: MatrixQuadrant['key'], title: string, hint: string, keep: (i: DocumentInitiative) => boolean): MatrixQuadrant =>
    ({ key, title: c.t(title), hint: c.t(hint), items: c.all.filter(keep).sort((a, b) => b.priority - a.priority).map(item) });
  return {
    heading: c.t(w(HEADINGS.matrix, lang)),
    intro: c.t(localize(DOCUMENT_TEXTS.matrixIntro, lang)),
    axes: {
      highImpact: c.t(localize(DOCUMENT_TEXTS.highImpact, lang)), lowImpact: c.t(localize(DOCUMENT_TEXTS.moderateImpact, lang)),
      lowEffort: c.t(localize(DOCUMENT_TEXTS.lowEffort, lang)), highEffort: c.t(localize(DOCUMENT_TEXTS.mediumOrLargeEffort, lang)),
    },
    quadrants: [
      // The planner's quick wins are quick wins, whatever the median says.
      q('quick-wins', localize(DOCUMENT_TEXTS.quickWins, lang), localize(DOCUMENT_TEXTS.quickWinsHint, lang), (i) => i.quickWin || (high(i) && low(i))),
      q('major-projects', localize(DOCUMENT_TEXTS.majorProjects, lang), localize(DOCUMENT_TEXTS.majorProjectsHint, lang), (i) => !i.quickWin && high(i) && !low(i)),
      q('fill-ins', localize(DOCUMENT_TEXTS.fillIns, lang), localize(DOCUMENT_TEXTS.fillInsHint, lang), (i) => !i.quickWin && !high(i) && low(i)),
      q('reconsider', localize(DOCUMENT_TEXTS.toReconsider, lang), localize(DOCUMENT_TEXTS.reconsiderHint, lang), (i) => !i.quickWin && !high(i) && !low(i)),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The dated roadmap

function planSection(c: Ctx): PlanSection {
  const { lang } = c;
  const phases = c.plan.phases.map((p) => ({ id: p.id, name: c.t(phaseName(c, p)), startMonth: p.startMonth, endMonth: p.endMonth }));
  const bars = c.plan.phases.flatMap((p) => [...p.initiatives].sort((a, b) => a.startMonth - b.startMonth).map((i) => ({
    id: i.id, title: c.t(i.title), phaseId: p.id, startMonth: i.startMonth, workEndMonth: i.workEndMonth, endMonth: i.endMonth, quickWin: i.quickWin,
    dependsOn: i.dependsOn.filter((d) => c.byId.has(d)), windowText: c.t(windowText(c, i.startMonth, i.workEndMonth)),
  })));
  const tick = (month: number) => c.t(c.date ? monthInWords(c.date, month, lang)! : localize(DOCUMENT_TEXTS.timelineTick, lang, { month }));
  const timeline = timelineView(c.t(w(HEADINGS.timeline, lang)), phases, bars, tick);
  const rows = c.plan.phases.flatMap((p) => p.initiatives.map((i) => [
    c.t(phaseName(c, p)), c.t(`${i.title}${i.quickWin ? (localize(DOCUMENT_TEXTS.quickWinSuffix, lang)) : ''}`), c.t(windowText(c, i.startMonth, i.workEndMonth)),
    c.t(i.owner), c.t(i.dependsOn.filter((d) => c.byId.has(d)).map((d) => c.byId.get(d)!.title).join(' ; ') || '—'),
  ]));
  const months = Math.max(0, ...c.plan.phases.map((p) => p.endMonth));
  const backlog = c.plan.backlog.length
    ? localize(DOCUMENT_TEXTS.backlogLine, lang, { titles: listOf(c.plan.backlog.map((i) => quoted(i.title, lang)), lang) })
    : '';
  return {
    heading: c.t(w(HEADINGS.plan, lang)),
    intro: c.t(localize(DOCUMENT_TEXTS.planIntro, lang, { phases: c.plan.phases.length, months, date: c.date ? dateInWords(c.date, lang) : '' })),
    timeline,
    legend: c.t(localize(DOCUMENT_TEXTS.timelineLegend, lang)),
    table: {
      headers: [localize(DOCUMENT_TEXTS.phase, lang), localize(DOCUMENT_TEXTS.initiative, lang), localize(DOCUMENT_TEXTS.when, lang), localize(DOCUMENT_TEXTS.owner, lang), localize(DOCUMENT_TEXTS.comesAfter, lang)].map(c.t),
      rows,
    },
    backlog: c.t(backlog),
  };
}

// ---------------------------------------------------------------------------------------------
// Cards

function card(c: Ctx, i: DocumentInitiative): InitiativeCard {
  const { lang } = c;
  const dim = c.dims.find((d) => d.id === i.dimension)!;
  const why = i.why || sentenceOf(c, dim);
  const facts: DocumentFact[] = [];
  const add = (label: { en: string; fr: string }, value: string) => { if (value) facts.push({ label: c.t(w(label, lang)), value: c.t(value) }); };
  add(FACT_LABELS.owner, i.owner);
  add(FACT_LABELS.when, windowText(c, i.startMonth, i.workEndMonth));
  add(FACT_LABELS.effort, capitalise(w(EFFORT_WORDS[i.effort], lang)));
  const deps = i.dependsOn.filter((d) => c.byId.has(d)).map((d) => quoted(c.byId.get(d)!.title, lang));
  add(FACT_LABELS.dependsOn, listOf(deps, lang));
  if (i.targetLevel !== undefined) add(FACT_LABELS.target, `${dimName(c, i.dimension)} : ${dim.level}/5 → ${i.targetLevel}/5`.replace(' :', localize(DOCUMENT_TEXTS.targetColon, lang)));
  const segs = i.segments.filter((s) => c.f.segmentsById.has(s)).map((s) => segmentName(c, s));
  add(FACT_LABELS.segments, listOf(segs, lang));
  const barriers = i.barriers.map((b, k) => `${(k === 0 ? (x: string) => x : lowerFirst)(w(BARRIER_NAMES[b.type], lang))}${b.who ? ` (${b.who})` : ''}${localize(DOCUMENT_TEXTS.labelColon, lang)}${lowerFirst(b.answer.trim().replace(/[.。]+$/, ''))}`);
  add(barriers.length > 1 ? FACT_LABELS.barriersMany : FACT_LABELS.barriers, barriers.join(localize(DOCUMENT_TEXTS.clauseSeparator, lang)));
  if (i.status !== 'planned' && STATUS_WORDS[i.status]) add(FACT_LABELS.status, capitalise(w(STATUS_WORDS[i.status]!, lang)));
  const toMeasure = localize(DOCUMENT_TEXTS.toBeMeasured, lang);
  const toSet = localize(DOCUMENT_TEXTS.toBeSet, lang);
  return {
    id: i.id,
    title: c.t(i.title),
    quickWin: i.quickWin,
    badge: i.quickWin ? c.t(localize(DOCUMENT_TEXTS.quickWinBadge, lang)) : '',
    why: c.t(why),
    facts,
    kpis: i.kpis.map((k) => ({
      name: c.t(k.name), baseline: c.t(k.baseline || toMeasure),
      target: c.t(k.target || (i.targetLevel !== undefined ? `${localize(DOCUMENT_TEXTS.levelWord, lang)} ${i.targetLevel}/5` : toSet)), due: c.t(dueText(c, k.due)),
    })),
  };
}

function cardsSection(c: Ctx): CardsSection {
  const { lang } = c;
  return {
    heading: c.t(w(HEADINGS.cards, lang)),
    kpiHeaders: [FACT_LABELS.kpi, FACT_LABELS.baseline, FACT_LABELS.goal, FACT_LABELS.due].map((l) => c.t(w(l, lang))) as [string, string, string, string],
    phases: c.plan.phases.map((p) => ({
      id: p.id,
      heading: c.t(`${phaseName(c, p)} — ${windowText(c, p.startMonth, p.endMonth)}`),
      goal: c.t(p.title),
      cards: p.initiatives.map((i) => card(c, i)),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Governance and risks

function governanceSection(c: Ctx): GovernanceSection {
  const { lang } = c;
  const owners = new Map<string, DocumentInitiative[]>();
  for (const i of c.all) owners.set(i.owner, [...(owners.get(i.owner) ?? []), i]);
  const names = [...owners.keys()];
  const paragraphs = [
    localize(DOCUMENT_TEXTS.governanceSponsor, lang),
    localize(DOCUMENT_TEXTS.steeringCommittee, lang, { owners: names.length ? listOf(names, lang) : '', itApart: c.e.organisation.itMarketingAlignment !== 'full' }),
    localize(DOCUMENT_TEXTS.governanceReview, lang),
  ];
  const rows = [...owners].map(([owner, list]) => {
    const firstEnd = Math.min(...list.map((i) => i.endMonth));
    return [c.t(owner), String(list.length), c.t(dueText(c, firstEnd))];
  });
  return {
    heading: c.t(w(HEADINGS.governance, lang)),
    paragraphs: paragraphs.map(c.t),
    table: { headers: [localize(DOCUMENT_TEXTS.owner, lang), localize(DOCUMENT_TEXTS.initiatives, lang), localize(DOCUMENT_TEXTS.firstDue, lang)].map(c.t), rows },
  };
}

function risksSection(c: Ctx): RisksSection {
  const { lang } = c;
  const barriers = c.e.change.barriers;
  const rows = barriers.map((b) => {
    const answering = c.all.filter((i) => i.barriers.some((a) => a.type === b.type && (a.who ?? '') === (b.who ?? '')));
    const answers = [...new Set(answering.flatMap((i) => i.barriers.filter((a) => a.type === b.type).map((a) => a.answer)))];
    const seen = new Set<string>();
    const titles = answering.filter((i) => !seen.has(i.title) && seen.add(i.title)).slice(0, 3).map((i) => quoted(i.title, lang));
    const risk = `${capitalise(w(BARRIER_RISKS[b.type], lang))}.${b.note ? ` ${quoted(b.note, lang)}` : ''}`;
    const sentence = (text: string) => { const t = capitalise(text.trim()); return /[.!?…]$/.test(t) ? t : `${t}.`; };
    const answer = answers.length
      ? `${answers.map(sentence).join(' ')}${titles.length ? ` ${localize(DOCUMENT_TEXTS.inThePlan, lang)}${localize(DOCUMENT_TEXTS.labelColon, lang)}${listOf(titles, lang)}.` : ''}`
      : localize(DOCUMENT_TEXTS.barrierUnanswered, lang);
    return [c.t(`${w(BARRIER_NAMES[b.type], lang)}${b.who ? ` — ${b.who}` : ''}`), c.t(risk), c.t(answer)];
  });
  const intro = barriers.length
    ? localize(DOCUMENT_TEXTS.barriersFound, lang, { barriers: barriers.length })
    : localize(DOCUMENT_TEXTS.noBarrierNamed, lang);
  return {
    heading: c.t(w(HEADINGS.risks, lang)),
    intro: c.t(intro),
    table: { headers: [localize(DOCUMENT_TEXTS.barrier, lang), localize(DOCUMENT_TEXTS.risk, lang), localize(DOCUMENT_TEXTS.planAnswer, lang)].map(c.t), rows },
  };
}

// ---------------------------------------------------------------------------------------------
// Target journeys

function targetsSection(c: Ctx, options: BuildOptions): TargetsSection {
  const pairs = c.e.journeys.flatMap((target) => {
    const t = target as Journey & { state?: string; redesigns?: string };
    if (t.state !== 'target' || !t.redesigns) return [];
    const current = c.e.journeys.find((j) => j.id === t.redesigns && (j as Journey & { state?: string }).state !== 'target');
    if (!current) return [];
    const breaks = (j: Journey) => c.f.channelSwitches(j).filter((s) => s.continuityBreak).length;
    const bad = (j: Journey) => j.steps.filter((s) => s.emotion !== undefined && s.emotion <= -1).length;
    const channels = (j: Journey) => new Set(j.steps.map((s) => s.channel)).size;
    const { lang } = c;
    // Only what the redesign changes, each as « now instead of before ».
    const facts: [number, number, Localized<{ n: number }>][] = [
      [target.steps.length, current.steps.length, DOCUMENT_TEXTS.stepCount],
      [channels(target), channels(current), DOCUMENT_TEXTS.channelCount],
      [breaks(target), breaks(current), DOCUMENT_TEXTS.breakCount],
      [bad(target), bad(current), DOCUMENT_TEXTS.badMomentCount],
    ];
    const parts = facts.filter(([now, before]) => now !== before).map(([now, before, counted]) =>
      `${localize(counted, lang, { n: now })} ${localize(DOCUMENT_TEXTS.insteadOf, lang)} ${before}`);
    const names = localize(DOCUMENT_TEXTS.redesigns, lang, { target: target.name, current: current.name });
    const change = parts.length
      ? `${names}${localize(DOCUMENT_TEXTS.labelColon, lang)}${listOf(parts, lang)}.`
      : localize(DOCUMENT_TEXTS.redesignChangesNothing, lang, { names });
    return [{ current: journeyView(c, current, options.drawJourney), target: journeyView(c, target, options.drawJourney), change: c.t(change) }];
  });
  return { heading: c.t(w(HEADINGS.targets, c.lang)), pairs };
}

// ---------------------------------------------------------------------------------------------
// Annex: what the consultant checks (ids, YAML lines, scoring, diagnostics)

function annexSection(c: Ctx, analysis: EngagementAnalysis, maxDiagnostics: number): AnnexSection {
  const { lang } = c;
  // An absence has no line: nothing to point at in the file.
  const line = (n: number | undefined) => (n === undefined ? '' : localize(DOCUMENT_TEXTS.lineRef, lang, { line: n }));
  const source = (s: 'derived' | 'assessed') => (s === 'assessed' ? (localize(DOCUMENT_TEXTS.assessedSource, lang)) : localize(DOCUMENT_TEXTS.derivedSource, lang));
  const diagnostics = analysis.diagnostics.slice(0, maxDiagnostics);
  const severity = { error: localize(DOCUMENT_TEXTS.error, lang), warning: localize(DOCUMENT_TEXTS.warning, lang), info: localize(DOCUMENT_TEXTS.info, lang)} as const;
  const initiatives = [...c.plan.phases.flatMap((p) => p.initiatives), ...c.plan.backlog];
  return {
    heading: c.t(w(HEADINGS.annex, lang)),
    intro: c.t(localize(DOCUMENT_TEXTS.annexIntro, lang)),
    scoringHeading: c.t(localize(DOCUMENT_TEXTS.scoringTable, lang)),
    scoring: {
      headers: [localize(DOCUMENT_TEXTS.dimension, lang), localize(DOCUMENT_TEXTS.id, lang), localize(DOCUMENT_TEXTS.level, lang), localize(DOCUMENT_TEXTS.derivedLevel, lang), localize(DOCUMENT_TEXTS.source, lang)].map(c.t),
      rows: c.dims.map((d) => [c.t(dimName(c, d.id)), d.id, `${d.level}/5`, `${d.derivedLevel}/5`, c.t(source(d.source))]),
    },
    evidenceHeading: c.t(localize(DOCUMENT_TEXTS.evidence, lang)),
    dimensions: c.dims.map((d) => ({
      id: d.id, name: c.t(dimName(c, d.id)), level: d.level, derivedLevel: d.derivedLevel, source: c.t(source(d.source)),
      evidence: d.evidence.map((ev) => ({ text: c.t(ev.text), where: c.t(line(ev.line)) })),
    })),
    initiativesHeading: c.t(localize(DOCUMENT_TEXTS.initiativesAndIds, lang)),
    initiatives: {
      headers: [localize(DOCUMENT_TEXTS.id, lang), localize(DOCUMENT_TEXTS.initiative, lang), localize(DOCUMENT_TEXTS.dimension, lang), localize(DOCUMENT_TEXTS.phase, lang), localize(DOCUMENT_TEXTS.origin, lang), 'Effort', 'Impact', localize(DOCUMENT_TEXTS.priority, lang)].map(c.t),
      rows: initiatives.map((i) => [
        i.id, c.t(i.title), i.dimension, i.phase, c.t(i.source === 'consultant' ? (localize(DOCUMENT_TEXTS.consultantOrigin, lang)) : localize(DOCUMENT_TEXTS.generatedOrigin, lang)),
        i.effort, formatNumber(i.impact, lang), formatNumber(i.priority, lang),
      ]),
    },
    diagnosticsHeading: c.t(localize(DOCUMENT_TEXTS.diagnosticsHeading, lang)),
    diagnostics: {
      headers: [localize(DOCUMENT_TEXTS.line, lang), localize(DOCUMENT_TEXTS.severity, lang), 'Code', 'Message'].map(c.t),
      rows: diagnostics.map((d) => [String(d.range.line), c.t(severity[d.severity]), d.code, c.t(d.message)]),
    },
    diagnosticsMore: analysis.diagnostics.length > diagnostics.length
      ? c.t(localize(DOCUMENT_TEXTS.diagnosticsNotListed, lang, { more: analysis.diagnostics.length - diagnostics.length }))
      : '',
  };
}

/** Lower-cases the first letter unless the first word is an acronym or a name in capitals (« DSI »). */
function lowerFirst(text: string): string {
  return /^\p{Lu}[\p{Ll}’']/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function formatNumber(n: number, lang: Language): string {
  return localize(NUMBER_FORMS.decimal, lang, { text: (Math.round(n * 100) / 100).toString() });
}
