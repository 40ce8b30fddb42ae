/**
 * `dependency-cycle` (error): Initiatives depend on one another in a cycle.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import { PLAYBOOK } from '../../roadmap/playbook';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  dependencyCycle: {
    en: ({ id, cycle }: { id: string; cycle: string }) =>
      `Initiative "${id}" is part of a dependency cycle (${cycle}): no order can satisfy it. Remove one of these dependsOn.`,
    fr: ({ id, cycle }: { id: string; cycle: string }) =>
      `L'initiative «\u00a0${id}\u00a0» fait partie d'un cycle de dépendances (${cycle})\u00a0: aucun ordre ne peut le respecter. Supprimez l'un de ces dependsOn.`,
  },
} satisfies RuleMessages;

/** On the `dependsOn` of each of the file's initiatives in a cycle (the playbook's prerequisites count for the rows no initiative replaces). */
function checkCycles(facts: EngagementFacts, sink: DiagnosticSink): void {
  const initiatives = facts.engagement.initiatives;
  if (!initiatives.some((i) => i.dependsOn.length > 0)) return;
  const own = new Map<string, (typeof initiatives)[number]>();
  for (const i of initiatives) if (!own.has(i.id)) own.set(i.id, i);
  const generated = new Map(PLAYBOOK.map((row) => [row.id, row]));
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

const page = {
  en: `**Error.** Initiatives whose \`dependsOn\` wait for each other, directly or through the playbook's own
prerequisites: no order can satisfy them. Reported on the \`dependsOn\` of each of the file's
initiatives in the cycle. Like any error, it stops \`cxm roadmap\` for that file.

- EN: \`Initiative "crm" is part of a dependency cycle (crm → history → crm): no order can satisfy it. Remove one of these dependsOn.\`
- FR: \`L'initiative « crm » fait partie d'un cycle de dépendances (crm → history → crm) : aucun ordre ne peut le respecter. Supprimez l'un de ces dependsOn.\`

**Fix.** Decide which comes first and remove the other \`dependsOn\`.

\`\`\`yaml
initiatives:
  - id: crm
    title: Choose the CRM
    dimension: channel-integration
    dependsOn: [history]   # dependency-cycle
  - id: history
    title: Share the history
    dimension: channel-integration
    dependsOn: [crm]       # dependency-cycle
\`\`\``,
  fr: `**Erreur.** Des initiatives dont les \`dependsOn\` s'attendent mutuellement, directement ou par les
prérequis du catalogue d'interventions : aucun ordre ne peut les respecter. Signalé sur le
\`dependsOn\` de chacune des initiatives du fichier prises dans le cycle. Comme toute erreur, il
arrête \`cxm roadmap\` pour ce fichier.

- EN : \`Initiative "crm" is part of a dependency cycle (crm → history → crm): no order can satisfy it. Remove one of these dependsOn.\`
- FR : \`L'initiative « crm » fait partie d'un cycle de dépendances (crm → history → crm) : aucun ordre ne peut le respecter. Supprimez l'un de ces dependsOn.\`

**Correction.** Décidez laquelle vient d'abord et supprimez l'autre \`dependsOn\`. Un \`dependsOn\` qui ne
nomme aucune initiative (ni du fichier, ni du catalogue, voir [planner.md](planner.md#the-playbook))
est un [\`unknown-ref\`](#unknown-ref).

\`\`\`yaml
initiatives:
  - id: crm
    title: Choisir le CRM
    dimension: channel-integration
    dependsOn: [history]   # dependency-cycle
  - id: history
    title: Partager l'historique
    dimension: channel-integration
    dependsOn: [crm]       # dependency-cycle
\`\`\``,
};

export const dependencyCycle = defineRule({
  code: 'dependency-cycle',
  severity: 'error',
  family: 'plan',
  summary: 'Initiatives depend on one another in a cycle.',
  messages,
  check: checkCycles,
  page,
});
