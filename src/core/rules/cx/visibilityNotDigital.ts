/**
 * `visibility-not-digital` (warning): Visibility is set on a channel that is not digital.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  visibilityNotDigital: {
    en: ({ channel, type }: { channel: string; type: string }) =>
      `Visibility is meaningful for digital channels only; "${channel}" is a ${type} channel, so it is ignored.`,
    fr: ({ channel, type }: { channel: string; type: string }) =>
      `La visibilité ne concerne que les canaux numériques ; « ${channel} » est un canal ${type}, elle est donc ignorée.`,
  },
} satisfies RuleMessages;

function checkVisibility(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const channel of facts.engagement.channels) {
    if (channel.visibility !== undefined && !channel.digital) {
      sink.atValue('visibility-not-digital', `channels.${channel.index}.visibility`, messages.visibilityNotDigital, { channel: channel.name, type: channel.type });
    }
  }
}

const page = {
  en: `**Warning.** \`visibility\` is set on a channel that is not digital (\`store\`, \`phone\`,
\`field-sales\`, \`mail\`, \`other\`). It is ignored.

- EN: \`Visibility is meaningful for digital channels only; "branch" is a store channel, so it is ignored.\`
- FR: \`La visibilité ne concerne que les canaux numériques ; « branch » est un canal store, elle est donc ignorée.\`

**Why it matters.** Visibility measures how findable the client is online. A branch's online
presence is its web page or listing: record that on the web channel, where it counts for
[\`invisible-online\`](#invisible-online).

**Fix.** Move the visibility to the web or mobile-app channel, or remove it.

\`\`\`yaml
  - id: branch
    type: store
    visibility: high         # visibility-not-digital
\`\`\``,
  fr: `**Avertissement.** \`visibility\` est renseignée sur un canal qui n'est pas numérique (\`store\`,
\`phone\`, \`field-sales\`, \`mail\`, \`other\`). Elle est ignorée.

- EN : \`Visibility is meaningful for digital channels only; "branch" is a store channel, so it is ignored.\`
- FR : \`La visibilité ne concerne que les canaux numériques ; « branch » est un canal store, elle est donc ignorée.\`

**Pourquoi c'est important.** La visibilité mesure à quel point le client est trouvable en ligne.
La présence en ligne d'une agence, c'est sa page web ou sa fiche : notez-la sur le canal web, où
elle compte pour [\`invisible-online\`](#invisible-online).

**Correction.** Déplacez la visibilité vers le canal web ou l'application, ou supprimez-la.

\`\`\`yaml
  - id: branch
    type: store
    visibility: high         # visibility-not-digital
\`\`\``,
};

export const visibilityNotDigital = defineRule({
  code: 'visibility-not-digital',
  severity: 'warning',
  family: 'cx',
  summary: 'Visibility is set on a channel that is not digital.',
  messages,
  check: checkVisibility,
  page,
});
