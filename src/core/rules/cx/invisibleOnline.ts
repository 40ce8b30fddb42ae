/**
 * `invisible-online` (warning): Connected customers cannot find the client online.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  invisibleOnline: {
    en: ({ segment }: { segment: string }) =>
      `Segment "${segment}" researches online before buying, but no web or mobile channel is visible (visibility medium or high): 81% of buyers search online while 75% of suppliers are invisible there (Vascoo UP study); 78% research online before buying in store (ROPO, Observatoire du Cross-Canal).`,
    fr: ({ segment }: { segment: string }) =>
      `Le segment « ${segment} » se renseigne en ligne avant d'acheter, mais aucun canal web ou mobile n'est visible (visibility medium ou high) : 81 % des acheteurs s'informent sur Internet alors que 75 % des fournisseurs n'y sont pas visibles (étude Vascoo UP) ; 78 % se renseignent en ligne avant d'acheter en magasin (ROPO, Observatoire du Cross-Canal).`,
  },
} satisfies RuleMessages;

function checkOnlineVisibility(facts: EngagementFacts, sink: DiagnosticSink): void {
  if (facts.visibleOnline) return;
  for (const segment of facts.engagement.segments) {
    if (facts.needsOnlineVisibility(segment)) {
      sink.atValue('invisible-online', `segments.${segment.index}.digitalIntensity`, messages.invisibleOnline, { segment: segment.name });
    }
  }
}

const page = {
  en: `**Warning.** A segment other than \`traditional\` needs the client to be visible online, but no \`web\`
or \`mobile-app\` channel has visibility \`medium\` or \`high\` (an absent visibility counts as \`low\`).
Reported on each such segment's \`digitalIntensity\`.

- EN: \`Segment "artisans" researches online before buying, but no web or mobile channel is visible (visibility medium or high): 81% of buyers search online while 75% of suppliers are invisible there (Vascoo UP study); 78% research online before buying in store (ROPO, Observatoire du Cross-Canal).\`
- FR: \`Le segment « artisans » se renseigne en ligne avant d'acheter, mais aucun canal web ou mobile n'est visible (visibility medium ou high) : 81 % des acheteurs s'informent sur Internet alors que 75 % des fournisseurs n'y sont pas visibles (étude Vascoo UP) ; …\`

**Why it matters.** 81% of buyers search online but 75% of suppliers are invisible there (Vascoo UP
study, seed 000): "cherchez l'erreur !". Customers read online and purchase offline (ROPO): 78% of
consumers research online before buying in store (seed 002); 80% of visitors to an Orange shop went
to orange.com first (seed 004). Social pages alone do not make a supplier findable.

**Fix.** Make the web site or the app findable where the segment looks (local search, product
pages, marketplaces' listings), then record \`visibility: medium\` or \`high\`.

\`\`\`yaml
channels:
  - id: site
    type: web
    visibility: low
segments:
  - id: pme
    digitalIntensity: occasional   # invisible-online
\`\`\``,
  fr: `**Avertissement.** Un segment autre que \`traditional\` a besoin que le client soit visible en ligne,
mais aucun canal \`web\` ou \`mobile-app\` n'a une visibilité \`medium\` ou \`high\` (une visibilité absente
compte comme \`low\`). Signalé sur le \`digitalIntensity\` de chacun de ces segments.

- EN : \`Segment "artisans" researches online before buying, but no web or mobile channel is visible (visibility medium or high): 81% of buyers search online while 75% of suppliers are invisible there (Vascoo UP study); …\`
- FR : \`Le segment « artisans » se renseigne en ligne avant d'acheter, mais aucun canal web ou mobile n'est visible (visibility medium ou high) : 81 % des acheteurs s'informent sur Internet alors que 75 % des fournisseurs n'y sont pas visibles (étude Vascoo UP) ; …\`

**Pourquoi c'est important.** 81 % des acheteurs s'informent en ligne mais 75 % des fournisseurs y
sont invisibles (étude Vascoo UP) : « cherchez l'erreur ! ». Les clients se renseignent en ligne et
achètent hors ligne (ROPO) : 78 % des consommateurs se renseignent en ligne avant d'acheter en
magasin ; 80 % des visiteurs d'une boutique Orange sont d'abord passés par orange.com. Des pages
sur les réseaux sociaux ne suffisent pas à rendre un fournisseur trouvable.

**Correction.** Rendez le site ou l'application trouvable là où le segment cherche (recherche
locale, fiches produits, places de marché), puis notez \`visibility: medium\` ou \`high\`.

\`\`\`yaml
channels:
  - id: site
    type: web
    visibility: low
segments:
  - id: pme
    digitalIntensity: occasional   # invisible-online
\`\`\``,
};

export const invisibleOnline = defineRule({
  code: 'invisible-online',
  severity: 'warning',
  family: 'cx',
  summary: 'Connected customers cannot find the client online.',
  messages,
  check: checkOnlineVisibility,
  page,
});
