/**
 * `unknown-ref` (error): A reference names an id that does not exist.
 */
import { defineRule, type RuleMessages } from '../rule';
import { suggestionPhrase } from '../ruleTexts';
import type { EngagementFacts } from '../../model/facts';
import { PLAYBOOK } from '../../roadmap/playbook';
import { once, type DiagnosticSink } from '../../validation/diagnosticSink';
import { didYouMean, fixTo } from '../../validation/didYouMean';

const messages = {
  unknownChannel: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) => `No channel has id "${id}".${suggestionPhrase.en({ suggestion })}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) => `Aucun canal n'a l'identifiant « ${id} ».${suggestionPhrase.fr({ suggestion })}`,
  },
  unknownSegment: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) => `No segment has id "${id}".${suggestionPhrase.en({ suggestion })}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) => `Aucun segment n'a l'identifiant « ${id} ».${suggestionPhrase.fr({ suggestion })}`,
  },
  unknownCurrentJourney: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) => `No current journey has id "${id}": redesigns names the current journey this target redesigns.${suggestionPhrase.en({ suggestion })}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) => `Aucun parcours actuel n'a l'identifiant « ${id} » : redesigns nomme le parcours actuel que cette cible refond.${suggestionPhrase.fr({ suggestion })}`,
  },
  unknownInitiative: {
    en: ({ id, suggestion }: { id: string; suggestion?: string }) =>
      `No initiative has id "${id}", neither yours nor one the planner generates.${suggestionPhrase.en({ suggestion })}`,
    fr: ({ id, suggestion }: { id: string; suggestion?: string }) =>
      `Aucune initiative n'a l'identifiant «\u00a0${id}\u00a0», ni parmi les vôtres ni parmi celles du planificateur.${suggestionPhrase.fr({ suggestion })}`,
  },
} satisfies RuleMessages;

/**
 * Every reference: `segments[].prefers` and `steps[].channel` to channels, `journeys[].segment` to
 * segments, `journeys[].redesigns` to current journeys, `initiatives[].dependsOn` to initiatives
 * (the file's, or any the planner's playbook can generate).
 */
function checkReferences(facts: EngagementFacts, sink: DiagnosticSink): void {
  const { engagement } = facts;
  const channelIds = engagement.channels.map((c) => c.id);
  const segmentIds = engagement.segments.map((s) => s.id);
  const knownChannels = new Set(channelIds);
  const knownSegments = new Set(segmentIds);
  // The did-you-mean is searched only for the diagnostics the file keeps (3,000 unknown references
  // against 3,000 channels would otherwise be nine million comparisons); so for every reference below.
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

  // `redesigns` must name a current journey, never another target.
  const currentIds = engagement.journeys.filter((journey) => journey.state === 'current').map((journey) => journey.id);
  const currents = new Set(currentIds);
  for (const journey of engagement.journeys) {
    if (journey.redesigns !== undefined && !currents.has(journey.redesigns)) {
      const id = journey.redesigns;
      const suggestion = once(() => didYouMean(id, currentIds));
      sink.atValue('unknown-ref', `journeys.${journey.index}.redesigns`, messages.unknownCurrentJourney, () => ({ id, suggestion: suggestion() }), () => fixTo(suggestion()));
    }
  }

  const initiatives = engagement.initiatives;
  if (!initiatives.some((i) => i.dependsOn.length > 0)) return;
  const own = new Set(initiatives.map((i) => i.id));
  const generated = new Set(PLAYBOOK.map((row) => row.id));
  const known = [...own, ...generated];
  for (const i of initiatives) {
    i.dependsOn.forEach((id, k) => {
      if (own.has(id) || generated.has(id)) return;
      const suggestion = once(() => didYouMean(id, known));
      sink.atValue('unknown-ref', `initiatives.${i.index}.dependsOn.${k}`, messages.unknownInitiative, () => ({ id, suggestion: suggestion() }), () => fixTo(suggestion()));
    });
  }
}

const page = {
  en: `**Error.** A reference names an id that does not exist: a segment's \`prefers\` item or a step's
\`channel\` (channel ids), a journey's \`segment\` (segment ids), a target journey's \`redesigns\` (ids of
current journeys). A "did you mean" is offered when an id is close.

- EN: \`No channel has id "shop".\`
- FR: \`Aucun canal n'a l'identifiant « shop ».\`

An initiative's \`dependsOn\` must name an initiative of the roadmap: one of the file's own, or one
the planner's playbook can generate (their ids are listed in [planner.md](planner.md#the-playbook)).

- EN: \`No initiative has id "data-chartre", neither yours nor one the planner generates. Did you mean "data-charter"?\`
- FR: \`Aucune initiative n'a l'identifiant « data-chartre », ni parmi les vôtres ni parmi celles du planificateur. Vouliez-vous dire « data-charter » ?\`

**Fix.** Use an existing id, or declare the missing channel or segment.

\`\`\`yaml
segments:
  - id: pros
    digitalIntensity: occasional
    prefers: [site, shop]   # unknown-ref: no channel shop
initiatives:
  - id: crm
    title: Choose the CRM
    dimension: channel-integration
    dependsOn: [data-chartre]   # unknown-ref: did you mean data-charter?
\`\`\``,
  fr: `**Erreur.** Une référence nomme un identifiant qui n'existe pas : un élément de \`prefers\` d'un
segment ou le \`channel\` d'une étape (identifiants de canaux), le \`segment\` d'un parcours
(identifiants de segments), le \`redesigns\` d'un parcours cible (identifiants de parcours actuels).
Un « vouliez-vous dire » est proposé quand un identifiant est proche.

- EN : \`No channel has id "shop".\`
- FR : \`Aucun canal n'a l'identifiant « shop ».\`

**Correction.** Utilisez un identifiant existant, ou déclarez le canal ou le segment manquant.

\`\`\`yaml
segments:
  - id: pros
    digitalIntensity: occasional
    prefers: [site, shop]   # unknown-ref : aucun canal shop
\`\`\``,
};

export const unknownRef = defineRule({
  code: 'unknown-ref',
  severity: 'error',
  family: 'references',
  summary: 'A reference names an id that does not exist.',
  messages,
  check: checkReferences,
  page,
});
