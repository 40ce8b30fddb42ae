/**
 * What every step of the planner and every playbook trigger reads: the engagement's facts computed
 * once (moments lived badly, continuity breaks, unmet expectations…), the maturity levels and the
 * language. One linear pass over the journeys, so 1,000 critical steps cost what they weigh.
 */
import type { DimensionAssessment, MaturityAssessment } from '../../maturity/maturityAssessment';
import type { Locate } from '../../maturity/scoringContext';
import type { Channel, Engagement, Journey, Segment, Stage, Step } from '../../model/engagement';
import type { ChannelSwitch, EngagementFacts } from '../../model/facts';
import type { Capability, DimensionId, Language } from '../../model/vocabulary';
import { inPlace, localize } from '../../i18n/localized';
import { quoteName } from '../playbook/phrases';
import { weighGaps, type GapWeight } from './weighGaps';

/** A step with what the planner needs to know about it. */
export interface StepFact {
  step: Step;
  journey: Journey;
  stage: Stage;
  channel?: Channel;
  segment?: Segment;
  /** After the journey's purchase step. */
  afterPurchase: boolean;
  /** The channel the customer came from when arriving here broke continuity. */
  brokenFrom?: Channel;
  /** A channel where an earlier step of the journey placed an order (a reservation made elsewhere). */
  orderedOn?: Channel;
  reachable: boolean;
}


export class PlanContext {
  /** The steps that carry a fact: lived badly, critical, reached through a break, or after an order elsewhere. */
  readonly steps: StepFact[] = [];
  /** Segments whose journeys use a human channel. */
  readonly segmentsOnHumanChannels = new Set<Segment>();
  /** Segments whose journeys break continuity somewhere. */
  readonly segmentsWithBreaks = new Set<Segment>();
  /** Segments with a critical step without a person or lived badly. */
  readonly segmentsHurtAtCriticalMoments = new Set<Segment>();
  /** Segments with a step lived badly after the purchase. */
  readonly segmentsHurtAfterPurchase = new Set<Segment>();
  /** Segments that cross channels (a break, or an order followed on another channel). */
  readonly segmentsCrossingChannels = new Set<Segment>();
  /** Steps with emotion −1 or −2. */
  readonly badSteps: StepFact[] = [];
  /** Critical steps with emotion −1 or −2: failed moments of truth. */
  readonly failedMoments: StepFact[] = [];
  readonly criticalSteps: StepFact[] = [];
  readonly unreachable: StepFact[] = [];
  readonly switches: ChannelSwitch[] = [];
  readonly breaks: ChannelSwitch[] = [];
  /** Continuity breaks by the channel the customer arrives on. */
  readonly breaksByChannel = new Map<Channel, number>();
  readonly stopping: Journey[] = [];
  readonly journeys: Journey[];
  private readonly levels = new Map<DimensionId, DimensionAssessment>();

  constructor(
    readonly engagement: Engagement,
    readonly facts: EngagementFacts,
    readonly maturity: MaturityAssessment,
    readonly lang: Language,
    readonly locate: Locate = () => undefined,
  ) {
    for (const d of maturity.dimensions) this.levels.set(d.id, d);
    this.journeys = facts.currentJourneys;
    for (const journey of this.journeys) this.readJourney(journey);
  }

  private readJourney(journey: Journey): void {
    const { facts } = this;
    const segment = facts.segmentsById.get(journey.segment);
    const purchase = facts.purchaseStep(journey);
    const purchaseOrder = purchase ? purchase.order : Infinity;
    const switches = facts.channelSwitches(journey);
    let brokenAt: Map<Step, Channel | undefined> | undefined;
    for (const s of switches) {
      this.switches.push(s);
      if (!s.continuityBreak) continue;
      this.breaks.push(s);
      const to = facts.channelsById.get(s.to.channel);
      if (to) this.breaksByChannel.set(to, (this.breaksByChannel.get(to) ?? 0) + 1);
      (brokenAt ??= new Map()).set(s.to, facts.channelsById.get(s.from.channel));
    }
    if (purchase && purchase.stageIndex === journey.stages.length - 1) this.stopping.push(journey);
    let orderedOn: Channel | undefined;
    for (const stage of journey.stages) {
      for (const step of stage.steps) {
        const channel = facts.channelOf(step);
        if (segment && channel?.human) this.segmentsOnHumanChannels.add(segment);
        const critical = step.critical;
        const bad = step.emotion !== undefined && step.emotion <= -1;
        const brokenFrom = brokenAt?.get(step);
        const reserved = orderedOn !== undefined && orderedOn !== channel ? orderedOn : undefined;
        // Only the steps that carry a fact the planner reads are kept: a 1 MB file has thousands of plain ones.
        if (bad || critical || brokenFrom !== undefined || reserved !== undefined) {
          const fact: StepFact = {
            step, journey, stage, channel, segment,
            afterPurchase: step.order > purchaseOrder,
            brokenFrom,
            orderedOn: reserved,
            reachable: critical ? facts.personReachable(step, stage) : true,
          };
          this.steps.push(fact);
          if (bad) this.badSteps.push(fact);
          if (critical) {
            this.criticalSteps.push(fact);
            if (bad) this.failedMoments.push(fact);
            if (!fact.reachable) this.unreachable.push(fact);
          }
          if (segment) {
            if (brokenFrom !== undefined) this.segmentsWithBreaks.add(segment);
            if (critical && (bad || !fact.reachable)) this.segmentsHurtAtCriticalMoments.add(segment);
            if (bad && fact.afterPurchase) this.segmentsHurtAfterPurchase.add(segment);
            if (brokenFrom !== undefined || reserved !== undefined) this.segmentsCrossingChannels.add(segment);
          }
        }
        if (step.capability === 'order' && channel) orderedOn = channel;
      }
    }
  }

  private gapWeights: Map<DimensionId, GapWeight> | undefined;

  /** Step 1's result, computed once. */
  get gaps(): Map<DimensionId, GapWeight> {
    this.gapWeights ??= weighGaps(this);
    return this.gapWeights;
  }

  /** The lowest level; ties go to the gap that weighs most, then to table order. */
  get weakestDimension(): DimensionId {
    let best = this.maturity.dimensions[0]!;
    for (const d of this.maturity.dimensions) {
      if (d.level < best.level || (d.level === best.level && this.gaps.get(d.id)!.weight > this.gaps.get(best.id)!.weight)) best = d;
    }
    return best.id;
  }

  level(id: DimensionId): number {
    return this.levels.get(id)!.level;
  }

  dimension(id: DimensionId): DimensionAssessment {
    return this.levels.get(id)!;
  }

  /** A text written in place in both languages (the playbook's rows are its catalogue): read in the plan's language. */
  say(en: string, fr: string): string {
    return localize(inPlace(en, fr), this.lang);
  }

  q(name: string): string {
    return quoteName(name, this.lang);
  }

  channelsOfType(...types: Channel['type'][]): Channel[] {
    return this.engagement.channels.filter((c) => types.includes(c.type));
  }

  /** Segments that expect `capability` online and do not get it. */
  segmentsMissing(capability: Capability): Segment[] {
    return this.engagement.segments.filter((s) => this.facts.unmetExpectations(s).includes(capability));
  }

  /** The file's general management: a `who` or owner that names it, else the words themselves. */
  get generalManagement(): string {
    const named = [...this.engagement.change.barriers.map((b) => b.who), ...this.engagement.channels.map((c) => c.owner)]
      .find((who) => who !== undefined && /direction g[ée]n[ée]rale|general management|\bceo\b|\bpdg\b|managing director/i.test(who));
    return named ?? this.say('General management', 'Direction générale');
  }

  /** A barrier's `who` that is the sales force (or no `who`: the answer then speaks of the sales force in general). */
  isSalesForce(who: string | undefined): boolean {
    if (who === undefined) return true;
    const sales = this.engagement.channels.filter((c) => c.type === 'field-sales').flatMap((c) => [c.name, c.owner ?? '']);
    return /commerc|vente|vendeu|sales|account manager/i.test(who) || sales.some((n) => n && n.toLowerCase() === who.toLowerCase());
  }

  get toBeNamed(): string {
    return this.say('to be named', 'à nommer');
  }

  /** The first owner named on these channels, else the fallback. */
  ownerOf(channels: readonly (Channel | undefined)[], fallback: 'board' | 'to-be-named'): string {
    for (const c of channels) if (c?.owner?.trim()) return c.owner.trim();
    return fallback === 'board' ? this.generalManagement : this.toBeNamed;
  }
}
