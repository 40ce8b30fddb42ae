/**
 * A transformation roadmap: one phase per change stage from the organisation's current one to
 * maintenance, each holding the initiatives designed for that stage.
 */
import { evidenceToJson, type Evidence, type EvidenceJson } from '../maturity/maturityAssessment';
import type { BarrierType, ChangeStage, DimensionId, Horizon } from '../model/vocabulary';

/** A barrier from `change.barriers` and how the initiative answers it. */
export interface BarrierAnswer {
  type: BarrierType;
  who?: string;
  answer: string;
}

export interface RoadmapInitiative {
  id: string;
  title: string;
  dimension: DimensionId;
  /** The change stage this initiative is designed for (its phase). */
  stage: ChangeStage;
  source: 'generated' | 'consultant';
  horizon: Horizon;
  targetLevel: number;
  owner: string;
  kpi: string;
  barriers: BarrierAnswer[];
  evidence: Evidence[];
}

export interface RoadmapPhase {
  id: ChangeStage;
  title: string;
  initiatives: RoadmapInitiative[];
}

export interface Roadmap {
  stage: ChangeStage;
  phases: RoadmapPhase[];
}

/** The `cxm roadmap --format json` shape, exactly. */
export interface RoadmapJson {
  stage: ChangeStage;
  phases: {
    id: ChangeStage;
    title: string;
    initiatives: {
      id: string; title: string; dimension: DimensionId; stage: ChangeStage; source: 'generated' | 'consultant';
      horizon: Horizon; targetLevel: number; owner: string; kpi: string; barriers: BarrierAnswer[]; evidence: EvidenceJson[];
    }[];
  }[];
}

export function roadmapToJson(roadmap: Roadmap): RoadmapJson {
  return {
    stage: roadmap.stage,
    phases: roadmap.phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      initiatives: phase.initiatives.map((i) => ({
        id: i.id,
        title: i.title,
        dimension: i.dimension,
        stage: i.stage,
        source: i.source,
        horizon: i.horizon,
        targetLevel: i.targetLevel,
        owner: i.owner,
        kpi: i.kpi,
        barriers: i.barriers.map((b) => (b.who === undefined ? { type: b.type, answer: b.answer } : { type: b.type, who: b.who, answer: b.answer })),
        evidence: i.evidence.map(evidenceToJson),
      })),
    })),
  };
}
