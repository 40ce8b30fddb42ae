/**
 * The CX rules drawn from the seed articles. Each reads the contract's definitions from
 * EngagementFacts, so the map and the maturity scores see exactly what the rules report.
 * CX findings are warnings: a real client's file is full of them, and that is the point.
 */
import { messages } from '../i18n/validationMessages';
import { capabilityPhrase } from '../i18n/vocabularyLabels';
import type { EngagementFacts } from '../model/facts';
import type { DiagnosticSink } from './diagnosticSink';

export function checkCxRules(facts: EngagementFacts, sink: DiagnosticSink): void {
  checkJourneys(facts, sink);
  checkChannels(facts, sink);
  checkSegments(facts, sink);
}

function checkJourneys(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const journey of facts.engagement.journeys) {
    for (const change of facts.channelSwitches(journey)) {
      const target = facts.channelsById.get(change.to.channel);
      if (!change.continuityBreak || !target || !facts.channelsById.has(change.from.channel)) continue;
      const from = facts.channelsById.get(change.from.channel)!.name;
      sink.atValue('continuity-break', `${change.to.path}.channel`, messages.continuityBreak, { from, to: target.name });
    }
    for (const stage of journey.stages) {
      for (const step of stage.steps) {
        if (step.critical && facts.channelOf(step) && !facts.personReachable(step, stage)) {
          sink.atValue('critical-without-person', `${step.path}.critical`, messages.criticalWithoutPerson, { stage: stage.name });
        }
      }
    }
    const purchase = facts.stopsAtPurchase(journey);
    if (purchase) sink.atValue('stops-at-purchase', `${purchase.path}.capability`, messages.stopsAtPurchase, { journey: journey.name });
  }
}

function checkChannels(facts: EngagementFacts, sink: DiagnosticSink): void {
  const { channels } = facts.engagement;
  // Coverage counts current journeys only: a target design does not show how customers buy today.
  const used = facts.currentJourneys.length > 0 ? facts.usedChannelIds() : undefined;
  for (const channel of channels) {
    const path = `channels.${channel.index}`;
    if (channel.sharesHistory && !channel.recognizesCustomer) {
      sink.atValue('history-without-recognition', `${path}.sharesHistory`, messages.historyWithoutRecognition, { channel: channel.name });
    }
    if (channel.visibility !== undefined && !channel.digital) {
      sink.atValue('visibility-not-digital', `${path}.visibility`, messages.visibilityNotDigital, { channel: channel.name, type: channel.type });
    }
    if (used && !used.has(channel.id)) sink.atValue('channel-unused', `${path}.id`, messages.channelUnused, { channel: channel.name });
  }
}

function checkSegments(facts: EngagementFacts, sink: DiagnosticSink): void {
  const { segments } = facts.engagement;
  const visible = facts.visibleOnline;
  const journeySegments = new Set(facts.currentJourneys.map((journey) => journey.segment));
  const offered = facts.digitalCapabilities;
  for (const segment of segments) {
    const path = `segments.${segment.index}`;
    for (const capability of facts.expectations(segment)) {
      if (offered.has(capability)) continue;
      const listed = segment.expects.indexOf(capability);
      const at = listed >= 0 ? `${path}.expects.${listed}` : `${path}.digitalIntensity`;
      sink.atValue('digital-expectation-unmet', at, messages.expectationUnmet, { segment: segment.name, capability: capabilityPhrase(capability, sink.lang) });
    }
    if (!visible && facts.needsOnlineVisibility(segment)) {
      sink.atValue('invisible-online', `${path}.digitalIntensity`, messages.invisibleOnline, { segment: segment.name });
    }
    if (!journeySegments.has(segment.id)) {
      sink.atValue('segment-without-journey', `${path}.id`, messages.segmentWithoutJourney, { segment: segment.name });
    }
  }
}
