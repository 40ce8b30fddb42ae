/** What flows between the planner's steps: an intervention (or a consultant's initiative) on its way to the plan. */
import type { Initiative } from '../../model/engagement';
import type { DimensionId, Effort } from '../../model/vocabulary';
import type { Intervention, Match } from '../playbook/intervention';

export interface Candidate {
  /** Its id in the roadmap: the intervention's, or the consultant's. */
  id: string;
  /** The playbook row: the one that fired, or the one a consultant initiative takes the place of. */
  intervention?: Intervention;
  consultant?: Initiative;
  match: Match;
  /** The dimensions it moves, the main one first. */
  dimensions: DimensionId[];
  effort: Effort;
  impact: number;
  priority: number;
  /** Ids that must come first, as written (playbook prerequisites or the consultant's dependsOn). */
  prerequisites: string[];
  /** The prerequisites present among the candidates: the edges of the dependency graph. */
  dependsOn: string[];
  /** Consultants' initiatives and anchors have their phase decided; others fit `fit`. */
  fixedPhase?: number;
  /** Phase indexes it fits, in order. */
  fit: number[];
  /** Stable tie-break: playbook order, then the consultant's order. */
  order: number;
}
