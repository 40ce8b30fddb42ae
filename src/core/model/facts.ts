/**
 * The contract's definitions (docs/format.md, "Definitions used by the rules, the map and the
 * scores"), computed once so the rules, the journey map and the maturity scores never disagree.
 */
import type { Channel, Engagement, Journey, Segment, Stage, Step } from './engagement';
import { ONLINE_PRESENCE_TYPES, type Capability } from './vocabulary';

export interface ChannelSwitch {
  from: Step;
  to: Step;
  /** The target channel does not share the customer's history: the customer must start again. */
  continuityBreak: boolean;
}

export class EngagementFacts {
  readonly channelsById = new Map<string, Channel>();
  readonly segmentsById = new Map<string, Segment>();
  // The rules, the scores and the planner all ask for these: computed once per engagement.
  private readonly switchesByJourney = new Map<Journey, ChannelSwitch[]>();
  private offeredOnline: ReadonlySet<Capability> | undefined;
  private journeysBySegment: Map<string, Journey[]> | undefined;
  /**
   * The journeys as the client lives them today. Target ("to-be") journeys are designs, not facts:
   * they never count in the definitions, the maturity levels or the coverage rules.
   */
  readonly currentJourneys: Journey[];

  constructor(readonly engagement: Engagement) {
    this.currentJourneys = engagement.journeys.filter((journey) => journey.state !== 'target');
    // First occurrence wins, as for every duplicate id (the later ones are reported).
    for (const channel of engagement.channels) if (!this.channelsById.has(channel.id)) this.channelsById.set(channel.id, channel);
    for (const segment of engagement.segments) if (!this.segmentsById.has(segment.id)) this.segmentsById.set(segment.id, segment);
  }

  channelOf(step: Step): Channel | undefined {
    return this.channelsById.get(step.channel);
  }

  /** Two consecutive steps, read in order across stages, on different channels. */
  channelSwitches(journey: Journey): ChannelSwitch[] {
    const cached = this.switchesByJourney.get(journey);
    if (cached) return cached;
    const switches: ChannelSwitch[] = [];
    this.switchesByJourney.set(journey, switches);
    for (let i = 1; i < journey.steps.length; i++) {
      const from = journey.steps[i - 1]!;
      const to = journey.steps[i]!;
      if (from.channel === to.channel) continue;
      switches.push({ from, to, continuityBreak: this.channelsById.get(to.channel)?.sharesHistory !== true });
    }
    return switches;
  }

  /** A critical step's own channel is human, or another step of its stage is on a human channel. */
  personReachable(step: Step, stage: Stage): boolean {
    if (this.channelOf(step)?.human) return true;
    return stage.steps.some((other) => other !== step && this.channelOf(other)?.human === true);
  }

  /** What a segment expects online: its `expects`, plus `order` for a digital-first segment. */
  expectations(segment: Segment): Capability[] {
    const expected = [...segment.expects];
    if (segment.digitalIntensity === 'digital-first' && !expected.includes('order')) expected.push('order');
    return expected;
  }

  /** Capabilities offered by at least one digital channel. */
  get digitalCapabilities(): ReadonlySet<Capability> {
    if (!this.offeredOnline) {
      const offered = new Set<Capability>();
      for (const channel of this.engagement.channels) if (channel.digital) for (const c of channel.capabilities) offered.add(c);
      this.offeredOnline = offered;
    }
    return this.offeredOnline;
  }

  unmetExpectations(segment: Segment): Capability[] {
    const offered = this.digitalCapabilities;
    return this.expectations(segment).filter((capability) => !offered.has(capability));
  }

  /** Some web or mobile-app channel has visibility medium or high. */
  get visibleOnline(): boolean {
    return this.engagement.channels.some(
      (c) => ONLINE_PRESENCE_TYPES.has(c.type) && (c.effectiveVisibility === 'medium' || c.effectiveVisibility === 'high'),
    );
  }

  /** Every segment except `traditional` researches online before buying (ROPO). */
  needsOnlineVisibility(segment: Segment): boolean {
    return segment.digitalIntensity !== 'traditional';
  }

  /** The first step whose capability is order or pay; undefined when not a purchase journey. */
  purchaseStep(journey: Journey): Step | undefined {
    return journey.steps.find((step) => step.capability === 'order' || step.capability === 'pay');
  }

  /** A purchase journey where no stage follows the purchase step's stage. */
  stopsAtPurchase(journey: Journey): Step | undefined {
    const purchase = this.purchaseStep(journey);
    return purchase && purchase.stageIndex === journey.stages.length - 1 ? purchase : undefined;
  }

  journeysOf(segment: Segment): Journey[] {
    if (!this.journeysBySegment) {
      this.journeysBySegment = new Map();
      for (const journey of this.currentJourneys) {
        const list = this.journeysBySegment.get(journey.segment) ?? [];
        list.push(journey);
        this.journeysBySegment.set(journey.segment, list);
      }
    }
    return this.journeysBySegment.get(segment.id) ?? [];
  }

  usedChannelIds(): Set<string> {
    const used = new Set<string>();
    for (const journey of this.currentJourneys) for (const step of journey.steps) used.add(step.channel);
    return used;
  }
}
