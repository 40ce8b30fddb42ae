/**
 * The planner: initiatives generated from the maturity gaps, weakest and most demanded first, one
 * per phase from the current change stage to maintenance, merged with the consultant's own
 * initiatives. Deterministic: same file, same roadmap.
 */
import type { Evidence, MaturityAssessment, DimensionAssessment } from '../maturity/maturityAssessment';
import type { Locate } from '../maturity/scoringContext';
import type { Engagement, Initiative } from '../model/engagement';
import type { EngagementFacts } from '../model/facts';
import { CHANGE_STAGES, HORIZONS, type BarrierType, type ChangeStage, type Horizon, type Language } from '../model/vocabulary';
import {
  AWARENESS_FIGURES, BARRIER_ANSWERS, BOARD_OWNER, DIMENSION_GOALS, DIMENSION_KPIS, DIMENSION_OWNERS, PHASE_TITLES, STAGE_ACTIONS,
} from './playbook';
import type { BarrierAnswer, Roadmap, RoadmapInitiative, RoadmapPhase } from './roadmap';
import { demandWeight, effectiveShares, segmentsHurtBy } from './segmentDemand';

/** Levels up to this one are gaps the roadmap works on. */
export const WEAK_LEVEL = 3;
/** Where a weak dimension is taken: a solid 4, or one step when that is further. */
const goalFor = (level: number) => Math.min(5, Math.max(4, level + 1));

export interface Gap {
  dimension: DimensionAssessment;
  priority: number;
}

/** Weak dimensions that hurt at least one segment, the most urgent first (ties in table order). */
export function gapsOf(maturity: MaturityAssessment, facts: EngagementFacts): Gap[] {
  const shares = effectiveShares(facts.engagement.segments);
  return maturity.dimensions
    .flatMap((dimension, order) => {
      if (dimension.level > WEAK_LEVEL) return [];
      const hurt = segmentsHurtBy(dimension.id, facts);
      if (hurt.length === 0) return [];
      return [{ dimension, priority: (5 - dimension.level) * demandWeight(hurt, shares), order }];
    })
    .sort((a, b) => b.priority - a.priority || a.order - b.order)
    .map(({ dimension, priority }) => ({ dimension, priority }));
}

/** `locate` positions the consultant's own initiatives; the generated ones cite the maturity evidence. */
export function planRoadmap(
  engagement: Engagement, maturity: MaturityAssessment, facts: EngagementFacts, lang: Language, locate: Locate = () => undefined,
): Roadmap {
  const current = CHANGE_STAGES.indexOf(engagement.change.stage);
  const stages = CHANGE_STAGES.slice(current);
  const barriers = engagement.change.barriers;
  const answer = (types: readonly BarrierType[]): BarrierAnswer[] =>
    (types.length ? types.map((type) => barriers.find((b) => b.type === type) ?? { type }) : barriers).map((b) => ({
      type: b.type,
      ...(b.who === undefined ? {} : { who: b.who }),
      answer: BARRIER_ANSWERS[b.type][lang],
    }));

  const phases: RoadmapPhase[] = stages.map((id, k) => ({ id, title: PHASE_TITLES[id][lang], window: { startMonth: k * 3, endMonth: k * 3 + 3 }, initiatives: [] }));
  const gaps = gapsOf(maturity, facts);
  const actionIndex = stages.indexOf('action');
  const employeeTools = maturity.dimensions.find((d) => d.id === 'employee-tools')!;
  stages.forEach((stage, k) => {
    const generated = gaps.map(({ dimension }) => generatedInitiative(dimension, stage, k, stages.length, lang, answer([])));
    // The action stage always equips and trains the employees (symmetry of attention, seed 004).
    if (k === actionIndex && !gaps.some((g) => g.dimension.id === 'employee-tools')) {
      generated.push(generatedInitiative(employeeTools, stage, k, stages.length, lang, answer([])));
    }
    phases[k]!.initiatives.push(...generated);
  });

  const consultant = engagement.initiatives;
  const replaced = new Set(consultant.map((i) => i.id));
  for (const phase of phases) phase.initiatives = phase.initiatives.filter((i) => !replaced.has(i.id));
  for (const initiative of consultant) {
    const k = phaseIndexOf(initiative, current, stages.length);
    const dimension = maturity.dimensions.find((d) => d.id === initiative.dimension)!;
    const range = locate(`initiatives.${initiative.index}`);
    const own: Evidence = { text: initiative.description ?? initiative.title, path: `initiatives.${initiative.index}`, ...(range ? { line: range.line, column: range.column } : {}) };
    phases[k]!.initiatives.push(consultantInitiative(initiative, own, dimension, stages[k]!, lang, answer(initiative.barriers)));
  }
  return { stage: engagement.change.stage, summary: [], alerts: [], phases, backlog: [] };
}

function generatedInitiative(
  dimension: DimensionAssessment, stage: ChangeStage, k: number, phaseCount: number, lang: Language, barriers: BarrierAnswer[],
): RoadmapInitiative {
  const goal = goalFor(dimension.level);
  const figures = stage === 'precontemplation' ? AWARENESS_FIGURES[dimension.id] : undefined;
  const evidence: Evidence[] = [...dimension.evidence, ...(figures ? [{ text: figures[lang] }] : [])];
  return {
    id: `${dimension.id}-${stage}`,
    title: `${STAGE_ACTIONS[stage][lang]}${lang === 'fr' ? ' : ' : ': '}${DIMENSION_GOALS[dimension.id][lang]}`,
    dimension: dimension.id,
    stage,
    source: 'generated',
    horizon: horizonOf(k),
    // Climb evenly from today's level to the goal over the remaining phases.
    targetLevel: Math.max(dimension.level, dimension.level + Math.ceil(((goal - dimension.level) * (k + 1)) / phaseCount)),
    owner: stage === 'precontemplation' ? BOARD_OWNER[lang] : DIMENSION_OWNERS[dimension.id][lang],
    kpi: DIMENSION_KPIS[dimension.id][lang],
    barriers,
    evidence,
    ...PLAN_DEFAULTS(),
  };
}

function consultantInitiative(
  initiative: Initiative, own: Evidence, dimension: DimensionAssessment, stage: ChangeStage, lang: Language, barriers: BarrierAnswer[],
): RoadmapInitiative {
  return {
    id: initiative.id,
    title: initiative.title,
    dimension: initiative.dimension,
    stage,
    source: 'consultant',
    horizon: initiative.horizon,
    targetLevel: initiative.targetLevel ?? Math.min(5, dimension.level + 1),
    owner: initiative.owner ?? DIMENSION_OWNERS[initiative.dimension][lang],
    kpi: initiative.kpi ?? DIMENSION_KPIS[initiative.dimension][lang],
    barriers,
    evidence: [own, ...dimension.evidence],
    ...PLAN_DEFAULTS(),
  };
}

// Interim: the second-version fields before the pipeline fills them.
const PLAN_DEFAULTS = () => ({
  why: '', effort: 'M' as const, impact: 0, priority: 0, quickWin: false, dependsOn: [], segments: [], fixes: [], processes: [], kpis: [], status: 'planned' as const,
});

/** Its `stage` when given (never before today's), else now/next/later from today's stage, capped at maintenance. */
function phaseIndexOf(initiative: Initiative, current: number, phaseCount: number): number {
  const k = initiative.stage !== undefined
    ? CHANGE_STAGES.indexOf(initiative.stage) - current
    : HORIZONS.indexOf(initiative.horizon);
  return Math.min(Math.max(k, 0), phaseCount - 1);
}

function horizonOf(phaseIndex: number): Horizon {
  return HORIZONS[Math.min(phaseIndex, HORIZONS.length - 1)]!;
}
