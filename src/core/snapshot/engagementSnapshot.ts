/**
 * The snapshot of an engagement: what `cxm compare` and `cxm portfolio` (and their VS Code views)
 * read, computed once from the one analysis model. It is keyed by ids rather than positions, so two
 * versions of a file can be matched entity by entity and a diagnostic keeps its identity when lines
 * move; it holds no YAML position at all. `snapshotVersion` changes whenever its meaning does, so a
 * snapshot stored by one release is never silently read as another's.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import type { Severity } from '../diagnostics/diagnostic';
import type { Engagement, Journey, Step } from '../model/engagement';
import { EngagementFacts } from '../model/facts';
import type { ChangeStage, ChannelMaturity, DigitalIntensity, DimensionId, Language, Size } from '../model/vocabulary';

export const SNAPSHOT_VERSION = 1;

/** The contract's `initiatives[].status` (second release); `planned` when the file says nothing. */
export const INITIATIVE_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export interface SnapshotDimension {
  id: DimensionId;
  level: number;
  source: 'derived' | 'assessed';
  /** The evidence texts, in the assessment's order. */
  evidence: string[];
}

export interface SnapshotDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** The YAML path as `cxm validate` prints it, in this version of the file. */
  path: string;
  /** The path with list indexes replaced by ids (`journeys[reorder].stages[Commander].steps[#search]`): what matches across versions. */
  key: string;
}

export interface SnapshotStep {
  /** `<journey id>/<stage index>/<step index>`, as the map's `data-step`. */
  ref: string;
  /** What matches this step in another version: `#<id>`, else `<stage name>~<occurrence>@<k>` (the k-th step without an id of that stage). */
  key: string;
  matchedBy: 'id' | 'position';
  id?: string;
  stageName: string;
  stageIndex: number;
  stepIndex: number;
  channel: string;
  action: string;
  emotion?: number;
  pain?: string;
  critical: boolean;
  capability?: string;
  /** For a critical step: a person is reachable and the moment is not lived badly (emotion ≥ 0 or absent). */
  served?: boolean;
  /** A continuity break arrives at this step (the previous step is on another channel that does not share history). */
  breakIn: boolean;
}

export interface SnapshotJourney {
  id: string;
  name: string;
  segment: string;
  /** `current` or `target` (the second release's `journeys[].state`); `current` when absent. */
  state: string;
  stageNames: string[];
  steps: SnapshotStep[];
  /** Continuity breaks, each by the keys of the step the customer leaves and the step where history is lost. */
  breaks: { from: string; to: string }[];
}

export interface SnapshotInitiative {
  id: string;
  title: string;
  dimension: DimensionId;
  status: InitiativeStatus;
}

export interface EngagementSnapshot {
  snapshotVersion: typeof SNAPSHOT_VERSION;
  language: Language;
  /** No error diagnostic. */
  ok: boolean;
  /** Present once the schema accepted the file (with the maturity). */
  engagement?: {
    client: string;
    title?: string;
    sector?: string;
    size?: Size;
    date?: string;
    stage: ChangeStage;
    /** The digital intensity of the largest segment by share (the first segment when none has a share). */
    intensity?: DigitalIntensity;
  };
  overall?: { level: number; maturity: ChannelMaturity };
  dimensions: SnapshotDimension[];
  diagnostics: SnapshotDiagnostic[];
  journeys: SnapshotJourney[];
  initiatives: SnapshotInitiative[];
}

export function snapshotOf(analysis: EngagementAnalysis): EngagementSnapshot {
  const engagement = analysis.engagement;
  const keys = engagement ? new PathKeys(engagement) : undefined;
  const diagnostics = analysis.diagnostics.map((d): SnapshotDiagnostic => ({
    code: d.code, severity: d.severity, message: d.message, path: d.path, key: keys ? keys.keyOf(d.path) : d.path,
  }));
  const snapshot: EngagementSnapshot = {
    snapshotVersion: SNAPSHOT_VERSION,
    language: analysis.language,
    ok: analysis.ok,
    dimensions: (analysis.maturity?.dimensions ?? []).map((d) => ({ id: d.id, level: d.level, source: d.source, evidence: d.evidence.map((e) => e.text) })),
    diagnostics,
    journeys: [],
    initiatives: [],
  };
  if (analysis.maturity) snapshot.overall = { level: analysis.maturity.overall.level, maturity: analysis.maturity.overall.maturity };
  if (!engagement) return snapshot;

  const info = engagement.engagement;
  snapshot.engagement = { client: info.client, stage: engagement.change.stage };
  if (info.title !== undefined) snapshot.engagement.title = info.title;
  if (info.sector !== undefined) snapshot.engagement.sector = info.sector;
  if (info.size !== undefined) snapshot.engagement.size = info.size;
  if (info.date !== undefined) snapshot.engagement.date = info.date;
  const intensity = dominantIntensity(engagement);
  if (intensity) snapshot.engagement.intensity = intensity;

  const facts = new EngagementFacts(engagement);
  snapshot.journeys = engagement.journeys.map((journey) => journeySnapshot(journey, facts, keys!));
  snapshot.initiatives = engagement.initiatives.map((initiative) => ({
    id: initiative.id, title: initiative.title, dimension: initiative.dimension, status: statusOf(initiative),
  }));
  return snapshot;
}

/** Read defensively: the key belongs to the second release's schema, which may not carry it yet. */
function statusOf(initiative: object): InitiativeStatus {
  const status = (initiative as { status?: unknown }).status;
  return INITIATIVE_STATUSES.find((known) => known === status) ?? 'planned';
}

function dominantIntensity(engagement: Engagement): DigitalIntensity | undefined {
  let best = engagement.segments[0];
  for (const segment of engagement.segments) if ((segment.share ?? 0) > (best?.share ?? 0)) best = segment;
  return best?.digitalIntensity;
}

function journeySnapshot(journey: Journey, facts: EngagementFacts, keys: PathKeys): SnapshotJourney {
  const breakAt = new Set<Step>();
  const breaks: SnapshotJourney['breaks'] = [];
  for (const change of facts.channelSwitches(journey)) {
    if (!change.continuityBreak) continue;
    breakAt.add(change.to);
    breaks.push({ from: keys.stepKey(change.from), to: keys.stepKey(change.to) });
  }
  const steps = journey.steps.map((step): SnapshotStep => {
    const stage = journey.stages[step.stageIndex]!;
    const out: SnapshotStep = {
      ref: step.key,
      key: keys.stepKey(step),
      matchedBy: step.id !== undefined ? 'id' : 'position',
      stageName: stage.name,
      stageIndex: step.stageIndex,
      stepIndex: step.stepIndex,
      channel: step.channel,
      action: step.action,
      critical: step.critical,
      breakIn: breakAt.has(step),
    };
    if (step.id !== undefined) out.id = step.id;
    if (step.emotion !== undefined) out.emotion = step.emotion;
    if (step.pain !== undefined) out.pain = step.pain;
    if (step.capability !== undefined) out.capability = step.capability;
    if (step.critical) out.served = facts.personReachable(step, stage) && !(step.emotion !== undefined && step.emotion < 0);
    return out;
  });
  const state = (journey as { state?: unknown }).state;
  return {
    id: journey.id, name: journey.name, segment: journey.segment, state: typeof state === 'string' ? state : 'current',
    stageNames: journey.stages.map((stage) => stage.name), steps, breaks,
  };
}

/**
 * Turns a positional YAML path into an id-keyed one. Lists whose items have ids use them; stages use
 * their name (with its occurrence, for a name used twice); steps use the step's matching key.
 */
class PathKeys {
  private readonly stepKeys = new Map<Step, string>();
  private readonly stageKeys = new Map<string, string>();

  constructor(private readonly engagement: Engagement) {
    for (const journey of engagement.journeys) {
      const seenNames = new Map<string, number>();
      for (const stage of journey.stages) {
        const occurrence = seenNames.get(stage.name) ?? 0;
        seenNames.set(stage.name, occurrence + 1);
        const stageKey = occurrence === 0 ? stage.name : `${stage.name}~${occurrence}`;
        this.stageKeys.set(`${journey.index}.${stage.index}`, stageKey);
        let withoutId = 0;
        for (const step of stage.steps) {
          this.stepKeys.set(step, step.id !== undefined ? `#${step.id}` : `${stageKey}@${withoutId++}`);
        }
      }
    }
  }

  stepKey(step: Step): string {
    return this.stepKeys.get(step) ?? step.key;
  }

  keyOf(path: string): string {
    const parts = path.split('.');
    const index = (at: number): number | undefined => (parts[at] !== undefined && /^\d+$/.test(parts[at]!) ? Number(parts[at]) : undefined);
    const list = parts[0];
    const first = index(1);
    if (first === undefined) return path;
    const e = this.engagement;
    const ids: Record<string, { id: string }[]> = { channels: e.channels, segments: e.segments, initiatives: e.initiatives };
    if (list !== undefined && list in ids) return [`${list}[${ids[list]![first]?.id ?? first}]`, ...parts.slice(2)].join('.');
    if (list !== 'journeys') return path;
    const journey = e.journeys[first];
    if (!journey) return path;
    const head = [`journeys[${journey.id}]`];
    let rest = 2;
    const stageIndex = parts[2] === 'stages' ? index(3) : undefined;
    const stage = stageIndex !== undefined ? journey.stages[stageIndex] : undefined;
    if (stage) {
      head.push(`stages[${this.stageKeys.get(`${journey.index}.${stage.index}`) ?? stage.index}]`);
      rest = 4;
      const stepIndex = parts[4] === 'steps' ? index(5) : undefined;
      const step = stepIndex !== undefined ? stage.steps[stepIndex] : undefined;
      if (step) {
        head.push(`steps[${this.stepKey(step)}]`);
        rest = 6;
      }
    }
    return [...head, ...parts.slice(rest)].join('.');
  }
}
