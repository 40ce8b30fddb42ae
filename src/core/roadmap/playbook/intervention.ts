/**
 * One row of the playbook: a concrete intervention the seeds recommend, when the file's facts call
 * for it. Rows are data: the planner reads their fields and never special-cases an id. Texts are
 * written in both languages inside the row, from the client's own names (never ids).
 */
import type { Channel, Segment } from '../../model/engagement';
import type { BarrierType, ChangeStage, DimensionId, Effort } from '../../model/vocabulary';
import type { PlanContext, StepFact } from '../planner/planContext';
import type { ChangeProcess } from '../roadmap';

/** What a trigger found in the file: whom the intervention serves, where, and what it remedies. */
export interface Match {
  segments: Segment[];
  /** The channels concerned, in order of relevance: their owners own the intervention. */
  channels: Channel[];
  /** The steps it remedies. */
  fixes: StepFact[];
  /** For a row whose dimension depends on the file (the weakest one). */
  dimension?: DimensionId;
}

export interface KpiSpec {
  name: string;
  /** Computed from the file, or "to be measured" / "à mesurer". */
  baseline: string;
  target: string;
}

export interface InterventionText {
  title: string;
  why: string;
  kpis: KpiSpec[];
}

/**
 * Who owns it: `board` = the general management; `channels` = the owner of the first concerned
 * channel that has one, else "to be named"; `channels-or-board` = the same, else the general
 * management; `barrier:<type>` = the `who` of that barrier in the file, else `channels-or-board`.
 */
export type OwnerRule = 'board' | 'channels' | 'channels-or-board' | `barrier:${BarrierType}`;

export interface Intervention {
  id: string;
  family: string;
  /** The dimensions it moves, the main one first; `weakest` = the file's weakest dimension. */
  dimensions: readonly DimensionId[] | 'weakest';
  /** The change stages it fits, in order. */
  stages: readonly ChangeStage[];
  processes: readonly ChangeProcess[];
  /** Ids of interventions that must come first when they are in the plan. */
  prerequisites: readonly string[];
  effort: Effort;
  /** Keeps a place in its phase whatever the caps: what the stage is about (every phase holds one). */
  anchor?: boolean;
  /**
   * Its fixes are narrowed to the failed moments of truth that nothing in the same or an earlier phase
   * remedies, and it joins the plan whenever a failed moment would otherwise stay unfixed.
   */
  catchAll?: boolean;
  /** It changes a fact a derived level rests on, so it carries a target level. */
  raisesLevel: boolean;
  /** Accent-free stems of a consultant's title that mean the same aim (merge rule). */
  aim: readonly string[];
  owner: OwnerRule;
  /** How it answers each barrier type it addresses, for the barrier's `who` when the file names one. */
  answers: Partial<Record<BarrierType, (ctx: PlanContext, who: string | undefined) => string | undefined>>;
  trigger(ctx: PlanContext): Match | undefined;
  write(ctx: PlanContext, match: Match): InterventionText;
}

export const match = (segments: Segment[], channels: (Channel | undefined)[] = [], fixes: StepFact[] = [], dimension?: DimensionId): Match => ({
  segments,
  channels: channels.filter((c): c is Channel => c !== undefined),
  fixes,
  ...(dimension ? { dimension } : {}),
});
