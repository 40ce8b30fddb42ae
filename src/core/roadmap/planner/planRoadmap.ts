/**
 * The planner as a pipeline of pure steps (docs/planner.md): weigh the gaps by the segments they
 * affect → trigger the playbook's interventions on the file's facts → merge the consultant's
 * initiatives → prioritise (impact / effort) → order by dependencies → schedule into dated phases
 * under the caps → complete (every failed moment fixed, quick wins first) → build the initiatives →
 * answer the barriers → summarise for the board. Deterministic: same file, same roadmap.
 */
import type { MaturityAssessment } from '../../maturity/maturityAssessment';
import type { Locate } from '../../maturity/scoringContext';
import type { Engagement } from '../../model/engagement';
import type { EngagementFacts } from '../../model/facts';
import { CHANGE_STAGES, type Language } from '../../model/vocabulary';
import { PHASE_TITLES } from '../playbook';
import type { Roadmap, RoadmapPhase } from '../roadmap';
import { answerBarriers } from './answerBarriers';
import { buildInitiatives } from './buildInitiatives';
import { ensureFixes, orderPhases, promoteQuickWins, refill } from './completePlan';
import { mergeConsultant } from './mergeConsultant';
import { orderByDependencies } from './orderByDependencies';
import { PlanContext } from './planContext';
import { prioritise } from './prioritise';
import { phaseWindows, schedulePhases } from './schedulePhases';
import { alertsOf, summarise } from './summarise';
import { triggerCandidates } from './triggerCandidates';

export function planRoadmap(
  engagement: Engagement, maturity: MaturityAssessment, facts: EngagementFacts, lang: Language, locate: Locate = () => undefined,
): Roadmap {
  const ctx = new PlanContext(engagement, facts, maturity, lang, locate);
  const stages = CHANGE_STAGES.slice(CHANGE_STAGES.indexOf(engagement.change.stage));
  const windows = phaseWindows(stages);

  const candidates = prioritise(mergeConsultant(triggerCandidates(ctx, stages), ctx, stages.length), ctx);
  const ordered = orderByDependencies(candidates);
  const schedule = schedulePhases(ordered, stages.length);
  ensureFixes(schedule, ctx, candidates);
  promoteQuickWins(schedule, stages);
  ensureFixes(schedule, ctx, candidates);
  refill(schedule);
  orderPhases(schedule);

  const built = buildInitiatives(schedule.phases, stages, windows, rankBacklog(schedule.backlog), ctx);
  answerBarriers(schedule.phases.flatMap((phase, k) => phase.map((candidate, i) => ({ candidate, initiative: built.phases[k]![i]!, phase: k }))), ctx);
  const phases: RoadmapPhase[] = stages.map((id, k) => ({ id, title: PHASE_TITLES[id][lang], window: windows[k]!, initiatives: built.phases[k]! }));
  return { stage: engagement.change.stage, summary: summarise(ctx, phases), alerts: alertsOf(ctx), phases, backlog: built.backlog };
}

/** The backlog, most urgent first. */
function rankBacklog<T extends { priority: number; order: number }>(backlog: readonly T[]): T[] {
  return [...backlog].sort((a, b) => b.priority - a.priority || a.order - b.order);
}
