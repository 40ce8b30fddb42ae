/**
 * `history-without-recognition` (warning): A channel shares history without recognising the customer.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  historyWithoutRecognition: {
    en: ({ channel }: { channel: string }) =>
      `Channel "${channel}" shares history but does not recognise the customer: it cannot show the history of a customer it does not identify. Set recognizesCustomer: true or review sharesHistory.`,
    fr: ({ channel }: { channel: string }) =>
      `Le canal « ${channel} » partage l'historique mais ne reconnaît pas le client : il ne peut pas afficher l'historique d'un client qu'il n'identifie pas. Indiquez recognizesCustomer: true ou revoyez sharesHistory.`,
  },
} satisfies RuleMessages;

function checkHistoryRecognition(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const channel of facts.engagement.channels) {
    if (channel.sharesHistory && !channel.recognizesCustomer) {
      sink.atValue('history-without-recognition', `channels.${channel.index}.sharesHistory`, messages.historyWithoutRecognition, { channel: channel.name });
    }
  }
}

const page = {
  en: `**Warning.** A channel has \`sharesHistory: true\` but not \`recognizesCustomer: true\`. Reported on
\`sharesHistory\`.

- EN: \`Channel "site" shares history but does not recognise the customer: it cannot show the history of a customer it does not identify. Set recognizesCustomer: true or review sharesHistory.\`
- FR: \`Le canal « site » partage l'historique mais ne reconnaît pas le client : il ne peut pas afficher l'historique d'un client qu'il n'identifie pas. …\`

**Why it matters.** Omnichannel means "recognising the customer and ensuring the continuity of the
relationship" (seed 002); history without recognition is a claim the channel cannot keep, and it
would hide continuity breaks.

**Fix.** Record how the channel identifies the customer (\`recognizesCustomer: true\`: login, loyalty
card, caller id…), or set \`sharesHistory: false\`.

\`\`\`yaml
  - id: phone
    type: phone
    sharesHistory: true      # history-without-recognition: add recognizesCustomer: true
\`\`\``,
  fr: `**Avertissement.** Un canal a \`sharesHistory: true\` mais pas \`recognizesCustomer: true\`. Signalé sur
\`sharesHistory\`.

- EN : \`Channel "site" shares history but does not recognise the customer: it cannot show the history of a customer it does not identify. …\`
- FR : \`Le canal « site » partage l'historique mais ne reconnaît pas le client : il ne peut pas afficher l'historique d'un client qu'il n'identifie pas. …\`

**Pourquoi c'est important.** L'omnicanal, c'est « reconnaître le client et assurer la continuité
de la relation » ; un historique sans reconnaissance est une promesse que le canal ne peut pas
tenir, et il masquerait des ruptures de continuité.

**Correction.** Notez comment le canal identifie le client (\`recognizesCustomer: true\` : connexion,
carte de fidélité, numéro appelant…), ou mettez \`sharesHistory: false\`.

\`\`\`yaml
  - id: phone
    type: phone
    sharesHistory: true      # history-without-recognition : ajoutez recognizesCustomer: true
\`\`\``,
};

export const historyWithoutRecognition = defineRule({
  code: 'history-without-recognition',
  severity: 'warning',
  family: 'cx',
  summary: 'A channel shares history without recognising the customer.',
  messages,
  check: checkHistoryRecognition,
  page,
});
