/**
 * The roadmap document as a view model: what the board reads, in the contract's order, every
 * string already in the document's language and typeset (src/core/text/typography.ts), tables as
 * rows, the drawings as geometry. The Handlebars built-ins (templates/) only lay it out; the Office
 * writers (Word, PowerPoint) read the same object, so every format says the same thing.
 *
 * Strings are plain text: never markup, never escaped. Each writer escapes for its own format.
 * Ids appear only in fields named `id`/`ref` (for `data-*` attributes and links) and in the annex.
 */
import type { Language } from '../model/vocabulary';
import type { RadarView } from './radarView';
import type { TimelineView } from './timelineView';

/** A label and its value, e.g. « Secteur » / « Négoce B2B ». */
export interface DocumentFact { label: string; value: string }

/** A table: header cells and rows of cells, all plain text. */
export interface DocumentTable { headers: string[]; rows: string[][] }

export interface SummarySection {
  heading: string;
  /** 2 to 4 key messages for the board. */
  messages: string[];
  /** The decision asked of the board, one paragraph. */
  decisionHeading: string;
  decision: string;
  /** Alerts (e.g. a relapse risk), already worded; empty when none. */
  alerts: string[];
}

export interface DimensionStanding {
  id: string;
  name: string;
  level: number;
  /** "2/5". */
  levelText: string;
  /** "●●○○○". */
  bar: string;
  /** One plain sentence: no id, no enum word, no line number. */
  sentence: string;
}

export interface StandingSection {
  heading: string;
  /** One sentence on the overall level and the channel maturity. */
  overall: string;
  radar: RadarView;
  /** Headers for the dimension table: dimension, level, what it means. */
  headers: [string, string, string];
  dimensions: DimensionStanding[];
}

/** A moment lived badly, quoted from the file. */
export interface WorstMoment {
  /** « Se renseigner — Site vitrine ». */
  where: string;
  /** What the customer does, as the file says it. */
  action: string;
  /** The pain in quotation marks (« … » / “…”), or ''. */
  quote: string;
  /** « très négatif », « moment critique »… */
  feeling: string;
  /** `<journey id>/<stage index>/<step index>`, for links (never shown). */
  ref: string;
}

export interface JourneyView {
  id: string;
  name: string;
  /** « Artisans — 12 étapes sur 4 canaux, 3 ruptures de continuité ». */
  summary: string;
  worstMoments: WorstMoment[];
  /** Whether the HTML document draws this journey's map (the most painful journeys first, capped). */
  drawn: boolean;
  /** The journey map (standalone SVG, escaped, no script) when drawn in HTML; '' otherwise. */
  svg: string;
}

export interface JourneysSection {
  heading: string;
  intro: string;
  /** The journeys told: the most painful ones (at most 8), in the file's order. */
  journeys: JourneyView[];
  /** How many other journeys the file describes, in one sentence ('' when every journey is told). */
  notDrawn: string;
}

export interface SegmentView {
  id: string;
  name: string;
  /** « 45 % des clients, multicanaux : ils changent de canal en cours de parcours. » */
  profile: string;
  /** What they can and cannot do online. */
  expectations: string;
  /** Their journeys and worst moment, or that none is mapped. */
  lived: string;
  /** Titles of the initiatives that serve them. */
  initiatives: string[];
}

export interface SegmentsSection { heading: string; segments: SegmentView[]; initiativesLabel: string }

export interface MatrixItem { ref: string; title: string; quickWin: boolean }
export interface MatrixQuadrant {
  key: 'quick-wins' | 'major-projects' | 'fill-ins' | 'reconsider';
  title: string;
  hint: string;
  items: MatrixItem[];
}

export interface MatrixSection {
  heading: string;
  intro: string;
  /** « Impact élevé », « Impact modéré », « Effort faible », « Effort élevé ». */
  axes: { highImpact: string; lowImpact: string; lowEffort: string; highEffort: string };
  /** [high impact × low effort, high × high, low × low, low × high]. */
  quadrants: [MatrixQuadrant, MatrixQuadrant, MatrixQuadrant, MatrixQuadrant];
}

export interface PlanSection {
  heading: string;
  intro: string;
  timeline: TimelineView;
  /** How to read the timeline (solid: the work; light: the follow-up; orange: quick wins). */
  legend: string;
  /** The dated roadmap as a table (the Markdown document shows this instead of the drawing). */
  table: DocumentTable;
  /** Initiatives that did not fit, ranked, as one sentence (empty when none). */
  backlog: string;
}

export interface KpiView { name: string; baseline: string; target: string; due: string }

export interface InitiativeCard {
  id: string;
  title: string;
  quickWin: boolean;
  /** « Gain rapide », or ''. */
  badge: string;
  /** Labelled lines, in this order: why, owner, KPI(s), dependencies, effort, barriers. */
  why: string;
  facts: DocumentFact[];
  kpis: KpiView[];
}

export interface PhaseCards {
  id: string;
  /** « Prendre conscience — mois 0 à 3 (octobre 2026 – janvier 2027) ». */
  heading: string;
  goal: string;
  cards: InitiativeCard[];
}

export interface CardsSection { heading: string; phases: PhaseCards[]; kpiHeaders: [string, string, string, string] }

export interface GovernanceSection { heading: string; paragraphs: string[]; table: DocumentTable }

export interface RisksSection { heading: string; intro: string; table: DocumentTable }

export interface TargetJourneyPair {
  current: JourneyView;
  target: JourneyView;
  /** What changes for the customer, in one or two sentences. */
  change: string;
}

export interface TargetsSection { heading: string; pairs: TargetJourneyPair[] }

/** `where`: « ligne 12 » / “line 12”, or '' for an absence. */
export interface AnnexEvidence { text: string; where: string }
export interface AnnexDimension {
  id: string;
  name: string;
  level: number;
  derivedLevel: number;
  /** « évalué par le consultant » / « déduit du fichier ». */
  source: string;
  evidence: AnnexEvidence[];
}

export interface AnnexSection {
  heading: string;
  intro: string;
  scoringHeading: string;
  scoring: DocumentTable;
  evidenceHeading: string;
  dimensions: AnnexDimension[];
  initiativesHeading: string;
  initiatives: DocumentTable;
  diagnosticsHeading: string;
  diagnostics: DocumentTable;
  /** « 12 autres diagnostics… » when the list is capped; else ''. */
  diagnosticsMore: string;
}

export interface RoadmapDocument {
  lang: Language;
  /** Document title and the client's name. */
  title: string;
  client: string;
  subtitle: string;
  facts: DocumentFact[];
  summary: SummarySection;
  standing: StandingSection;
  journeys: JourneysSection;
  segments: SegmentsSection;
  matrix: MatrixSection;
  plan: PlanSection;
  cards: CardsSection;
  governance: GovernanceSection;
  risks: RisksSection;
  /** Absent pairs: `pairs` is empty and the templates leave the section out. */
  targets: TargetsSection;
  annex: AnnexSection;
}
