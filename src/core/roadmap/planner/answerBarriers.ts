/**
 * Step 9: each barrier of the file is answered where it matters, on one to three initiatives, with
 * an answer that fits its type and its `who`. First the initiatives the consultant tied to that
 * barrier type, then those whose owner or channels are the barrier's `who`, then the earliest and
 * most urgent that have an answer for the type. A barrier no initiative answers gets the seeds'
 * general answer on the first initiative.
 */
import type { Barrier } from '../../model/engagement';
import { normaliseWord, type BarrierType } from '../../model/vocabulary';
import { quoteName } from '../playbook/phrases';
import type { RoadmapInitiative } from '../roadmap';
import type { Candidate } from './candidate';
import type { PlanContext } from './planContext';

export const MAX_ANSWERS_PER_BARRIER = 3;

/** The seeds' answer to each brake (seed 000), when no row has a better one. */
export function generalAnswer(type: BarrierType, who: string | undefined, ctx: PlanContext): string {
  const w = who ? quoteName(who, ctx.lang) : undefined;
  switch (type) {
    case 'fear': return ctx.say(`Involve ${w ?? 'those who fear the change'} in the design from the first step.`, `Associer ${w ?? 'ceux qui craignent le changement'} à la conception dès la première étape.`);
    case 'complacency': return ctx.say(`Confront ${w ?? 'the board'} with the client's own figures and customers' words.`, `Confronter ${w ?? 'la direction'} aux chiffres de l'entreprise et aux mots de ses clients.`);
    case 'urgency': return ctx.say(`Time-boxed quick wins that fit between ${w ? `${w}'s` : 'the'} emergencies.`, `Des gains rapides à durée limitée, qui tiennent entre les urgences${w ? ` de ${w}` : ''}.`);
    case 'inertia': return ctx.say(`Small steps, with support, at ${w ? `${w}'s` : 'everyone\'s'} own pace.`, `De petits pas, accompagnés, au rythme de ${w ?? 'chacun'}.`);
  }
}

const flat = (s: string) => normaliseWord(s).replace(/-/g, ' ');

function concerns(c: Candidate, initiative: RoadmapInitiative, who: string): boolean {
  const w = flat(who);
  const names = [initiative.owner, ...c.match.channels.flatMap((ch) => [ch.name, ch.owner ?? ''])].filter(Boolean).map(flat);
  return names.some((n) => n === w || (w.length > 3 && (n.includes(w) || w.includes(n))));
}

export function answerBarriers(planned: readonly { candidate: Candidate; initiative: RoadmapInitiative; phase: number }[], ctx: PlanContext): void {
  const barriers: Barrier[] = ctx.engagement.change.barriers;
  const seen = new Set<string>();
  for (const barrier of barriers) {
    const key = `${barrier.type}|${barrier.who ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const scored = planned.flatMap((p) => {
      const consultantTied = p.candidate.consultant?.barriers.includes(barrier.type) === true;
      // A row may decline a `who` its answer does not fit (the sales force's fear is not the board's).
      const rowAnswer = p.candidate.intervention?.answers[barrier.type]?.(ctx, barrier.who);
      const answer = rowAnswer === undefined ? undefined : () => rowAnswer;
      if (!consultantTied && !answer) return [];
      const affinity = barrier.who !== undefined && concerns(p.candidate, p.initiative, barrier.who);
      return [{ p, consultantTied, affinity, answer }];
    }).sort((a, b) => Number(b.affinity) - Number(a.affinity) || Number(b.consultantTied) - Number(a.consultantTied)
      || a.p.phase - b.p.phase || b.p.initiative.priority - a.p.initiative.priority);
    // Where the barrier's `who` is concerned, there only (up to three); else the first two.
    const concerned = scored.filter((s) => s.affinity);
    const chosen = concerned.length > 0 ? concerned.slice(0, MAX_ANSWERS_PER_BARRIER) : scored.slice(0, 2);
    if (chosen.length === 0 && planned.length > 0) {
      push(planned[0]!.initiative, barrier, generalAnswer(barrier.type, barrier.who, ctx));
      continue;
    }
    for (const { p, answer } of chosen) push(p.initiative, barrier, answer ? answer() : generalAnswer(barrier.type, barrier.who, ctx));
  }
}

function push(initiative: RoadmapInitiative, barrier: Barrier, answer: string): void {
  if (initiative.barriers.some((b) => b.type === barrier.type && b.who === barrier.who)) return;
  initiative.barriers.push({ type: barrier.type, ...(barrier.who === undefined ? {} : { who: barrier.who }), answer });
}
