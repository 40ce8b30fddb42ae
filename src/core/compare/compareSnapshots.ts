/**
 * What changed between two snapshots of one engagement: levels, diagnostics fixed and new, journeys
 * and their steps (matched by id, else by stage name and position), continuity breaks closed and
 * opened, moments of truth, initiatives' status. Pure: both snapshots in, one comparison out, which
 * every format (text, JSON, Markdown, HTML, the VS Code view) shows.
 */
import type { ChannelMaturity, DimensionId } from '../model/vocabulary';
import type { EngagementSnapshot, SnapshotDiagnostic, SnapshotJourney, SnapshotStep } from '../snapshot/engagementSnapshot';

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ComparedSide {
  path: string;
  client: string | null;
  date: string | null;
}

export interface DimensionDelta { id: DimensionId; before: number; after: number; delta: number }

export interface DiagnosticChange { code: string; path: string; message: string }

export interface StepComparison {
  before: string | null;
  after: string | null;
  status: ChangeStatus;
  emotionBefore: number | null;
  emotionAfter: number | null;
  channelBefore: string | null;
  channelAfter: string | null;
  matchedBy: 'id' | 'position';
  /** Not in the JSON: what the views show of the step. */
  detail: { action: string; stageName: string; critical: boolean; servedBefore?: boolean; servedAfter?: boolean };
}

export interface JourneyComparison {
  id: string;
  status: ChangeStatus;
  breaksBefore: number;
  breaksAfter: number;
  steps: StepComparison[];
  /** Not in the JSON: the journey's name (after's, else before's) and the breaks themselves. */
  name: string;
  breaksClosed: BreakChange[];
  breaksOpened: BreakChange[];
}

/** A continuity break, told by its two steps: the customer leaves `from` and must start again at `to`. */
export interface BreakChange {
  from: { action: string; channel: string };
  to: { action: string; channel: string };
}

export interface InitiativeChange { id: string; title: string; statusBefore: string | null; statusAfter: string | null }

/** A critical step present in both versions whose lived moment got better or worse. */
export interface MomentChange {
  journeyId: string;
  journeyName: string;
  action: string;
  emotionBefore: number | null;
  emotionAfter: number | null;
  servedBefore: boolean;
  servedAfter: boolean;
  direction: 'improved' | 'worsened';
}

export interface Comparison {
  before: ComparedSide;
  after: ComparedSide;
  overall: { before: number; after: number; maturityBefore: ChannelMaturity; maturityAfter: ChannelMaturity };
  dimensions: DimensionDelta[];
  diagnostics: { fixed: DiagnosticChange[]; new: DiagnosticChange[] };
  journeys: JourneyComparison[];
  initiatives: InitiativeChange[];
  /** Not in the JSON. */
  moments: MomentChange[];
}

/** The contract's `cxm compare --format json`, exactly. */
export interface ComparisonJson {
  before: ComparedSide;
  after: ComparedSide;
  overall: Comparison['overall'];
  dimensions: DimensionDelta[];
  diagnostics: { fixed: DiagnosticChange[]; new: DiagnosticChange[] };
  journeys: (Omit<JourneyComparison, 'steps' | 'name' | 'breaksClosed' | 'breaksOpened'> & { steps: Omit<StepComparison, 'detail'>[] })[];
  initiatives: InitiativeChange[];
}

export interface ComparedSnapshot {
  path: string;
  snapshot: EngagementSnapshot;
}

/** Both snapshots must carry a maturity (their files passed the schema). */
export function compareSnapshots(before: ComparedSnapshot, after: ComparedSnapshot): Comparison {
  const b = before.snapshot;
  const a = after.snapshot;
  if (!b.overall || !a.overall) throw new Error('compareSnapshots needs two assessed snapshots');
  const levelsBefore = new Map(b.dimensions.map((d) => [d.id, d.level]));
  const journeys = compareJourneys(b.journeys, a.journeys);
  return {
    before: side(before),
    after: side(after),
    overall: { before: b.overall.level, after: a.overall.level, maturityBefore: b.overall.maturity, maturityAfter: a.overall.maturity },
    dimensions: a.dimensions.map((d) => {
      const was = levelsBefore.get(d.id) ?? d.level;
      return { id: d.id, before: was, after: d.level, delta: d.level - was };
    }),
    diagnostics: compareDiagnostics(b.diagnostics, a.diagnostics),
    journeys,
    initiatives: compareInitiatives(b, a),
    moments: momentsOf(journeys),
  };
}

export function comparisonToJson(comparison: Comparison): ComparisonJson {
  return {
    before: comparison.before,
    after: comparison.after,
    overall: comparison.overall,
    dimensions: comparison.dimensions,
    diagnostics: comparison.diagnostics,
    journeys: comparison.journeys.map((j) => ({
      id: j.id, status: j.status, breaksBefore: j.breaksBefore, breaksAfter: j.breaksAfter,
      steps: j.steps.map(({ detail: _detail, ...step }) => step),
    })),
    initiatives: comparison.initiatives,
  };
}

function side({ path, snapshot }: ComparedSnapshot): ComparedSide {
  return { path, client: snapshot.engagement?.client ?? null, date: snapshot.engagement?.date ?? null };
}

/** A multiset difference on code and id-keyed path: a finding that only moved is neither fixed nor new. */
function compareDiagnostics(before: readonly SnapshotDiagnostic[], after: readonly SnapshotDiagnostic[]): Comparison['diagnostics'] {
  const identity = (d: SnapshotDiagnostic) => `${d.code}\u0000${d.key}`;
  const remaining = new Map<string, number>();
  for (const d of after) remaining.set(identity(d), (remaining.get(identity(d)) ?? 0) + 1);
  const fixed: DiagnosticChange[] = [];
  const stillThere = new Map<string, number>();
  for (const d of before) {
    const id = identity(d);
    const left = remaining.get(id) ?? 0;
    if (left > 0) {
      remaining.set(id, left - 1);
      stillThere.set(id, (stillThere.get(id) ?? 0) + 1);
    } else {
      fixed.push({ code: d.code, path: d.path, message: d.message });
    }
  }
  const fresh: DiagnosticChange[] = [];
  for (const d of after) {
    const id = identity(d);
    const matched = stillThere.get(id) ?? 0;
    if (matched > 0) stillThere.set(id, matched - 1);
    else fresh.push({ code: d.code, path: d.path, message: d.message });
  }
  return { fixed, new: fresh };
}

function compareJourneys(before: readonly SnapshotJourney[], after: readonly SnapshotJourney[]): JourneyComparison[] {
  const beforeById = new Map<string, SnapshotJourney>();
  for (const journey of before) if (!beforeById.has(journey.id)) beforeById.set(journey.id, journey);
  const seen = new Set<string>();
  const out: JourneyComparison[] = [];
  for (const journey of after) {
    if (seen.has(journey.id)) continue;
    seen.add(journey.id);
    out.push(compareJourney(beforeById.get(journey.id), journey));
  }
  for (const journey of before) {
    if (seen.has(journey.id)) continue;
    seen.add(journey.id);
    out.push(compareJourney(journey, undefined));
  }
  return out;
}

function compareJourney(before: SnapshotJourney | undefined, after: SnapshotJourney | undefined): JourneyComparison {
  const steps = compareSteps(before?.steps ?? [], after?.steps ?? []);
  const breakKey = (b: { from: string; to: string }) => `${b.from}\u0000${b.to}`;
  const breaksBefore = (before?.breaks ?? []).map(breakKey);
  const breaksAfter = (after?.breaks ?? []).map(breakKey);
  const afterSet = new Set(breaksAfter);
  const beforeSet = new Set(breaksBefore);
  const status: ChangeStatus = !before ? 'added' : !after ? 'removed'
    : steps.some((s) => s.status !== 'unchanged') || before.name !== after.name || breaksBefore.join('\n') !== breaksAfter.join('\n') || before.stageNames.join('\n') !== after.stageNames.join('\n')
      ? 'changed' : 'unchanged';
  return {
    id: (after ?? before)!.id,
    status,
    breaksBefore: breaksBefore.length,
    breaksAfter: breaksAfter.length,
    steps,
    name: (after ?? before)!.name,
    breaksClosed: breaksBefore.filter((key) => !afterSet.has(key)).map((key) => describeBreak(key, before!)),
    breaksOpened: breaksAfter.filter((key) => !beforeSet.has(key)).map((key) => describeBreak(key, after!)),
  };
}

function describeBreak(key: string, journey: SnapshotJourney): BreakChange {
  const [fromKey, toKey] = key.split('\u0000');
  const describe = (stepKey: string | undefined) => {
    const step = journey.steps.find((candidate) => candidate.key === stepKey);
    return { action: step?.action ?? '', channel: step?.channel ?? '' };
  };
  return { from: describe(fromKey), to: describe(toKey) };
}

/**
 * Steps in the after version's order, each removed step placed just before the first step that
 * followed it in the before version, so the list reads as one journey.
 */
function compareSteps(before: readonly SnapshotStep[], after: readonly SnapshotStep[]): StepComparison[] {
  const beforeByKey = new Map<string, number>();
  before.forEach((step, index) => { if (!beforeByKey.has(step.key)) beforeByKey.set(step.key, index); });
  const matchedBefore = new Set<number>();
  const pairs: [number | undefined, SnapshotStep][] = after.map((step) => {
    const index = beforeByKey.get(step.key);
    if (index === undefined || matchedBefore.has(index)) return [undefined, step];
    matchedBefore.add(index);
    return [index, step];
  });
  const out: StepComparison[] = [];
  let nextBefore = 0;
  const flushRemovedUpTo = (limit: number) => {
    for (; nextBefore < limit; nextBefore++) if (!matchedBefore.has(nextBefore)) out.push(stepComparison(before[nextBefore], undefined));
  };
  for (const [index, step] of pairs) {
    if (index !== undefined && index >= nextBefore) {
      flushRemovedUpTo(index);
      nextBefore = index + 1;
    }
    out.push(stepComparison(index === undefined ? undefined : before[index], step));
  }
  flushRemovedUpTo(before.length);
  return out;
}

function stepComparison(before: SnapshotStep | undefined, after: SnapshotStep | undefined): StepComparison {
  const either = (after ?? before)!;
  const status: ChangeStatus = !before ? 'added' : !after ? 'removed' : sameStep(before, after) ? 'unchanged' : 'changed';
  const detail: StepComparison['detail'] = { action: either.action, stageName: either.stageName, critical: either.critical };
  if (before?.served !== undefined) detail.servedBefore = before.served;
  if (after?.served !== undefined) detail.servedAfter = after.served;
  return {
    before: before?.ref ?? null,
    after: after?.ref ?? null,
    status,
    emotionBefore: before?.emotion ?? null,
    emotionAfter: after?.emotion ?? null,
    channelBefore: before?.channel ?? null,
    channelAfter: after?.channel ?? null,
    matchedBy: either.matchedBy,
    detail,
  };
}

function sameStep(a: SnapshotStep, b: SnapshotStep): boolean {
  return a.channel === b.channel && a.action === b.action && a.emotion === b.emotion && a.pain === b.pain
    && a.critical === b.critical && a.capability === b.capability;
}

function momentsOf(journeys: readonly JourneyComparison[]): MomentChange[] {
  const moments: MomentChange[] = [];
  for (const journey of journeys) {
    for (const step of journey.steps) {
      const { servedBefore, servedAfter } = step.detail;
      if (step.before === null || step.after === null) continue;
      // A moment of truth in both versions: a step that only becomes critical has no "before" to compare.
      if (servedBefore === undefined || servedAfter === undefined) continue;
      const was = servedBefore;
      const now = servedAfter;
      const emotionDelta = (step.emotionAfter ?? 0) - (step.emotionBefore ?? 0);
      const direction = now && !was ? 'improved' : was && !now ? 'worsened' : emotionDelta > 0 ? 'improved' : emotionDelta < 0 ? 'worsened' : undefined;
      if (!direction) continue;
      moments.push({
        journeyId: journey.id, journeyName: journey.name, action: step.detail.action,
        emotionBefore: step.emotionBefore, emotionAfter: step.emotionAfter, servedBefore: was, servedAfter: now, direction,
      });
    }
  }
  return moments;
}

function compareInitiatives(before: EngagementSnapshot, after: EngagementSnapshot): InitiativeChange[] {
  const beforeById = new Map(before.initiatives.map((i) => [i.id, i]));
  const afterIds = new Set(after.initiatives.map((i) => i.id));
  const out: InitiativeChange[] = after.initiatives.map((i) => ({
    id: i.id, title: i.title, statusBefore: beforeById.get(i.id)?.status ?? null, statusAfter: i.status,
  }));
  for (const i of before.initiatives) if (!afterIds.has(i.id)) out.push({ id: i.id, title: i.title, statusBefore: i.status, statusAfter: null });
  return out;
}
