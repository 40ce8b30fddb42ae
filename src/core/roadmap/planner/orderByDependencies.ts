/**
 * Step 4: the dependency graph in topological order. Edges are the prerequisites present among the
 * candidates (a prerequisite the facts did not call for is already satisfied). Among the nodes whose
 * prerequisites are placed, the most urgent goes first, where urgency is the highest priority of the
 * node and of everything that waits for it: a cheap prerequisite of a valuable initiative is not
 * left behind. A cycle throws: the playbook is tested to have none, and a cycle among the
 * consultant's initiatives is the error `dependency-cycle`, so a valid file never reaches here with one.
 */
import type { Candidate } from './candidate';

export class DependencyCycleError extends Error {
  constructor(readonly ids: string[]) {
    super(`dependency cycle: ${ids.join(' → ')}`);
  }
}

/**
 * Generic: nodes by id, edges from each node to its prerequisites; returns ids in order. On a cycle,
 * `throw` (the playbook's test) or `break` it at its most urgent node: a file with a cycle has the
 * error `dependency-cycle` and no roadmap command uses its plan, but the editor's analysis still runs.
 */
export function topologicalOrder(
  ids: readonly string[], prerequisitesOf: (id: string) => readonly string[], rank: (id: string) => number, onCycle: 'throw' | 'break' = 'throw',
): string[] {
  const known = new Set(ids);
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const id of ids) {
    const prerequisites = prerequisitesOf(id).filter((p) => known.has(p));
    waiting.set(id, prerequisites.length);
    for (const p of prerequisites) dependents.set(p, [...(dependents.get(p) ?? []), id]);
  }
  const ready = ids.filter((id) => waiting.get(id) === 0);
  const order: string[] = [];
  const placed = new Set<string>();
  for (;;) {
    if (ready.length === 0) {
      if (order.length === ids.length) break;
      const left = ids.filter((id) => !placed.has(id));
      if (onCycle === 'throw') throw new DependencyCycleError(left);
      ready.push(left.reduce((best, id) => (rank(id) < rank(best) ? id : best)));
      waiting.set(ready[0]!, 0);
    }
    // Few nodes (a plan holds at most a few dozen candidates): a linear pick is cheaper than a heap.
    let best = 0;
    for (let k = 1; k < ready.length; k++) if (rank(ready[k]!) < rank(ready[best]!)) best = k;
    const id = ready.splice(best, 1)[0]!;
    order.push(id);
    placed.add(id);
    for (const d of dependents.get(id) ?? []) {
      if (placed.has(d)) continue;
      const left = waiting.get(d)! - 1;
      waiting.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  return order;
}

export function orderByDependencies(candidates: Candidate[]): Candidate[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  for (const c of candidates) c.dependsOn = [...new Set(c.prerequisites.filter((p) => byId.has(p) && p !== c.id))];
  // Urgency: own priority, raised to that of any dependent (memoised, the graph is small).
  const dependents = new Map<string, Candidate[]>();
  for (const c of candidates) for (const p of c.dependsOn) dependents.set(p, [...(dependents.get(p) ?? []), c]);
  const urgency = new Map<string, number>();
  const urgencyOf = (c: Candidate, seen: Set<string>): number => {
    const known = urgency.get(c.id);
    if (known !== undefined) return known;
    if (seen.has(c.id)) return c.priority;
    seen.add(c.id);
    const value = Math.max(c.priority, ...(dependents.get(c.id) ?? []).map((d) => urgencyOf(d, seen)));
    urgency.set(c.id, value);
    return value;
  };
  const rank = new Map<string, number>();
  const ranked = [...candidates].sort((a, b) => {
    const fixedA = a.fixedPhase ?? Infinity;
    const fixedB = b.fixedPhase ?? Infinity;
    return urgencyOf(b, new Set()) - urgencyOf(a, new Set()) || fixedA - fixedB || a.order - b.order;
  });
  ranked.forEach((c, k) => rank.set(c.id, k));
  const order = topologicalOrder(candidates.map((c) => c.id), (id) => byId.get(id)!.dependsOn, (id) => rank.get(id)!, 'break');
  // A broken cycle leaves an edge pointing forward: drop it, so every dependsOn is placed before its dependent.
  const position = new Map(order.map((id, k) => [id, k]));
  for (const c of candidates) c.dependsOn = c.dependsOn.filter((p) => position.get(p)! < position.get(c.id)!);
  return order.map((id) => byId.get(id)!);
}
