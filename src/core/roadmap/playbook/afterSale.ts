/**
 * Before and after the purchase, not only the sale (seed 001: evaluation is continuous; nearly 60%
 * of customers are more likely to switch supplier than ten years ago, Accenture): tracking after the
 * sale, statements and invoices the customer can use, journeys drawn beyond the purchase.
 */
import type { PlanContext, StepFact } from '../planner/planContext';
import { badStepsBaseline, quotedPains, segmentNames } from './baselines';
import { match, type Intervention } from './intervention';
import { countOf, NBSP, nameList, outOf, percent, quoteName, semicolon } from './phrases';

const segmentsOf = (facts: readonly StepFact[]) => [...new Set(facts.map((f) => f.segment).filter((s) => s !== undefined))];
/** After the purchase the customer calls or comes to find out: the tracking the supplier does not give. */
const chasing = (ctx: PlanContext) => ctx.badSteps.filter((f) => f.afterPurchase && f.channel?.type === 'phone');
const paperwork = (ctx: PlanContext) => ctx.badSteps.filter((f) => f.channel?.type === 'mail' || (f.afterPurchase && f.step.capability === 'pay'));

const ACCENTURE_FR = `près de 60${NBSP}% des clients sont plus susceptibles de changer de fournisseur qu'il y a dix ans (Accenture)`;
const ACCENTURE_EN = 'nearly 60% of customers are more likely to switch supplier than ten years ago (Accenture)';

export const AFTER_SALE_INTERVENTIONS: Intervention[] = [
  {
    id: 'tracking-after-sale',
    family: 'after-sale',
    dimensions: ['lifecycle', 'human-touch'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'stimulus-control', 'helping-relationships'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: true,
    aim: ['suivi', 'tracking', 'track', 'livraison', 'delivery', 'expedition'],
    owner: 'channels-or-board',
    answers: {},
    trigger: (ctx) => {
      const fixes = chasing(ctx);
      const wanting = ctx.segmentsMissing('track');
      if (fixes.length === 0 && wanting.length === 0) return undefined;
      return match(fixes.length ? segmentsOf(fixes) : wanting, [fixes[0]?.channel, ...ctx.channelsOfType('web', 'mobile-app', 'email')], fixes);
    },
    write: (ctx, m) => ({
      title: ctx.say(
        `Order and delivery tracking for ${segmentNames(ctx, m.segments)}: tell them before they have to call`,
        `Suivi de commande et de livraison pour les ${segmentNames(ctx, m.segments)}${NBSP}: prévenir avant que le client ait à appeler`,
      ),
      why: m.fixes.length
        ? ctx.say(
          `After the purchase the customer has to chase the order: ${quotedPains(ctx, m.fixes)}; ${ACCENTURE_EN}.`,
          `Après l'achat, le client doit courir après sa commande${NBSP}: ${quotedPains(ctx, m.fixes)}${semicolon('fr')} ${ACCENTURE_FR}.`,
        )
        : ctx.say(
          `${segmentNames(ctx, m.segments)} expect to track their orders online and cannot; ${ACCENTURE_EN}.`,
          `Les ${segmentNames(ctx, m.segments)} attendent de suivre leurs commandes en ligne et ne le peuvent pas${semicolon('fr')} ${ACCENTURE_FR}.`,
        ),
      kpis: [{
        name: ctx.say('Calls to find out where an order is', 'Appels pour savoir où en est une commande'),
        baseline: m.fixes.length ? badStepsBaseline(ctx, m.fixes) : ctx.say('to be measured (count them for a month)', 'à mesurer (les compter pendant un mois)'),
        target: ctx.say('halved', 'divisés par deux'),
      }],
    }),
  },
  {
    id: 'usable-statements',
    family: 'after-sale',
    dimensions: ['lifecycle', 'digital-journey'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'stimulus-control'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: false,
    aim: ['releve', 'facture', 'invoice', 'statement', 'facturation', 'billing'],
    owner: 'channels-or-board',
    answers: {
      inertia: (ctx, who) => ctx.say(
        `Change one document at a time${who ? ` with ${who}` : ''}, starting with the one customers complain about most.`,
        `Changer un document à la fois${who ? ` avec ${quoteName(who, 'fr')}` : ''}, en commençant par celui dont les clients se plaignent le plus.`,
      ),
    },
    trigger: (ctx) => {
      const fixes = paperwork(ctx);
      return fixes.length > 0 ? match(segmentsOf(fixes), fixes.map((f) => f.channel), fixes) : undefined;
    },
    write: (ctx, m) => {
      const docs = nameList([...new Set(m.channels.map((c) => c.name))], ctx.lang, 2);
      return {
        title: ctx.say(
          `Statements and invoices the customer can use (detail per order, digital format) instead of ${docs}`,
          `Des relevés et factures exploitables par le client (détail par commande, format numérique) à la place de ${docs}`,
        ),
        why: ctx.say(
          `The relationship goes on after the sale, and here it hurts: ${quotedPains(ctx, m.fixes)}.`,
          `La relation continue après la vente, et c'est là qu'elle blesse${NBSP}: ${quotedPains(ctx, m.fixes)}.`,
        ),
        kpis: [{
          name: ctx.say('Steps lived badly around statements and invoices', 'Étapes vécues négativement autour des relevés et factures'),
          baseline: badStepsBaseline(ctx, m.fixes),
          target: '0',
        }],
      };
    },
  },
  {
    id: 'journey-after-purchase',
    family: 'after-sale',
    dimensions: ['lifecycle'],
    stages: ['contemplation', 'preparation', 'action'],
    processes: ['self-reevaluation', 'self-liberation'],
    prerequisites: [],
    effort: 'S',
    raisesLevel: true,
    aim: ['apres-vente', 'apres la vente', 'after-sale', 'after the sale', 'fidelis', 'loyalty'],
    owner: 'board',
    answers: {},
    trigger: (ctx) => {
      if (ctx.stopping.length === 0) return undefined;
      const segments = ctx.engagement.segments.filter((s) => ctx.stopping.some((j) => j.segment === s.id));
      return match(segments, ctx.stopping.map((j) => ctx.facts.purchaseStep(j) && ctx.facts.channelOf(ctx.facts.purchaseStep(j)!)));
    },
    write: (ctx) => ({
      title: ctx.say(
        `Extend ${nameList(ctx.stopping.map((j) => j.name), 'en', 2)} past the purchase: delivery, use, support, review`,
        `Prolonger ${nameList(ctx.stopping.map((j) => j.name), 'fr', 2)} après l'achat${NBSP}: livraison, usage, assistance, avis`,
      ),
      why: ctx.say(
        `${countOf(ctx.stopping.length, ctx.journeys.length, 'journey', 'journeys', 'en')} ${ctx.stopping.length === 1 ? 'stops' : 'stop'} at the sale, as if the relationship ended there; ${ACCENTURE_EN}.`,
        `${countOf(ctx.stopping.length, ctx.journeys.length, 'parcours', 'parcours', 'fr')} ${ctx.stopping.length < 2 ? "s'arrête" : "s'arrêtent"} à la vente, comme si la relation s'y terminait${semicolon('fr')} ${ACCENTURE_FR}.`,
      ),
      kpis: [{
        name: ctx.say('Journeys that stop at the purchase', 'Parcours qui s\'arrêtent à l\'achat'),
        baseline: outOf(ctx.stopping.length, ctx.journeys.length, ctx.lang),
        target: '0',
      }],
    }),
  },
];

export { percent };
