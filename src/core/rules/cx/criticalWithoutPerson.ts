/**
 * `critical-without-person` (warning): No person is reachable at a critical moment.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  criticalWithoutPerson: {
    en: ({ stage }: { stage: string }) =>
      `Critical moment with no person reachable in stage "${stage}": customers want to reach someone at the critical moments of the purchase (Amazon's "Click and Connect", J.-P. Vanot). Add a human channel to this stage or staff this one (human: true).`,
    fr: ({ stage }: { stage: string }) =>
      `Moment critique sans personne joignable dans la phase « ${stage} » : le client veut pouvoir joindre un responsable aux moments critiques de l'achat (« Click and Connect » d'Amazon, J.-P. Vanot). Ajoutez un canal humain à cette phase ou rendez ce canal humain (human: true).`,
  },
} satisfies RuleMessages;

/** On `critical: true` of a step whose stage offers no person. */
function checkCriticalMoments(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const journey of facts.engagement.journeys) {
    for (const stage of journey.stages) {
      for (const step of stage.steps) {
        if (step.critical && facts.channelOf(step) && !facts.personReachable(step, stage)) {
          sink.atValue('critical-without-person', `${step.path}.critical`, messages.criticalWithoutPerson, { stage: stage.name });
        }
      }
    }
  }
}

const page = {
  en: `**Warning.** A step marked \`critical: true\` is on a channel that is not human, and no other step of
the same stage is on a human channel. Reported on the step's \`critical: true\`.

- EN: \`Critical moment with no person reachable in stage "Claim": customers want to reach someone at the critical moments of the purchase (Amazon's "Click and Connect", J.-P. Vanot). …\`
- FR: \`Moment critique sans personne joignable dans la phase « Claim » : le client veut pouvoir joindre un responsable aux moments critiques de l'achat (« Click and Connect » d'Amazon, J.-P. Vanot). …\`

**Why it matters.** The rise of digital does not mean customers no longer want human contact: "on
the contrary, human contact is essential"; customers want to reach a person at the critical moments
of the buying experience, which is why Amazon built "Click and Connect" (seed 004).

**Fix.** Offer a human channel in that stage (a phone line, an advisor), or staff the channel and
say so: \`human: true\` on a chat answered by people. Stores, phones and field sales are human by
default; a human step in another stage does not count.

\`\`\`yaml
channels:
  - id: chat
    type: chat               # a bot: add human: true if advisors answer
journeys:
  - id: claim
    segment: pros
    stages:
      - name: Report a damaged parcel
        steps:
          - channel: chat
            action: Reports the damage
            critical: true   # critical-without-person
\`\`\``,
  fr: `**Avertissement.** Une étape marquée \`critical: true\` est sur un canal qui n'est pas humain, et
aucune autre étape de la même phase n'est sur un canal humain. Signalé sur le \`critical: true\` de
l'étape.

- EN : \`Critical moment with no person reachable in stage "Claim": customers want to reach someone at the critical moments of the purchase (Amazon's "Click and Connect", J.-P. Vanot). …\`
- FR : \`Moment critique sans personne joignable dans la phase « Claim » : le client veut pouvoir joindre un responsable aux moments critiques de l'achat (« Click and Connect » d'Amazon, J.-P. Vanot). …\`

**Pourquoi c'est important.** L'essor du numérique ne signifie pas que les clients ne veulent plus
de contact humain : « au contraire, le contact humain est essentiel » ; les clients veulent joindre
une personne aux moments critiques de l'expérience d'achat, c'est pourquoi Amazon a créé « Click
and Connect ».

**Correction.** Proposez un canal humain dans cette phase (une ligne téléphonique, un conseiller),
ou mettez des personnes derrière le canal et dites-le : \`human: true\` sur un chat où répondent des
conseillers. Les magasins, le téléphone et les commerciaux terrain sont humains par défaut ; une
étape humaine dans une autre phase ne compte pas.

\`\`\`yaml
channels:
  - id: chat
    type: chat               # un robot : ajoutez human: true si des conseillers répondent
journeys:
  - id: claim
    segment: pros
    stages:
      - name: Signaler un colis abîmé
        steps:
          - channel: chat
            action: Signale le dommage
            critical: true   # critical-without-person
\`\`\``,
};

export const criticalWithoutPerson = defineRule({
  code: 'critical-without-person',
  severity: 'warning',
  family: 'cx',
  summary: 'No person is reachable at a critical moment.',
  messages,
  check: checkCriticalMoments,
  page,
});
