/**
 * The journey map of one journey, computed from the one model (EngagementAnalysis): what the
 * webview, the exports and the CLI draw. Every CX judgement (switches, breaks, person reachable)
 * comes from EngagementFacts, so the map and the diagnostics never disagree.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import type { Severity, DiagnosticCode } from '../diagnostics/diagnostic';
import type { Engagement, Journey, Step } from '../model/engagement';
import { EngagementFacts } from '../model/facts';
import type { Capability, ChannelType, DigitalIntensity, Language } from '../model/vocabulary';

export type LaneGroup = 'digital' | 'physical';

export interface Lane {
  channelId: string;
  name: string;
  /** Absent when the step names a channel the file does not declare (an `unknown-ref` error). */
  type?: ChannelType;
  group: LaneGroup;
  human: boolean;
  sharesHistory: boolean;
}

export interface CardDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
}

export interface StepCard {
  /** `<journey id>/<stage index>/<step index>`: the contract's `data-step`. */
  key: string;
  /** `<journey id>/<step id>` when the step has an id: the contract's `data-step-id`. */
  idKey?: string;
  /** The step's YAML path, to reveal it in the editor. */
  path: string;
  order: number;
  stageIndex: number;
  stepIndex: number;
  lane: number;
  channelId: string;
  action: string;
  emotion?: number;
  pain?: string;
  capability?: Capability;
  critical: boolean;
  /** A critical moment where no person can be reached (contract: "person reachable"). */
  noPersonReachable: boolean;
  diagnostics: CardDiagnostic[];
}

export interface StageColumn {
  index: number;
  name: string;
  /** Order of its first step across the journey, and how many steps it holds. */
  firstOrder: number;
  stepCount: number;
}

export interface Connector {
  fromKey: string;
  toKey: string;
  fromOrder: number;
  toOrder: number;
  fromLane: number;
  toLane: number;
  continuityBreak: boolean;
}

export interface JourneyMapHeader {
  segmentId: string;
  segmentName: string;
  share?: number;
  digitalIntensity?: DigitalIntensity;
}

/**
 * The other side of a redesign: for a current journey its target ("to-be"), for a target the
 * current journey it redesigns. Its emotions, in its own step order, are drawn as a second curve.
 */
export interface JourneyComparison {
  journeyId: string;
  journeyName: string;
  state: 'current' | 'target';
  /** One entry per step, in order across stages; null where the step records no emotion. */
  emotions: Array<number | null>;
}

export interface JourneyMapModel {
  journeyId: string;
  journeyName: string;
  /** `current` (as-is) or `target` (the redesigned, "to-be" journey). */
  state: 'current' | 'target';
  /** The journey this one is compared with, when a redesign links them. */
  comparison?: JourneyComparison;
  client: string;
  language: Language;
  header: JourneyMapHeader;
  stages: StageColumn[];
  /** Digital lanes first, then physical and human ones; each group in the file's channel order. */
  lanes: Lane[];
  /** In journey order; `cards[i].order === i`. */
  cards: StepCard[];
  connectors: Connector[];
}

export function journeyMapModel(analysis: EngagementAnalysis, journeyId: string): JourneyMapModel {
  const engagement = requireEngagement(analysis);
  const journey = engagement.journeys.find((candidate) => candidate.id === journeyId);
  if (!journey) throw new Error(`Unknown journey: ${journeyId}`);
  const facts = new EngagementFacts(engagement);
  const lanes = lanesOf(journey, facts);
  const laneIndex = new Map(lanes.map((lane, index) => [lane.channelId, index]));
  const diagnosticsByStep = diagnosticsOfSteps(analysis, journey);
  const segment = facts.segmentsById.get(journey.segment);

  const cards = journey.steps.map((step): StepCard => {
    const stage = journey.stages[step.stageIndex]!;
    return {
      key: step.key,
      ...(step.id !== undefined ? { idKey: `${journey.id}/${step.id}` } : {}),
      path: step.path,
      order: step.order,
      stageIndex: step.stageIndex,
      stepIndex: step.stepIndex,
      lane: laneIndex.get(step.channel)!,
      channelId: step.channel,
      action: step.action,
      ...(step.emotion !== undefined ? { emotion: step.emotion } : {}),
      ...(step.pain !== undefined && step.pain !== '' ? { pain: step.pain } : {}),
      ...(step.capability !== undefined ? { capability: step.capability } : {}),
      critical: step.critical,
      noPersonReachable: step.critical && !facts.personReachable(step, stage),
      diagnostics: diagnosticsByStep.get(step.path) ?? [],
    };
  });

  const counterpart = counterpartOf(engagement, journey);
  return {
    journeyId: journey.id,
    journeyName: journey.name,
    state: journey.state ?? 'current',
    ...(counterpart ? {
      comparison: {
        journeyId: counterpart.id,
        journeyName: counterpart.name,
        state: counterpart.state ?? 'current',
        emotions: counterpart.steps.map((step) => step.emotion ?? null),
      },
    } : {}),
    client: engagement.engagement.client,
    language: analysis.language,
    header: {
      segmentId: journey.segment,
      segmentName: segment?.name ?? journey.segment,
      ...(segment?.share !== undefined ? { share: segment.share } : {}),
      ...(segment ? { digitalIntensity: segment.digitalIntensity } : {}),
    },
    stages: journey.stages.map((stage) => ({
      index: stage.index,
      name: stage.name,
      firstOrder: stage.steps[0]?.order ?? 0,
      stepCount: stage.steps.length,
    })),
    lanes,
    cards,
    connectors: facts.channelSwitches(journey).map((change) => ({
      fromKey: change.from.key,
      toKey: change.to.key,
      fromOrder: change.from.order,
      toOrder: change.to.order,
      fromLane: laneIndex.get(change.from.channel)!,
      toLane: laneIndex.get(change.to.channel)!,
      continuityBreak: change.continuityBreak,
    })),
  };
}

/** The ids of the journeys the map can draw, in file order (first occurrence of a duplicate id). */
export function mapJourneyIds(analysis: EngagementAnalysis): string[] {
  const ids: string[] = [];
  for (const journey of drawableEngagement(analysis)?.journeys ?? []) if (!ids.includes(journey.id)) ids.push(journey.id);
  return ids;
}

/**
 * A current journey's first target (`redesigns` naming it), or the current journey a target
 * redesigns. A target naming no current journey (an error) has none.
 */
export function counterpartOf(engagement: Engagement, journey: Journey): Journey | undefined {
  if (journey.state === 'target') {
    return journey.redesigns === undefined ? undefined
      : engagement.journeys.find((candidate) => candidate.id === journey.redesigns && candidate.state !== 'target');
  }
  return engagement.journeys.find((candidate) => candidate.state === 'target' && candidate.redesigns === journey.id);
}

/** The engagement the map draws: the whole file, or while the schema fails, its valid parts. */
export function drawableEngagement(analysis: EngagementAnalysis): Engagement | undefined {
  return analysis.engagement ?? analysis.partial?.engagement;
}

function requireEngagement(analysis: EngagementAnalysis): Engagement {
  const drawable = drawableEngagement(analysis);
  if (drawable) return drawable;
  if (!analysis.engagement) throw new Error('The engagement did not pass the schema: no journey map can be drawn.');
  return analysis.engagement;
}

function lanesOf(journey: Journey, facts: EngagementFacts): Lane[] {
  const used = new Set(journey.steps.map((step: Step) => step.channel));
  const lanes: Lane[] = [];
  for (const channel of facts.channelsById.values()) {
    if (!used.has(channel.id)) continue;
    used.delete(channel.id);
    lanes.push({
      channelId: channel.id,
      name: channel.name,
      type: channel.type,
      group: channel.digital ? 'digital' : 'physical',
      human: channel.human,
      sharesHistory: channel.sharesHistory,
    });
  }
  // Undeclared channels (an unknown-ref error) still get a lane so the consultant sees the step.
  for (const channelId of used) lanes.push({ channelId, name: channelId, group: 'physical', human: false, sharesHistory: false });
  const digital = lanes.filter((lane) => lane.group === 'digital');
  return [...digital, ...lanes.filter((lane) => lane.group === 'physical')];
}

/** Diagnostics whose path lies under a step, keyed by the step's path. */
function diagnosticsOfSteps(analysis: EngagementAnalysis, journey: Journey): Map<string, CardDiagnostic[]> {
  const prefix = `journeys.${journey.index}.stages.`;
  const byStep = new Map<string, CardDiagnostic[]>();
  for (const diagnostic of analysis.diagnostics) {
    if (!diagnostic.path.startsWith(prefix)) continue;
    const match = /^journeys\.\d+\.stages\.\d+\.steps\.\d+/.exec(diagnostic.path);
    if (!match) continue;
    const list = byStep.get(match[0]) ?? [];
    list.push({ code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message });
    byStep.set(match[0], list);
  }
  return byStep;
}
