/**
 * `stops-at-purchase` (warning): The journey ends at the purchase, with nothing after it.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  stopsAtPurchase: {
    en: ({ journey }: { journey: string }) =>
      `Journey "${journey}" stops at the purchase: evaluation is now continuous and nearly 60% of customers are more likely to switch supplier than ten years ago (Accenture, customer digital intensity). Add the stages after it (delivery, use, support, review).`,
    fr: ({ journey }: { journey: string }) =>
      `Le parcours « ${journey} » s'arrête à l'achat : l'évaluation est désormais quasi continue et près de 60 % des clients sont plus enclins à changer de fournisseur qu'il y a dix ans (Accenture, intensité digitale des clients). Ajoutez les étapes qui suivent (livraison, usage, assistance, avis).`,
  },
} satisfies RuleMessages;

/** On the purchase step's `capability` of a journey with nothing after the purchase. */
function checkAfterPurchase(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const journey of facts.engagement.journeys) {
    const purchase = facts.stopsAtPurchase(journey);
    if (purchase) sink.atValue('stops-at-purchase', `${purchase.path}.capability`, messages.stopsAtPurchase, { journey: journey.name });
  }
}

const page = {
  en: `**Warning.** A purchase journey ends at the purchase: the purchase step (the first step whose
\`capability\` is \`order\` or \`pay\`) is in the journey's last stage. Reported on that step's
\`capability\`. A journey without an \`order\` or \`pay\` step is not a purchase journey.

- EN: \`Journey "first-order" stops at the purchase: evaluation is now continuous and nearly 60% of customers are more likely to switch supplier than ten years ago (Client 2020 study). Add the stages after it (delivery, use, support, review).\`
- FR: \`Le parcours « first-order » s'arrête à l'achat : l'évaluation est désormais quasi continue et près de 60 % des clients sont plus enclins à changer de fournisseur qu'il y a dix ans (Client 2020 study). …\`

**Why it matters.** The first of the three mistakes of seed 001: forgetting that evaluation is
almost continuous. Nearly 60% of customers are more likely to switch supplier than ten years ago;
attention must be won "long before and long after" the act of purchase, not only at it.

**Fix.** Map what follows: delivery, tracking, use, support, returns, reviews, the community.

\`\`\`yaml
    stages:
      - name: Search
        steps:
          - channel: site
            action: Browses the catalogue
      - name: Buy
        steps:
          - channel: site
            action: Orders
            capability: order    # stops-at-purchase: add a Delivery or Use stage
\`\`\``,
  fr: `**Avertissement.** Un parcours d'achat s'arrête à l'achat : l'étape d'achat (la première dont la
\`capability\` est \`order\` ou \`pay\`) est dans la dernière phase du parcours. Signalé sur la
\`capability\` de cette étape. Un parcours sans étape \`order\` ni \`pay\` n'est pas un parcours d'achat.

- EN : \`Journey "first-order" stops at the purchase: evaluation is now continuous and nearly 60% of customers are more likely to switch supplier than ten years ago (Client 2020 study). …\`
- FR : \`Le parcours « first-order » s'arrête à l'achat : l'évaluation est désormais quasi continue et près de 60 % des clients sont plus enclins à changer de fournisseur qu'il y a dix ans (Client 2020 study). …\`

**Pourquoi c'est important.** C'est la première des trois erreurs : oublier que l'évaluation est
quasi continue. Près de 60 % des clients sont plus enclins à changer de fournisseur qu'il y a dix
ans ; l'attention se gagne « bien avant et bien après » l'acte d'achat, pas seulement à ce moment.

**Correction.** Décrivez la suite : livraison, suivi, usage, assistance, retours, avis, communauté.

\`\`\`yaml
    stages:
      - name: Se renseigner
        steps:
          - channel: site
            action: Parcourt le catalogue
      - name: Acheter
        steps:
          - channel: site
            action: Commande
            capability: order    # stops-at-purchase : ajoutez une phase Livraison ou Usage
\`\`\``,
};

export const stopsAtPurchase = defineRule({
  code: 'stops-at-purchase',
  severity: 'warning',
  family: 'cx',
  summary: 'The journey ends at the purchase, with nothing after it.',
  messages,
  check: checkAfterPurchase,
  page,
});
