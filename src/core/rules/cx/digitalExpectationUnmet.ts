/**
 * `digital-expectation-unmet` (warning): A segment expects online a capability no digital channel offers.
 */
import { defineRule, type RuleMessages } from '../rule';
import { capabilityPhrase } from '../../i18n/vocabularyLabels';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  expectationUnmet: {
    en: ({ segment, capability }: { segment: string; capability: string }) =>
      `Segment "${segment}" expects to ${capability} online, but no digital channel offers it: 22% of customers want an at least partly digital journey, which under 5% of suppliers offer (Vascoo UP study).`,
    fr: ({ segment, capability }: { segment: string; capability: string }) =>
      `Le segment « ${segment} » attend de pouvoir ${capability} en ligne, mais aucun canal numérique ne le propose : 22 % des clients souhaitent un parcours au moins partiellement numérique, proposé par moins de 5 % des fournisseurs (étude Vascoo UP).`,
  },
} satisfies RuleMessages;

/** On the expectation listed in `expects`, else on `digitalIntensity` (where the expectation comes from). */
function checkExpectations(facts: EngagementFacts, sink: DiagnosticSink): void {
  const offered = facts.digitalCapabilities;
  for (const segment of facts.engagement.segments) {
    const path = `segments.${segment.index}`;
    for (const capability of facts.expectations(segment)) {
      if (offered.has(capability)) continue;
      const listed = segment.expects.indexOf(capability);
      const at = listed >= 0 ? `${path}.expects.${listed}` : `${path}.digitalIntensity`;
      sink.atValue('digital-expectation-unmet', at, messages.expectationUnmet, { segment: segment.name, capability: capabilityPhrase(capability, sink.lang) });
    }
  }
}

const page = {
  en: `**Warning.** A segment expects a capability online (\`expects\`) that no digital channel lists in its
\`capabilities\`. A \`digital-first\` segment expects \`order\` even when it does not list it (then the
range is its \`digitalIntensity\`); otherwise the range is the item in \`expects\`.

- EN: \`Segment "artisans" expects to track an order (track) online, but no digital channel offers it: 22% of customers want an at least partly digital journey, which under 5% of suppliers offer (Vascoo UP study).\`
- FR: \`Le segment « artisans » attend de pouvoir suivre sa commande (track) en ligne, mais aucun canal numérique ne le propose : 22 % des clients souhaitent un parcours au moins partiellement numérique, proposé par moins de 5 % des fournisseurs (étude Vascoo UP).\`

**Why it matters.** 22% of customers want a customer journey that is at least partly digital (for
example ordering online), offered by fewer than 5% of suppliers (Vascoo UP study of 1,260
companies, seed 000). Meeting customers "where they are" is step 2 of adapting to their digital
intensity (seed 001).

**Fix.** Offer the capability on a digital channel (web, mobile app, e-mail, chat, marketplace,
kiosk…), or plan the initiative that will. A capability offered only in stores or by phone does not
count.

\`\`\`yaml
channels:
  - id: site
    type: web
    capabilities: [inform]
segments:
  - id: artisans
    digitalIntensity: multichannel
    expects: [inform, order]   # digital-expectation-unmet on order
\`\`\``,
  fr: `**Avertissement.** Un segment attend en ligne une capacité (\`expects\`) qu'aucun canal numérique ne
liste dans ses \`capabilities\`. Un segment \`digital-first\` attend \`order\` même s'il ne le liste pas
(la position est alors son \`digitalIntensity\`) ; sinon, la position est l'élément de \`expects\`.

- EN : \`Segment "artisans" expects to track an order (track) online, but no digital channel offers it: 22% of customers want an at least partly digital journey, which under 5% of suppliers offer (Vascoo UP study).\`
- FR : \`Le segment « artisans » attend de pouvoir suivre sa commande (track) en ligne, mais aucun canal numérique ne le propose : 22 % des clients souhaitent un parcours au moins partiellement numérique, proposé par moins de 5 % des fournisseurs (étude Vascoo UP).\`

**Pourquoi c'est important.** 22 % des clients veulent un parcours client au moins en partie
numérique (par exemple commander en ligne), proposé par moins de 5 % des fournisseurs (étude Vascoo
UP auprès de 1 260 entreprises). Aller chercher les clients « là où ils sont » est la deuxième étape
de l'adaptation à leur intensité numérique.

**Correction.** Proposez la capacité sur un canal numérique (site, application mobile, e-mail,
chat, place de marché, borne…), ou prévoyez l'initiative qui le fera. Une capacité proposée
seulement en magasin ou par téléphone ne compte pas.

\`\`\`yaml
channels:
  - id: site
    type: web
    capabilities: [inform]
segments:
  - id: artisans
    digitalIntensity: multichannel
    expects: [inform, order]   # digital-expectation-unmet sur order
\`\`\``,
};

export const digitalExpectationUnmet = defineRule({
  code: 'digital-expectation-unmet',
  severity: 'warning',
  family: 'cx',
  summary: 'A segment expects online a capability no digital channel offers.',
  messages,
  check: checkExpectations,
  page,
});
