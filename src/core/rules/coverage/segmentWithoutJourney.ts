/**
 * `segment-without-journey` (info): A segment has no journey.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  segmentWithoutJourney: {
    en: ({ segment }: { segment: string }) => `Segment "${segment}" has no journey: map how these customers actually buy.`,
    fr: ({ segment }: { segment: string }) => `Le segment « ${segment} » n'a aucun parcours : décrivez comment ces clients achètent vraiment.`,
  },
} satisfies RuleMessages;

function checkSegmentJourneys(facts: EngagementFacts, sink: DiagnosticSink): void {
  const journeySegments = new Set(facts.currentJourneys.map((journey) => journey.segment));
  for (const segment of facts.engagement.segments) {
    if (!journeySegments.has(segment.id)) {
      sink.atValue('segment-without-journey', `segments.${segment.index}.id`, messages.segmentWithoutJourney, { segment: segment.name });
    }
  }
}

const page = {
  en: `**Info.** No current journey of the file is for this segment (also when the file maps no journey
at all); a target journey does not count. Reported on the segment's \`id\`.

**Why it matters.** Seed 001: the experience delivered matters more than traditional segmentation;
a segment whose journey is not mapped is a segment whose experience nobody has looked at.

**Fix.** Map at least one journey for the segment (how these customers actually buy and are served).

\`\`\`yaml
segments:
  - id: grands-comptes     # segment-without-journey
    digitalIntensity: traditional
\`\`\``,
  fr: `**Information.** Aucun parcours actuel du fichier ne concerne ce segment (y compris quand le
fichier ne décrit aucun parcours). Un parcours cible ne compte pas. Signalé sur l'\`id\` du segment.

**Pourquoi c'est important.** L'expérience délivrée compte plus que la segmentation
traditionnelle ; un segment dont le parcours n'est pas décrit est un segment dont personne n'a
regardé l'expérience.

**Correction.** Décrivez au moins un parcours pour ce segment (comment ces clients achètent et sont
servis aujourd'hui).

\`\`\`yaml
segments:
  - id: grands-comptes     # segment-without-journey
    digitalIntensity: traditional
\`\`\``,
};

export const segmentWithoutJourney = defineRule({
  code: 'segment-without-journey',
  severity: 'info',
  family: 'coverage',
  summary: 'A segment has no journey.',
  messages,
  check: checkSegmentJourneys,
  page,
});
