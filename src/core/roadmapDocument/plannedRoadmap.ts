/**
 * The roadmap as the documents read it: the planner's second-version fields (contract, "The planned
 * roadmap, second version") when present, and where a field is missing, a value derived here from
 * the same model, so the documents stay whole with a planner that does not give it yet. Nothing
 * here is shown as such: the builder words it.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import type { Engagement } from '../model/engagement';
import type { MaturityAssessment } from '../maturity/maturityAssessment';
import type { Roadmap, RoadmapInitiative, RoadmapPhase } from '../roadmap/roadmap';
import type { ChangeStage, DimensionId } from '../model/vocabulary';

export type Effort = 'S' | 'M' | 'L';

/** The second-version fields, all optional: what a planner may give. */
interface PlannedFields {
  why?: string;
  effort?: Effort;
  impact?: number;
  priority?: number;
  quickWin?: boolean;
  dependsOn?: string[];
  segments?: string[];
  fixes?: string[];
  processes?: string[];
  kpis?: { name: string; baseline: string; target: string; due: number | string }[];
  status?: string;
  targetLevel?: number;
}
interface PlannedRoadmapFields {
  summary?: { id: string; text: string; evidence?: unknown[] }[];
  alerts?: { code: string; text: string }[];
  backlog?: RoadmapInitiative[];
}
interface PlannedPhaseFields { window?: { startMonth: number; endMonth: number } }

export interface DocumentKpi { name: string; baseline: string; target: string; due?: number }

export interface DocumentInitiative {
  id: string;
  title: string;
  dimension: DimensionId;
  phase: ChangeStage;
  source: 'generated' | 'consultant';
  owner: string;
  why?: string;
  effort: Effort;
  impact: number;
  priority: number;
  quickWin: boolean;
  dependsOn: string[];
  segments: string[];
  fixes: string[];
  kpis: DocumentKpi[];
  kpi: string;
  targetLevel?: number;
  status: string;
  barriers: RoadmapInitiative['barriers'];
  evidence: RoadmapInitiative['evidence'];
  /** Months from the engagement date: when the work starts and ends (inside its phase's window)… */
  startMonth: number;
  workEndMonth: number;
  /** …and until when it is followed (its indicators due; the whole window for what sustains the change). */
  endMonth: number;
}

export interface DocumentPhase {
  id: ChangeStage;
  title: string;
  startMonth: number;
  endMonth: number;
  initiatives: DocumentInitiative[];
}

export interface DocumentPlan {
  stage: ChangeStage;
  phases: DocumentPhase[];
  backlog: DocumentInitiative[];
  /** The planner's key messages, without the decision. */
  summary: string[];
  /** The planner's message with id `decision`, if any: the decision asked of the board. */
  decision?: string;
  alerts: string[];
}

/** Default phase lengths in months when the planner gives no window (maintenance starts 6 months after action). */
const PHASE_MONTHS: Record<ChangeStage, number> = { precontemplation: 3, contemplation: 3, preparation: 3, action: 6, maintenance: 6 };
const EFFORT_MONTHS: Record<Effort, number> = { S: 1, M: 2, L: 4 };
export const EFFORT_WEIGHT: Record<Effort, number> = { S: 1, M: 2, L: 4 };
/** Rough classes when neither the planner nor the file gives an effort. */
const DEFAULT_EFFORT: Record<DimensionId, Effort> = {
  visibility: 'S', 'digital-journey': 'L', 'channel-integration': 'L', 'human-touch': 'S', lifecycle: 'M',
  mobile: 'M', 'data-trust': 'S', community: 'S', 'employee-tools': 'L', organisation: 'M',
};

const isEffort = (value: unknown): value is Effort => value === 'S' || value === 'M' || value === 'L';

export function documentPlan(analysis: EngagementAnalysis, engagement: Engagement, roadmap: Roadmap, maturity: MaturityAssessment): DocumentPlan {
  const planned = roadmap as Roadmap & PlannedRoadmapFields;
  const levelOf = new Map(maturity.dimensions.map((d) => [d.id, d.level]));
  const fileInitiatives = new Map(engagement.initiatives.map((i) => [i.id, i as typeof i & { effort?: unknown; dependsOn?: unknown; status?: unknown }]));
  void analysis;

  let cursor = 0;
  const phases: DocumentPhase[] = roadmap.phases.map((phase: RoadmapPhase & PlannedPhaseFields) => {
    const window = phase.window && phase.window.endMonth > phase.window.startMonth ? phase.window : undefined;
    const startMonth = window ? window.startMonth : cursor;
    const endMonth = window ? window.endMonth : cursor + PHASE_MONTHS[phase.id];
    cursor = endMonth;
    return { id: phase.id, title: phase.title, startMonth, endMonth, initiatives: [] };
  });

  const read = (initiative: RoadmapInitiative, phase: DocumentPhase | undefined): DocumentInitiative => {
    const p = initiative as RoadmapInitiative & PlannedFields;
    const file = initiative.source === 'consultant' ? fileInitiatives.get(initiative.id) : undefined;
    const effort = isEffort(p.effort) ? p.effort : isEffort(file?.effort) ? file.effort : DEFAULT_EFFORT[initiative.dimension];
    const level = levelOf.get(initiative.dimension) ?? 1;
    const impact = typeof p.impact === 'number' ? p.impact : Math.max(1, 5 - level);
    const dependsOn = Array.isArray(p.dependsOn) ? p.dependsOn : Array.isArray(file?.dependsOn) ? (file.dependsOn as string[]) : [];
    const targetLevel = typeof p.targetLevel === 'number' && p.targetLevel > level ? p.targetLevel : undefined;
    const due = phase?.endMonth;
    const kpis: DocumentKpi[] = Array.isArray(p.kpis) && p.kpis.length
      ? p.kpis.map((k) => ({ name: k.name, baseline: k.baseline, target: k.target, ...(typeof k.due === 'number' ? { due: k.due } : {}) }))
      : initiative.kpi ? [{ name: initiative.kpi, baseline: '', target: '', ...(due === undefined ? {} : { due }) }] : [];
    return {
      id: initiative.id, title: initiative.title, dimension: initiative.dimension, phase: phase?.id ?? initiative.stage, source: initiative.source,
      owner: initiative.owner, ...(p.why ? { why: p.why } : {}), effort, impact,
      priority: typeof p.priority === 'number' ? p.priority : impact / EFFORT_WEIGHT[effort],
      quickWin: typeof p.quickWin === 'boolean' ? p.quickWin : effort === 'S' && (initiative.dimension === 'visibility' || initiative.dimension === 'human-touch'),
      dependsOn, segments: Array.isArray(p.segments) ? p.segments : [], fixes: Array.isArray(p.fixes) ? p.fixes : [], kpis, kpi: initiative.kpi,
      ...(targetLevel === undefined ? {} : { targetLevel }),
      status: typeof p.status === 'string' ? p.status : typeof file?.status === 'string' ? file.status : 'planned',
      barriers: initiative.barriers, evidence: initiative.evidence,
      startMonth: phase?.startMonth ?? 0, workEndMonth: phase?.endMonth ?? 0, endMonth: phase?.endMonth ?? 0,
    };
  };

  roadmap.phases.forEach((phase, k) => {
    phases[k]!.initiatives = phase.initiatives.map((i) => read(i, phases[k]));
  });
  schedule(phases);
  const backlog = (planned.backlog ?? []).map((i) => read(i, undefined));
  return {
    stage: roadmap.stage,
    phases,
    backlog,
    summary: (planned.summary ?? []).filter((m) => m.id !== 'decision').map((m) => m.text).filter((t) => typeof t === 'string' && t.trim() !== ''),
    ...decisionOf(planned.summary ?? []),
    alerts: (planned.alerts ?? []).map((a) => a.text).filter((t) => typeof t === 'string' && t.trim() !== ''),
  };
}

function decisionOf(summary: readonly { id: string; text: string }[]): { decision?: string } {
  const text = summary.find((m) => m.id === 'decision')?.text;
  return typeof text === 'string' && text.trim() !== '' ? { decision: text } : {};
}

/**
 * When each initiative runs inside its phase: after the dependencies of the same phase end, for as
 * long as its effort takes, never past the phase's end. KPI due months past the phase are brought in.
 */
function schedule(phases: DocumentPhase[]): void {
  const end = new Map<string, number>();
  for (const phase of phases) {
    for (const initiative of phase.initiatives) {
      const length = Math.min(EFFORT_MONTHS[initiative.effort], phase.endMonth - phase.startMonth);
      const after = Math.max(phase.startMonth, ...initiative.dependsOn.map((d) => end.get(d) ?? phase.startMonth));
      const start = Math.min(after, phase.endMonth - length);
      // The work lasts as its effort says, and until its indicators are due; what sustains the
      // change (the maintenance phase) runs the whole window.
      const due = Math.max(0, ...initiative.kpis.map((k) => (k.due !== undefined && k.due <= phase.endMonth ? k.due : 0)));
      initiative.startMonth = start;
      initiative.workEndMonth = start + length;
      initiative.endMonth = phase.id === 'maintenance' ? phase.endMonth : Math.min(phase.endMonth, Math.max(start + length, due));
      // Dependents wait for the work, not for the indicators or the ritual that goes on after it.
      end.set(initiative.id, start + length);
      for (const kpi of initiative.kpis) {
        if (kpi.due === undefined || kpi.due > phase.endMonth || kpi.due < phase.startMonth) kpi.due = phase.endMonth;
      }
    }
  }
}
