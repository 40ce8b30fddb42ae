/**
 * Ordering online (seed 000: 22% of customers want an at least partly digital journey, offered by
 * fewer than 5% of suppliers): a pilot with one segment, then the rollout once the pilot, the data
 * charter and the sales force's credit are in place.
 */
import type { PlanContext } from '../planner/planContext';
import { expectationsBaseline, levelTarget, segmentNames } from './baselines';
import { match, type Intervention } from './intervention';
import { NBSP, quoteName, semicolon } from './phrases';

const wantOrder = (ctx: PlanContext) => ctx.segmentsMissing('order');
const webOrApp = (ctx: PlanContext) => ctx.channelsOfType('web', 'mobile-app');

const SEED_000_FR = `22${NBSP}% des clients souhaitent un parcours client au moins partiellement numérique, proposé par moins de 5${NBSP}% des fournisseurs (étude Vascoo UP)`;
const SEED_000_EN = '22% of customers want an at least partly digital journey, offered by fewer than 5% of suppliers (Vascoo UP study)';

export const ORDERING_INTERVENTIONS: Intervention[] = [
  {
    id: 'online-order-pilot',
    family: 'ordering',
    dimensions: ['digital-journey', 'lifecycle'],
    stages: ['contemplation', 'preparation', 'action'],
    processes: ['self-reevaluation', 'self-liberation', 'helping-relationships'],
    prerequisites: ['data-charter', 'stock-prices-online'],
    effort: 'M',
    raisesLevel: true,
    aim: ['pilote', 'pilot', 'commande en ligne', 'online order', 'e-commerce', 'click and collect', 'click-and-collect'],
    owner: 'channels-or-board',
    answers: {
      fear: (ctx, who) => !ctx.isSalesForce(who) ? undefined : ctx.say(
        `Let ${who ?? 'the sales force'} choose the pilot customers and keep them: the pilot is theirs.`,
        `Laisser ${who ? quoteName(who, 'fr') : 'la force de vente'} choisir les clients pilotes, qui restent les siens${NBSP}: le pilote lui appartient.`,
      ),
      inertia: (ctx) => ctx.say('A small group first, at its own pace, before anyone else.', 'Un petit groupe d\'abord, à son rythme, avant tous les autres.'),
    },
    trigger: (ctx) => {
      const segments = wantOrder(ctx);
      const fixes = ctx.badSteps.filter((f) => f.segment && segments.includes(f.segment) && f.step.capability === 'order');
      return segments.length > 0 ? match(segments, [...webOrApp(ctx), ...ctx.channelsOfType('field-sales')], fixes) : undefined;
    },
    write: (ctx, m) => {
      const first = [...m.segments].sort((a, b) => intensityRank(b) - intensityRank(a))[0]!;
      return {
        title: ctx.say(
          `Online-ordering pilot with a group of ${first.name}${m.channels[0] ? ` on ${m.channels[0].name}` : ''}`,
          `Pilote de commande en ligne avec un groupe d'${quoteName(first.name, 'fr')}`.replace(/d'«/, 'de «') + (m.channels[0] ? ` sur ${quoteName(m.channels[0].name, 'fr')}` : ''),
        ),
        why: ctx.say(
          `${segmentNames(ctx, m.segments)} expect to order online and cannot; ${SEED_000_EN}.`,
          `Les ${segmentNames(ctx, m.segments)} attendent de pouvoir commander en ligne et ne le peuvent pas${semicolon('fr')} ${SEED_000_FR}.`,
        ),
        kpis: [{
          name: ctx.say('Share of the pilot group\'s orders placed online', 'Part des commandes du groupe pilote passées en ligne'),
          baseline: ctx.say('0 (no digital channel takes orders)', '0 (aucun canal numérique ne prend de commande)'),
          target: ctx.say('20% of the pilot group\'s orders', `20${NBSP}% des commandes du groupe pilote`),
        }],
      };
    },
  },
  {
    id: 'online-order-rollout',
    family: 'ordering',
    dimensions: ['digital-journey', 'mobile'],
    stages: ['action'],
    processes: ['stimulus-control', 'reinforcement-management', 'helping-relationships'],
    prerequisites: ['online-order-pilot', 'sales-force-credited'],
    effort: 'L',
    raisesLevel: true,
    aim: ['deploi', 'generalis', 'rollout', 'roll out', 'extension'],
    owner: 'channels-or-board',
    answers: {
      inertia: (ctx) => ctx.say('Segment by segment, with the pilot customers as references.', 'Segment par segment, avec les clients pilotes pour références.'),
    },
    trigger: (ctx) => {
      const segments = wantOrder(ctx);
      return segments.length > 0 ? match(segments, webOrApp(ctx)) : undefined;
    },
    write: (ctx, m) => ({
      title: ctx.say(
        `Roll online ordering out to every ${segmentNames(ctx, m.segments)} customer, order tracking included`,
        `Étendre la commande en ligne à tous les ${segmentNames(ctx, m.segments)}, suivi de commande compris`,
      ),
      why: ctx.say(
        'Once the pilot has shown its figures, the rest of the segments get the same journey; orders stay credited to their sales reps.',
        `Une fois les chiffres du pilote connus, les autres segments reçoivent le même parcours${semicolon('fr')} les commandes restent créditées à leurs commerciaux.`,
      ),
      kpis: [{
        name: ctx.say('Capabilities the segments expect online and find', 'Capacités attendues en ligne et trouvées par les segments'),
        baseline: expectationsBaseline(ctx),
        target: levelTarget(ctx, 'digital-journey', 2),
      }],
    }),
  },
];

const intensityRank = (s: { digitalIntensity: string }) => ['traditional', 'occasional', 'multichannel', 'digital-first'].indexOf(s.digitalIntensity);
