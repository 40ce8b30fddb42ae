/**
 * The engagement as every view uses it: the file's values with the contract's defaults applied
 * (names default to ids, `human` by channel type, empty lists for absent ones), and each journey
 * step tagged with its position so the map, the CLI and the Problems panel speak of the same step.
 */
import type { AssessmentEntry, EngagementFile } from './engagementSchema';
import {
  HUMAN_BY_DEFAULT, DIGITAL_CHANNEL_TYPES,
  type BarrierType, type Capability, type ChangeStage, type ChannelType, type DigitalIntensity, type DimensionId,
  type Horizon, type Language, type Size, type Visibility,
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
}

export interface Segment {
  index: number;
  id: string;
  name: string;
  share?: number;
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

export function normaliseEngagement(file: EngagementFile): Engagement {
  return {
    version: 1,
    engagement: {
      ...file.engagement,
      consultants: file.engagement.consultants ?? [],
      language: file.engagement.language ?? 'en',
    },
    change: { ...file.change, barriers: file.change.barriers ?? [] },
    organisation: file.organisation ?? {},
    channels: file.channels.map((channel, index) => ({
      ...channel,
      index,
      name: channel.name ?? channel.id,
      capabilities: channel.capabilities ?? [],
      recognizesCustomer: channel.recognizesCustomer ?? false,
      sharesHistory: channel.sharesHistory ?? false,
      human: channel.human ?? HUMAN_BY_DEFAULT.has(channel.type),
      digital: DIGITAL_CHANNEL_TYPES.has(channel.type),
      effectiveVisibility: channel.visibility ?? 'low',
    })),
    segments: file.segments.map((segment, index) => ({
      ...segment,
      index,
      name: segment.name ?? segment.id,
      expects: segment.expects ?? [],
      prefers: segment.prefers ?? [],
    })),
    journeys: (file.journeys ?? []).map((journey, journeyIndex) => {
      const steps: Step[] = [];
      const stages = journey.stages.map((stage, stageIndex) => ({
        index: stageIndex,
        name: stage.name,
        steps: stage.steps.map((step, stepIndex) => {
          const normalised: Step = {
            ...step,
            path: `journeys.${journeyIndex}.stages.${stageIndex}.steps.${stepIndex}`,
            key: `${journey.id}/${stageIndex}/${stepIndex}`,
            journeyId: journey.id,
            stageIndex,
            stepIndex,
            order: steps.length,
            critical: step.critical ?? false,
          };
          steps.push(normalised);
          return normalised;
        }),
      }));
      return { index: journeyIndex, id: journey.id, name: journey.name ?? journey.id, segment: journey.segment, stages, steps };
    }),
    assessment: file.assessment ?? {},
    initiatives: (file.initiatives ?? []).map((initiative, index) => ({
      ...initiative,
      index,
      horizon: initiative.horizon ?? 'now',
      barriers: initiative.barriers ?? [],
    })),
  };
}
