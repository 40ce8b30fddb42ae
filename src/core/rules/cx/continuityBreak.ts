/**
 * `continuity-break` (warning): The customer switches to a channel that does not share their history.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  continuityBreak: {
    en: ({ from, to }: { from: string; to: string }) =>
      `Continuity break: the customer moves from "${from}" to "${to}", which does not share the customer's history, so they must start again. Any inconsistency between channels breeds disappointment and disloyalty (Observatoire du Cross-Canal O4C); only 14% of consumers find their suppliers' multichannel experience effective (Client 2020 study). Give "${to}" the history (sharesHistory: true).`,
    fr: ({ from, to }: { from: string; to: string }) =>
      `Rupture de continuité : le client passe de « ${from} » à « ${to} », qui ne partage pas son historique ; il doit tout recommencer. Toute incohérence entre canaux provoque déception et infidélité (Observatoire du Cross-Canal O4C) ; seuls 14 % des consommateurs jugent efficace l'expérience multicanale de leurs fournisseurs (étude Client 2020). Donnez l'historique à « ${to} » (sharesHistory: true).`,
  },
} satisfies RuleMessages;

/** On the `channel` of the step the customer moves to, when that channel does not share the history. */
function checkContinuity(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const journey of facts.engagement.journeys) {
    for (const change of facts.channelSwitches(journey)) {
      const target = facts.channelsById.get(change.to.channel);
      if (!change.continuityBreak || !target || !facts.channelsById.has(change.from.channel)) continue;
      const from = facts.channelsById.get(change.from.channel)!.name;
      sink.atValue('continuity-break', `${change.to.path}.channel`, messages.continuityBreak, { from, to: target.name });
    }
  }
}

const page = {
  en: `**Warning.** In a journey, the customer moves to another channel (two consecutive steps, read in
order across stages, on different channels) and the new channel does not have
\`sharesHistory: true\`. Reported on the \`channel\` of the step that moves.

- EN: \`Continuity break: the customer moves from "site" to "phone", which does not share the customer's history, so they must start again. …\`
- FR: \`Rupture de continuité : le client passe de « site » à « phone », qui ne partage pas son historique ; il doit tout recommencer. …\`

**Why it matters.** Customers switch channels spontaneously; for them "there is only one company"
(J.-P. Vanot, seed 004). Any inconsistency between channels causes disappointment and disloyalty
(Observatoire du Cross-Canal, seed 002); only 14% of consumers find their suppliers' multichannel
experience effective (Client 2020 study, seed 001). Continuity of the relationship across channels
is the CIO's responsibility (seed 002).

**Fix.** Give the target channel the customer's history (\`sharesHistory: true\`, and
\`recognizesCustomer: true\`): a shared customer record, the phone agent seeing the web basket.
Staying on one channel is never a switch.

\`\`\`yaml
channels:
  - id: site
    type: web
  - id: phone
    type: phone            # lacks sharesHistory: true
journeys:
  - id: reorder
    segment: pros
    stages:
      - name: Search
        steps:
          - channel: site
            action: Looks for the part number
          - channel: phone   # continuity-break
            action: Calls the branch
\`\`\``,
  fr: `**Avertissement.** Dans un parcours, le client passe à un autre canal (deux étapes consécutives,
lues dans l'ordre à travers les phases, sur des canaux différents) et le nouveau canal n'a pas
\`sharesHistory: true\`. Signalé sur le \`channel\` de l'étape qui change de canal.

- EN : \`Continuity break: the customer moves from "site" to "phone", which does not share the customer's history, so they must start again. …\`
- FR : \`Rupture de continuité : le client passe de « site » à « phone », qui ne partage pas son historique ; il doit tout recommencer. …\`

**Pourquoi c'est important.** Les clients changent spontanément de canal ; pour eux « il n'y a
qu'une seule entreprise » (J.-P. Vanot). Toute incohérence entre canaux engendre déception et
infidélité (Observatoire du Cross-Canal) ; seuls 14 % des consommateurs jugent efficace
l'expérience multicanal de leurs fournisseurs (étude Client 2020). La continuité de la relation
entre canaux relève de la DSI.

**Correction.** Donnez au canal d'arrivée l'historique du client (\`sharesHistory: true\`, et
\`recognizesCustomer: true\`) : une fiche client partagée, le conseiller au téléphone qui voit le
panier du site. Rester sur un même canal n'est jamais un changement.

\`\`\`yaml
channels:
  - id: site
    type: web
  - id: phone
    type: phone            # sans sharesHistory: true
journeys:
  - id: reorder
    segment: pros
    stages:
      - name: Se renseigner
        steps:
          - channel: site
            action: Cherche la référence
          - channel: phone   # continuity-break
            action: Appelle l'agence
\`\`\``,
};

export const continuityBreak = defineRule({
  code: 'continuity-break',
  severity: 'warning',
  family: 'cx',
  summary: 'The customer switches to a channel that does not share their history.',
  messages,
  check: checkContinuity,
  page,
});
