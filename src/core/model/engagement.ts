/**
 * The engagement as every view uses it: the file's values with the contract's defaults applied
 * (names default to ids, `human` by channel type, empty lists for absent ones), and each journey
 * step tagged with its position so the map, the CLI and the Problems panel speak of the same step.
 */
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, boundedName, capText } from '../text/boundedText';
import type { AssessmentEntry, EngagementFile } from './engagementSchema';
import {
  HUMAN_BY_DEFAULT, DIGITAL_CHANNEL_TYPES,
  type BarrierType, type Capability, type ChangeStage, type ChannelType, type DigitalIntensity, type DimensionId,
  type Effort, type Horizon, type InitiativeStatus, type Language, type Size, type Visibility,
} from './vocabulary';

export interface EngagementInfo {
  client: string;
  title?: string;
  sector?: string;
  size?: Size;
  date?: string;
  consultants: string[];
  language: Language;
}

export interface Barrier { type: BarrierType; who?: string; note?: string }

export interface Change { stage: ChangeStage; evidence?: string; barriers: Barrier[] }

export interface Organisation {
  unifiedPnl?: boolean;
  itMarketingAlignment?: 'none' | 'partial' | 'full';
  dataCharter?: boolean;
  employeeTools?: 'outdated' | 'partial' | 'modern';
  customerVoice?: 'none' | 'monitored' | 'engaged';
}

export interface Channel {
  index: number;
  id: string;
  name: string;
  type: ChannelType;
  owner?: string;
  capabilities: Capability[];
  recognizesCustomer: boolean;
  sharesHistory: boolean;
  human: boolean;
  digital: boolean;
  /** As written; `effectiveVisibility` applies the "absent counts as low" rule. */
  visibility?: Visibility;
  effectiveVisibility: Visibility;
  /** A web channel designed for phones; `false` when absent. */
  mobileReady: boolean;
}

export interface Segment {
  index: number;
  id: string;
  name: string;
  share?: number;
  /** Share of revenue in percent: when given, weighs the segment in priorities instead of `share`. */
  revenueShare?: number;
  digitalIntensity: DigitalIntensity;
  expects: Capability[];
  prefers: string[];
}

export interface Step {
  /** `journeys.J.stages.S.steps.K`: the YAML path of this step. */
  path: string;
  /** `<journey id>/<stage index>/<step index>`: the map's and exports' `data-step`. */
  key: string;
  journeyId: string;
  stageIndex: number;
  stepIndex: number;
  /** Position in the whole journey, read in order across stages. */
  order: number;
  id?: string;
  channel: string;
  action: string;
  emotion?: number;
  pain?: string;
  critical: boolean;
  capability?: Capability;
}

export interface Stage { index: number; name: string; steps: Step[] }

export interface Journey {
  index: number;
  id: string;
  name: string;
  segment: string;
  /** `current` unless the file says `target` (a redesigned, "to-be" journey). */
  state: 'current' | 'target';
  /** On a target journey: the current journey it redesigns. */
  redesigns?: string;
  stages: Stage[];
  /** Every step in order across stages. */
  steps: Step[];
}

export interface Initiative {
  index: number;
  id: string;
  title: string;
  dimension: DimensionId;
  horizon: Horizon;
  stage?: ChangeStage;
  targetLevel?: number;
  owner?: string;
  kpi?: string;
  barriers: BarrierType[];
  description?: string;
  /** Overrides the planner's estimate. */
  effort?: Effort;
  /** Ids of initiatives (the consultant's or generated ones) that come first; `[]` when absent. */
  dependsOn: string[];
  status: InitiativeStatus;
}

export interface Engagement {
  version: 1;
  engagement: EngagementInfo;
  change: Change;
  organisation: Organisation;
  channels: Channel[];
  segments: Segment[];
  journeys: Journey[];
  assessment: Partial<Record<DimensionId, AssessmentEntry>>;
  initiatives: Initiative[];
}

/**
 * Completes the schema's output in place with the contract's defaults. The schema's output is a
 * fresh object graph owned by the caller: completing it rather than copying it keeps a 10 MB
 * engagement from being held in memory twice.
 */
export function normaliseEngagement(file: EngagementFile): Engagement {
  const info = file.engagement as EngagementInfo;
  info.client = boundedName(info.client);
  capFreeText(info, 'title');
  capName(info, 'sector');
  info.consultants = (info.consultants ?? []).map((name) => boundedName(name));
  info.language ??= 'en';
  const change = file.change as Change;
  capFreeText(change, 'evidence');
  change.barriers ??= [];
  for (const barrier of change.barriers) {
    capName(barrier, 'who');
    capFreeText(barrier, 'note');
  }
  file.channels.forEach((input, index) => {
    const channel = input as Channel;
    channel.index = index;
    channel.name = boundedName(channel.name ?? channel.id);
    capName(channel, 'owner');
    channel.capabilities ??= [];
    channel.recognizesCustomer ??= false;
    channel.sharesHistory ??= false;
    channel.human ??= HUMAN_BY_DEFAULT.has(channel.type);
    channel.digital = DIGITAL_CHANNEL_TYPES.has(channel.type);
    channel.effectiveVisibility = channel.visibility ?? 'low';
    channel.mobileReady ??= false;
  });
  file.segments.forEach((input, index) => {
    const segment = input as Segment;
    segment.index = index;
    segment.name = boundedName(segment.name ?? segment.id);
    segment.expects ??= [];
    segment.prefers ??= [];
  });
  (file.journeys ?? []).forEach((input, journeyIndex) => {
    const journey = input as unknown as Journey;
    journey.index = journeyIndex;
    journey.name = boundedName(journey.name ?? journey.id);
    journey.state ??= 'current';
    const steps: Step[] = [];
    journey.stages.forEach((stage, stageIndex) => {
      stage.index = stageIndex;
      capName(stage, 'name');
      stage.steps.forEach((step, stepIndex) => {
        step.path = `journeys.${journeyIndex}.stages.${stageIndex}.steps.${stepIndex}`;
        step.key = `${journey.id}/${stageIndex}/${stepIndex}`;
        step.journeyId = journey.id;
        step.stageIndex = stageIndex;
        step.stepIndex = stepIndex;
        step.order = steps.length;
        step.critical ??= false;
        capFreeText(step, 'action');
        capFreeText(step, 'pain');
        steps.push(step);
      });
    });
    journey.steps = steps;
  });
  (file.initiatives ?? []).forEach((input, index) => {
    const initiative = input as Initiative;
    initiative.index = index;
    initiative.horizon ??= 'now';
    capFreeText(initiative, 'title');
    capName(initiative, 'owner');
    capFreeText(initiative, 'kpi');
    capFreeText(initiative, 'description');
    initiative.barriers ??= [];
    initiative.dependsOn ??= [];
    initiative.status ??= 'planned';
  });
  const engagement = file as unknown as Engagement;
  engagement.version = 1;
  engagement.organisation ??= {};
  engagement.journeys ??= [];
  engagement.assessment ??= {};
  for (const entry of Object.values(engagement.assessment)) {
    if (entry) capFreeText(entry, 'rationale');
  }
  engagement.initiatives ??= [];
  return engagement;
}

/** Cuts an optional string field in place, leaving an absent one absent (see src/core/text/boundedText.ts). */
function capField<T extends object>(owner: T, key: keyof T & string, max: number): void {
  const value = owner[key];
  if (typeof value === 'string' && value.length > max) (owner as Record<string, unknown>)[key] = capText(value, max);
}
function capName<T extends object>(owner: T, key: keyof T & string): void { capField(owner, key, MAX_NAME_LENGTH); }
function capFreeText<T extends object>(owner: T, key: keyof T & string): void { capField(owner, key, MAX_TEXT_LENGTH); }
