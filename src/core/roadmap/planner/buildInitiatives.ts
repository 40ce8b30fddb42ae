/**
 * Step 8: candidates become the roadmap's initiatives: texts in the file's language, owner by the
 * row's rule, processes of change fitted to the phase's stage, KPIs due at the end of the window,
 * target levels only where a derived fact changes (above today's level, at most two above, rising
 * with each initiative on the same dimension), evidence located in the file.
 */
import { dimensionLabel } from '../../maturity/dimensionLabels';
import type { Evidence } from '../../maturity/maturityAssessment';
import type { ChangeStage, DimensionId, Horizon } from '../../model/vocabulary';
import { colon, excerpt } from '../playbook/phrases';
import type { OwnerRule } from '../playbook/intervention';
import type { ChangeProcess, PhaseWindow, RoadmapInitiative, RoadmapKpi } from '../roadmap';
import type { Candidate } from './candidate';
import { isQuickWin } from './completePlan';
import type { PlanContext, StepFact } from './planContext';

/** Prochaska & DiClemente: the processes that work at each stage. */
export const STAGE_PROCESSES: Record<ChangeStage, readonly ChangeProcess[]> = {
  precontemplation: ['consciousness-raising', 'dramatic-relief', 'environmental-reevaluation', 'social-liberation'],
  contemplation: ['consciousness-raising', 'dramatic-relief', 'environmental-reevaluation', 'self-reevaluation', 'social-liberation'],
  preparation: ['self-reevaluation', 'self-liberation', 'helping-relationships', 'social-liberation'],
  action: ['self-liberation', 'helping-relationships', 'counter-conditioning', 'reinforcement-management', 'stimulus-control'],
  maintenance: ['helping-relationships', 'counter-conditioning', 'reinforcement-management', 'stimulus-control'],
};

export function processesFor(wanted: readonly ChangeProcess[], stage: ChangeStage): ChangeProcess[] {
  const allowed = STAGE_PROCESSES[stage];
  const kept = wanted.filter((p) => allowed.includes(p));
  return kept.length > 0 ? kept : allowed.slice(0, 2);
}

export function horizonOfMonth(startMonth: number): Horizon {
  return startMonth < 3 ? 'now' : startMonth < 6 ? 'next' : 'later';
}

export function ownerBy(rule: OwnerRule, c: Candidate, ctx: PlanContext): string {
  if (rule === 'board') return ctx.generalManagement;
  if (rule.startsWith('barrier:')) {
    const type = rule.slice('barrier:'.length);
    const who = ctx.engagement.change.barriers.find((b) => b.type === type && b.who?.trim())?.who?.trim();
    if (who) return who;
    return ctx.ownerOf(c.match.channels, 'board');
  }
  return ctx.ownerOf(c.match.channels, rule === 'channels' ? 'to-be-named' : 'board');
}

/** A step remedied, as evidence at its place in the file. */
function stepEvidence(f: StepFact, ctx: PlanContext): Evidence {
  const text = `${excerpt(f.step.action, ctx.lang, 80)}${f.step.pain ? `${colon(ctx.lang)} ${excerpt(f.step.pain, ctx.lang, 80)}` : ''}`;
  const range = ctx.locate(f.step.path);
  return range ? { text, path: f.step.path, line: range.line, column: range.column } : { text, path: f.step.path };
}

export interface Built {
  candidate: Candidate;
  initiative: RoadmapInitiative;
}

export function buildInitiatives(phases: readonly Candidate[][], stages: readonly ChangeStage[], windows: readonly PhaseWindow[], backlog: readonly Candidate[], ctx: PlanContext): { phases: RoadmapInitiative[][]; backlog: RoadmapInitiative[] } {
  const inPlan = new Set(phases.flat().map((c) => c.id));
  const raised = new Map<DimensionId, number>();
  const build = (c: Candidate, k: number, planned: boolean): RoadmapInitiative => {
    const stage = stages[k]!;
    const window = windows[k]!;
    const row = c.intervention;
    const text = row && !c.consultant ? row.write(ctx, c.match) : undefined;
    const rowText = row && c.consultant ? row.write(ctx, c.match) : undefined;
    const dimension = c.dimensions[0]!;
    const level = ctx.level(dimension);
    const initiative = c.consultant;
    // Target levels: only where a derived fact changes, and only for what is planned.
    let targetLevel: number | undefined;
    const raises = initiative ? initiative.targetLevel !== undefined || row?.raisesLevel === true : row?.raisesLevel === true;
    if (planned && raises && level < 5) {
      const step = (raised.get(dimension) ?? 0) + 1;
      const wanted = initiative?.targetLevel ?? level + Math.min(2, step);
      targetLevel = Math.min(5, level + 2, Math.max(level + 1, wanted));
      raised.set(dimension, Math.max(step, targetLevel - level));
    }
    const due = window.endMonth;
    const kpis: RoadmapKpi[] = text
      ? text.kpis.map((k) => ({ ...k, due }))
      : [{
        name: initiative?.kpi ?? rowText?.kpis[0]?.name ?? dimensionLabel(dimension, ctx.lang),
        baseline: rowText?.kpis[0]?.baseline ?? ctx.say('to be measured', 'à mesurer'),
        target: rowText?.kpis[0]?.target ?? (targetLevel ? `${dimensionLabel(dimension, ctx.lang)} ${targetLevel}/5` : ctx.say('to be set with the owner', 'à fixer avec le responsable')),
        due,
      }];
    const evidence: Evidence[] = [];
    if (initiative) {
      const range = ctx.locate(`initiatives.${initiative.index}`);
      evidence.push({ text: initiative.description ?? initiative.title, path: `initiatives.${initiative.index}`, ...(range ? { line: range.line, column: range.column } : {}) });
    }
    for (const f of c.match.fixes.slice(0, 3)) evidence.push(stepEvidence(f, ctx));
    evidence.push(...ctx.dimension(dimension).evidence.slice(0, 2));
    const dimensionEvidence = ctx.dimension(dimension).evidence[0]?.text;
    const dependsOn = planned ? c.dependsOn.filter((id) => inPlan.has(id)) : [...c.dependsOn];
    return {
      id: c.id,
      title: initiative?.title ?? text!.title,
      dimension,
      stage,
      source: initiative ? 'consultant' : 'generated',
      horizon: initiative?.horizon ?? horizonOfMonth(window.startMonth),
      ...(targetLevel === undefined ? {} : { targetLevel }),
      owner: initiative?.owner ?? (row ? ownerBy(row.owner, c, ctx) : ctx.generalManagement),
      kpi: kpis[0]!.name,
      barriers: [],
      evidence,
      why: text?.why ?? initiative?.description ?? rowText?.why
        ?? `${dimensionLabel(dimension, ctx.lang)} ${level}/5${dimensionEvidence ? `${colon(ctx.lang)} ${dimensionEvidence}` : '.'}`,
      effort: c.effort,
      impact: c.impact,
      priority: c.priority,
      quickWin: isQuickWin({ ...c, dependsOn: dependsOn.filter((id) => !isDone(id, ctx)) }),
      dependsOn,
      segments: c.match.segments.map((s) => s.id),
      fixes: c.match.fixes.map((f) => f.step.key),
      processes: processesFor(row?.processes ?? STAGE_PROCESSES[stage], stage),
      kpis,
      status: initiative?.status ?? 'planned',
    };
  };
  return {
    phases: phases.map((phase, k) => phase.map((c) => build(c, k, true))),
    backlog: backlog.map((c) => build(c, Math.max(0, c.fit[0] ?? c.fixedPhase ?? 0), false)),
  };
}

function isDone(id: string, ctx: PlanContext): boolean {
  return ctx.engagement.initiatives.some((i) => i.id === id && i.status === 'done');
}
