/**
 * Ids and the references between them: duplicates within each list (reported on every occurrence
 * after the first), unknown channel and segment ids wherever they are used, and segment shares.
 */
import { messages } from '../i18n/validationMessages';
import type { Engagement } from '../model/engagement';
import { once, type DiagnosticSink } from './diagnosticSink';
import { didYouMean, fixTo } from './didYouMean';

export function checkReferences(engagement: Engagement, sink: DiagnosticSink): void {
  reportDuplicates(engagement.channels, (c) => c.id, (c) => `channels.${c.index}.id`, 'channels', sink);
  reportDuplicates(engagement.segments, (s) => s.id, (s) => `segments.${s.index}.id`, 'segments', sink);
  reportDuplicates(engagement.journeys, (j) => j.id, (j) => `journeys.${j.index}.id`, 'journeys', sink);
  reportDuplicates(engagement.initiatives, (i) => i.id, (i) => `initiatives.${i.index}.id`, 'initiatives', sink);
  for (const journey of engagement.journeys) {
    reportDuplicates(journey.steps, (step) => step.id, (step) => `${step.path}.id`, `journeys.${journey.index} (${journey.id})`, sink);
  }

  const channelIds = engagement.channels.map((c) => c.id);
  const segmentIds = engagement.segments.map((s) => s.id);
  const knownChannels = new Set(channelIds);
  const knownSegments = new Set(segmentIds);
  // The did-you-mean is searched only for the diagnostics the file keeps (3,000 unknown references
  // against 3,000 channels would otherwise be nine million comparisons).
  const unknownChannel = (id: string, path: string) => {
    const suggestion = once(() => didYouMean(id, channelIds));
    sink.atValue('unknown-ref', path, messages.unknownChannel, () => ({ id, suggestion: suggestion() }), () => fixTo(suggestion()));
  };

  for (const segment of engagement.segments) {
    segment.prefers.forEach((id, index) => {
      if (!knownChannels.has(id)) unknownChannel(id, `segments.${segment.index}.prefers.${index}`);
    });
  }
  for (const journey of engagement.journeys) {
    if (!knownSegments.has(journey.segment)) {
      const suggestion = once(() => didYouMean(journey.segment, segmentIds));
      sink.atValue('unknown-ref', `journeys.${journey.index}.segment`, messages.unknownSegment,
        () => ({ id: journey.segment, suggestion: suggestion() }), () => fixTo(suggestion()));
    }
    for (const step of journey.steps) if (!knownChannels.has(step.channel)) unknownChannel(step.channel, `${step.path}.channel`);
  }
  checkRedesigns(engagement, sink);

  // The sum is reported once, on the share that takes it over 100.
  let total = 0;
  let reported = false;
  for (const segment of engagement.segments) {
    if (segment.share === undefined) continue;
    total += segment.share;
    // Shares are written with decimals (32.1 + 32.7 + 35.2): compare at a precision no one writes.
    if (total > 100 + 1e-9 && !reported) {
      reported = true;
      const sum = engagement.segments.reduce((acc, s) => acc + (s.share ?? 0), 0);
      sink.atValue('shares-over-100', `segments.${segment.index}.share`, messages.sharesOver100, { total: Math.round(sum * 100) / 100 });
    }
  }
}

/**
 * A target ("to-be") journey must name the current journey it redesigns, so the map can lay the
 * two emotion curves on one chart; `redesigns` must name a current journey, never another target.
 */
function checkRedesigns(engagement: Engagement, sink: DiagnosticSink): void {
  const currentIds = engagement.journeys.filter((journey) => journey.state === 'current').map((journey) => journey.id);
  const known = new Set(currentIds);
  for (const journey of engagement.journeys) {
    const path = `journeys.${journey.index}`;
    if (journey.redesigns !== undefined && !known.has(journey.redesigns)) {
      const suggestion = didYouMean(journey.redesigns, currentIds);
      sink.atValue('unknown-ref', `${path}.redesigns`, messages.unknownCurrentJourney, { id: journey.redesigns, suggestion },
        suggestion ? { replacement: suggestion } : undefined);
    } else if (journey.state === 'target' && journey.redesigns === undefined) {
      sink.atValue('target-without-current', `${path}.state`, messages.targetWithoutCurrent, { journey: journey.name });
    }
  }
}

/** Reports every occurrence of an id after the first; paths are built only for those. */
function reportDuplicates<T>(
  items: readonly T[], idOf: (item: T) => string | undefined, pathOf: (item: T) => string, list: string, sink: DiagnosticSink,
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const id = idOf(item);
    if (id === undefined) continue;
    if (seen.has(id)) sink.atValue('duplicate-id', pathOf(item), messages.duplicateId, { id, list });
    else seen.add(id);
  }
}
