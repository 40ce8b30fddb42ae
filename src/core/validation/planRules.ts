/**
 * Rules on the plan the file asks for: `initiatives[].dependsOn` must name initiatives of the
 * roadmap (the consultant's, or any the planner's playbook can generate) and must not form a cycle
 * (`dependency-cycle`, on each initiative of the cycle); a file that says `maintenance` while some
 * dimension is at level 1 or 2 is a `relapse-risk`.
 */
import { messages } from '../i18n/validationMessages';
import { dimensionLabel } from '../maturity/dimensionLabels';
import { assessMaturity } from '../maturity/assessMaturity';
import type { Engagement } from '../model/engagement';
import type { EngagementFacts } from '../model/facts';
import { PLAYBOOK } from '../roadmap/playbook';
import type { DiagnosticSink } from './diagnosticSink';
import { didYouMean } from './didYouMean';

export function checkPlan(engagement: Engagement, facts: EngagementFacts, sink: DiagnosticSink): void {
  checkDependencies(engagement, sink);
  checkRelapse(engagement, facts, sink);
}

function checkDependencies(engagement: Engagement, sink: DiagnosticSink): void {
  const initiatives = engagement.initiatives;
  if (!initiatives.some((i) => i.dependsOn.length > 0)) return;
  const own = new Map<string, (typeof initiatives)[number]>();
  for (const i of initiatives) if (!own.has(i.id)) own.set(i.id, i);
  const generated = new Map(PLAYBOOK.map((row) => [row.id, row]));
  const known = [...own.keys(), ...generated.keys()];
  for (const i of initiatives) {
    i.dependsOn.forEach((id, k) => {
      if (own.has(id) || generated.has(id)) return;
      const suggestion = didYouMean(id, known);
      sink.atValue('unknown-ref', `initiatives.${i.index}.dependsOn.${k}`, messages.unknownInitiative, { id, suggestion }, suggestion ? { replacement: suggestion } : undefined);
    });
  }
  // The graph: the consultant's dependsOn, and the playbook's prerequisites for the rows no initiative of the file replaces.
  const next = (id: string): readonly string[] => own.get(id)?.dependsOn ?? generated.get(id)?.prerequisites ?? [];
  const state = new Map<string, 'open' | 'done'>();
  const inCycle = new Map<string, string[]>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const to of next(id)) {
      if (!own.has(to) && !generated.has(to)) continue;
      const seen = state.get(to);
      if (seen === 'open') {
        const cycle = [...stack.slice(stack.indexOf(to)), to];
        for (const member of cycle) if (own.has(member) && !inCycle.has(member)) inCycle.set(member, cycle);
      } else if (seen === undefined) visit(to);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of own.keys()) if (!state.has(id)) visit(id);
  for (const i of initiatives) {
    const cycle = inCycle.get(i.id);
    if (!cycle || own.get(i.id) !== i) continue;
    sink.atValue('dependency-cycle', `initiatives.${i.index}.dependsOn`, messages.dependencyCycle, { id: i.id, cycle: cycle.join(' → ') });
  }
}

function checkRelapse(engagement: Engagement, facts: EngagementFacts, sink: DiagnosticSink): void {
  if (engagement.change.stage !== 'maintenance') return;
  // The same levels the roadmap shows (assessed ones count); evidence positions are not needed here.
  const maturity = assessMaturity(engagement, facts, () => undefined, sink.lang);
  const weak = maturity.dimensions.filter((d) => d.level <= 2);
  if (weak.length === 0) return;
  const names = weak.map((d) => `${dimensionLabel(d.id, sink.lang)} (${d.level}/5)`);
  const fr = sink.lang === 'fr';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')}${fr ? ' et ' : ' and '}${names[names.length - 1]}`;
  const verb = fr ? (weak.length === 1 ? 'est' : 'sont') : (weak.length === 1 ? 'is' : 'are');
  sink.atValue('relapse-risk', 'change.stage', messages.relapseRisk, { dimensions: `${list} ${verb}` });
}
