/**
 * A transformation roadmap a client's board can approve (the contract's "planned roadmap, second
 * version"): key messages, alerts, one dated phase per change stage from the organisation's current
 * one to maintenance, each holding concrete initiatives, and a ranked backlog of what did not fit.
 * The type names are stable: the documents (templates) read them.
 */
import { evidenceToJson, type Evidence, type EvidenceJson } from '../maturity/maturityAssessment';
import type { BarrierType, ChangeStage, DimensionId, Effort, Horizon, InitiativeStatus } from '../model/vocabulary';

/** A barrier from `change.barriers` and how the initiative answers it. */
export interface BarrierAnswer {
  type: BarrierType;
  who?: string;
  answer: string;
}

export { EFFORTS, INITIATIVE_STATUSES, type Effort, type InitiativeStatus } from '../model/vocabulary';

/** Prochaska & DiClemente's processes of change. */
export const CHANGE_PROCESSES = [
  'consciousness-raising', 'dramatic-relief', 'environmental-reevaluation', 'self-reevaluation', 'self-liberation',
  'helping-relationships', 'counter-conditioning', 'reinforcement-management', 'stimulus-control', 'social-liberation',
] as const;
export type ChangeProcess = (typeof CHANGE_PROCESSES)[number];

/** A measure of the initiative: the baseline from the file (or "to be measured"), the target, the month it is due. */
export interface RoadmapKpi {
  name: string;
  baseline: string;
  target: string;
  /** Months from `engagement.date` (or the start), inside the phase window. */
  due: number;
}

export interface RoadmapInitiative {
  id: string;
  title: string;
  dimension: DimensionId;
  /** The change stage this initiative is designed for (its phase). */
  stage: ChangeStage;
  source: 'generated' | 'consultant';
  horizon: Horizon;
  /** Present only when the initiative changes a fact the level is derived from: above today's, at most two above. */
  targetLevel?: number;
  owner: string;
  kpi: string;
  barriers: BarrierAnswer[];
  evidence: Evidence[];
  /** One or two sentences built from the file's facts. */
  why: string;
  effort: Effort;
  impact: number;
  /** impact / effort weight. */
  priority: number;
  quickWin: boolean;
  /** Ids of initiatives of this roadmap that come first (same phase or earlier). */
  dependsOn: string[];
  /** Ids of the segments it serves. */
  segments: string[];
  /** Step refs `<journey id>/<stage index>/<step index>` it remedies. */
  fixes: string[];
  processes: ChangeProcess[];
  kpis: RoadmapKpi[];
  status: InitiativeStatus;
}

export interface PhaseWindow {
  startMonth: number;
  endMonth: number;
}

export interface RoadmapPhase {
  id: ChangeStage;
  title: string;
  window: PhaseWindow;
  initiatives: RoadmapInitiative[];
}

/** A key message for the board. */
export interface SummaryMessage {
  id: string;
  text: string;
  evidence: Evidence[];
}

export interface RoadmapAlert {
  code: string;
  text: string;
}

export interface Roadmap {
  stage: ChangeStage;
  summary: SummaryMessage[];
  alerts: RoadmapAlert[];
  phases: RoadmapPhase[];
  /** Initiatives that did not fit the caps, ranked. */
  backlog: RoadmapInitiative[];
}

export interface RoadmapInitiativeJson {
  id: string; title: string; dimension: DimensionId; stage: ChangeStage; source: 'generated' | 'consultant';
  horizon: Horizon; targetLevel?: number; owner: string; kpi: string; barriers: BarrierAnswer[]; evidence: EvidenceJson[];
  why: string; effort: Effort; impact: number; priority: number; quickWin: boolean; dependsOn: string[];
  segments: string[]; fixes: string[]; processes: ChangeProcess[]; kpis: RoadmapKpi[]; status: InitiativeStatus;
}

/** The `cxm roadmap --format json` shape, exactly. */
export interface RoadmapJson {
  stage: ChangeStage;
  summary: { id: string; text: string; evidence: EvidenceJson[] }[];
  alerts: RoadmapAlert[];
  phases: {
    id: ChangeStage;
    title: string;
    window: PhaseWindow;
    initiatives: RoadmapInitiativeJson[];
  }[];
  backlog: RoadmapInitiativeJson[];
}

export function initiativeToJson(i: RoadmapInitiative): RoadmapInitiativeJson {
  return {
    id: i.id,
    title: i.title,
    dimension: i.dimension,
    stage: i.stage,
    source: i.source,
    horizon: i.horizon,
    ...(i.targetLevel === undefined ? {} : { targetLevel: i.targetLevel }),
    owner: i.owner,
    kpi: i.kpi,
    barriers: i.barriers.map((b) => (b.who === undefined ? { type: b.type, answer: b.answer } : { type: b.type, who: b.who, answer: b.answer })),
    evidence: i.evidence.map(evidenceToJson),
    why: i.why,
    effort: i.effort,
    impact: i.impact,
    priority: i.priority,
    quickWin: i.quickWin,
    dependsOn: [...i.dependsOn],
    segments: [...i.segments],
    fixes: [...i.fixes],
    processes: [...i.processes],
    kpis: i.kpis.map((k) => ({ name: k.name, baseline: k.baseline, target: k.target, due: k.due })),
    status: i.status,
  };
}

export function roadmapToJson(roadmap: Roadmap): RoadmapJson {
  return {
    stage: roadmap.stage,
    summary: roadmap.summary.map((m) => ({ id: m.id, text: m.text, evidence: m.evidence.map(evidenceToJson) })),
    alerts: roadmap.alerts.map((a) => ({ code: a.code, text: a.text })),
    phases: roadmap.phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      window: { startMonth: phase.window.startMonth, endMonth: phase.window.endMonth },
      initiatives: phase.initiatives.map(initiativeToJson),
    })),
    backlog: roadmap.backlog.map(initiativeToJson),
  };
}
