/**
 * `channel-unused` (info): No journey uses this channel.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  channelUnused: {
    en: ({ channel }: { channel: string }) => `Channel "${channel}" is used by no journey.`,
    fr: ({ channel }: { channel: string }) => `Le canal « ${channel} » n'est utilisé par aucun parcours.`,
  },
} satisfies RuleMessages;

function checkChannelUse(facts: EngagementFacts, sink: DiagnosticSink): void {
  // Coverage counts current journeys only: a target design does not show how customers buy today.
  if (facts.currentJourneys.length === 0) return;
  const used = facts.usedChannelIds();
  for (const channel of facts.engagement.channels) {
    if (!used.has(channel.id)) sink.atValue('channel-unused', `channels.${channel.index}.id`, messages.channelUnused, { channel: channel.name });
  }
}

const page = {
  en: `**Info.** The file maps journeys, but no step of a current journey uses this channel (target
journeys do not count). Reported on the channel's \`id\`. A file without any journey gets no such
info.

**Why it matters.** Either a journey is missing, or the channel is one customers do not use: both
are worth discussing with the client (every terminal is a touchpoint to harmonise, seed 002).

**Fix.** Add the steps where customers use it, or remove the channel.

\`\`\`yaml
channels:
  - id: catalogue          # channel-unused
    type: mail
\`\`\``,
  fr: `**Information.** Le fichier décrit des parcours, mais aucune étape d'un parcours actuel n'utilise ce
canal. Signalé sur l'\`id\` du canal. Un fichier sans parcours ne reçoit pas cette information.

**Pourquoi c'est important.** Soit un parcours manque, soit le canal n'est pas utilisé par les
clients : les deux méritent d'en parler avec le client (chaque terminal est un point de contact à
harmoniser).

**Correction.** Ajoutez les étapes où les clients l'utilisent, ou supprimez le canal.

\`\`\`yaml
channels:
  - id: catalogue          # channel-unused
    type: mail
\`\`\``,
};

export const channelUnused = defineRule({
  code: 'channel-unused',
  severity: 'info',
  family: 'coverage',
  summary: 'No journey uses this channel.',
  messages,
  check: checkChannelUse,
  page,
});
