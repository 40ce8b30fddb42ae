/**
 * Sustaining the change (Prochaska & DiClemente's maintenance: reinforcement and stimulus control,
 * more than six months after action began): a monthly customer dashboard ritual, a reinforcement
 * review, a re-assessment with the same file, relapse indicators, and the weakest dimension taken
 * up so that a mature client still has somewhere to go.
 */
import { dimensionLabel } from '../../maturity/dimensionLabels';
import { DIMENSIONS, type DimensionId } from '../../model/vocabulary';
import type { PlanContext } from '../planner/planContext';
import { breaksBaseline, levelBaseline, levelTarget } from './baselines';
import { match, type Intervention } from './intervention';
import { NBSP, nameList, quoteName, semicolon } from './phrases';

/** What the next level asks for, per dimension: the mature client's concrete step. */
const NEXT_STEP: Record<DimensionId, { en: string; fr: string }> = {
  visibility: { en: 'be visible on the partners\' and marketplaces\' pages too', fr: 'être visible aussi sur les pages des partenaires et places de marché' },
  'digital-journey': { en: 'offer online every capability the segments expect', fr: 'proposer en ligne toutes les capacités attendues par les segments' },
  'channel-integration': { en: 'every channel recognises the customer and shares the history', fr: 'chaque canal reconnaît le client et partage son historique' },
  'human-touch': { en: 'a person behind a digital channel at every critical moment', fr: 'une personne derrière un canal numérique à chaque moment critique' },
  lifecycle: { en: 'reviews and community after the purchase', fr: 'avis et communauté après l\'achat' },
  mobile: { en: 'an app that knows the customer, orders and tracks', fr: 'une application qui connaît le client, commande et suit' },
  'data-trust': { en: 'customers engaged in how their data is used', fr: 'des clients associés à l\'usage de leurs données' },
  community: { en: 'customers who answer each other', fr: 'des clients qui se répondent entre eux' },
  'employee-tools': { en: 'staff who see the customer\'s history on modern tools', fr: 'des équipes qui voient l\'historique du client sur des outils modernes' },
  organisation: { en: 'one P&L, IT and marketing fully aligned, an owner per channel', fr: 'un compte de résultat unique, DSI et marketing pleinement alignés, un responsable par canal' },
};

const weakDimensions = (ctx: PlanContext) => DIMENSIONS.filter((d) => ctx.level(d) <= 2);

export const SUSTAIN_INTERVENTIONS: Intervention[] = [
  {
    id: 'customer-dashboard',
    family: 'sustain',
    dimensions: ['organisation', 'channel-integration'],
    stages: ['maintenance'],
    processes: ['stimulus-control', 'reinforcement-management'],
    prerequisites: [],
    effort: 'S',
    anchor: true,
    raisesLevel: false,
    aim: ['tableau de bord', 'dashboard', 'rituel', 'ritual', 'indicateurs mensuels'],
    owner: 'board',
    answers: {
      urgency: (ctx) => ctx.say('Thirty minutes on the monthly agenda, never moved: the customers come before the emergencies.', 'Trente minutes à l\'ordre du jour mensuel, jamais déplacées\u00a0: les clients passent avant les urgences.'),
    },
    trigger: (ctx) => match(ctx.engagement.segments),
    write: (ctx) => ({
      title: ctx.say(
        'Monthly customer dashboard at the board meeting: moments of truth, continuity breaks, online orders',
        `Rituel mensuel du tableau de bord client en comité de direction${NBSP}: moments de vérité, ruptures de continuité, commandes en ligne`,
      ),
      why: ctx.say(
        'What is looked at every month is sustained; the figures of this plan become the board\'s routine.',
        `Ce qui est regardé chaque mois se maintient${semicolon('fr')} les chiffres de ce plan deviennent la routine du comité.`,
      ),
      kpis: [{
        name: ctx.say('Dashboard meetings held', 'Séances du tableau de bord tenues'),
        baseline: ctx.failedMoments.length || ctx.breaks.length
          ? ctx.say(`no dashboard; today ${ctx.failedMoments.length} moments of truth lived badly, ${breaksBaseline(ctx)}`, `aucun tableau de bord${semicolon('fr')} aujourd'hui ${ctx.failedMoments.length} moments de vérité ratés, ${breaksBaseline(ctx)}`)
          : ctx.say('no dashboard', 'aucun tableau de bord'),
        target: ctx.say('one a month, every month', 'une par mois, chaque mois'),
      }],
    }),
  },
  {
    id: 'reinforcement-review',
    family: 'sustain',
    dimensions: ['employee-tools', 'organisation'],
    stages: ['maintenance'],
    processes: ['reinforcement-management', 'helping-relationships'],
    prerequisites: ['customer-dashboard'],
    effort: 'S',
    anchor: true,
    raisesLevel: false,
    aim: ['renforcement', 'reinforcement', 'reconnaissance', 'recognition', 'celebr'],
    owner: 'channels-or-board',
    answers: {
      inertia: (ctx, who) => ctx.say(
        `Recognise the progress of ${who ?? 'the teams'} each quarter: the new habits are rewarded, the old ones not.`,
        `Reconnaître chaque trimestre les progrès ${who ? `de ${quoteName(who, 'fr')}` : 'des équipes'}${NBSP}: les nouvelles habitudes sont récompensées, les anciennes non.`,
      ),
    },
    trigger: (ctx) => match(ctx.engagement.segments, ctx.engagement.channels.filter((c) => c.human)),
    write: (ctx, m) => ({
      title: ctx.say(
        `Quarterly reinforcement review with the teams of ${nameList(m.channels.map((c) => c.name), 'en', 2) || 'every channel'}: recognise what changed`,
        `Revue trimestrielle de renforcement avec les équipes de ${nameList(m.channels.map((c) => c.name), 'fr', 2) || 'chaque canal'}${NBSP}: reconnaître ce qui a changé`,
      ),
      why: ctx.say(
        'A change lasts when the new behaviour is rewarded and the old one no longer is (reinforcement management).',
        'Un changement dure quand le nouveau comportement est récompensé et que l\'ancien ne l\'est plus.',
      ),
      kpis: [{
        name: ctx.say('Teams recognised for a customer improvement', 'Équipes reconnues pour un progrès client'),
        baseline: ctx.say('to be measured (the monthly dashboard measures it)', 'à mesurer (le tableau de bord mensuel la mesure)'),
        target: ctx.say('every team, each quarter', 'chaque équipe, chaque trimestre'),
      }],
    }),
  },
  {
    id: 're-assessment',
    family: 'sustain',
    dimensions: 'weakest',
    stages: ['maintenance'],
    processes: ['reinforcement-management', 'stimulus-control'],
    prerequisites: ['customer-dashboard'],
    effort: 'S',
    anchor: true,
    raisesLevel: false,
    aim: ['reevaluation', 're-assessment', 'reassess', 'audit de maturite', 'bilan'],
    owner: 'board',
    answers: {},
    trigger: (ctx) => match(ctx.engagement.segments, [], [], ctx.weakestDimension),
    write: (ctx, m) => ({
      title: ctx.say(
        `Re-assess the maturity with this same file, starting with ${dimensionLabel(m.dimension!, 'en').toLowerCase()}`,
        `Réévaluer la maturité avec ce même fichier, en commençant par la dimension ${quoteName(dimensionLabel(m.dimension!, 'fr'), 'fr')}`,
      ),
      why: ctx.say(
        `Overall level ${ctx.maturity.overall.level}/5 today; the weakest dimension is ${dimensionLabel(m.dimension!, 'en').toLowerCase()} at ${ctx.level(m.dimension!)}/5. The same measure, a year later, shows what held.`,
        `Niveau global ${ctx.maturity.overall.level}/5 aujourd'hui${semicolon('fr')} la dimension la plus faible, ${quoteName(dimensionLabel(m.dimension!, 'fr'), 'fr')}, est à ${ctx.level(m.dimension!)}/5. La même mesure, un an plus tard, montre ce qui a tenu.`,
      ),
      kpis: [{
        name: ctx.say('Overall maturity level', 'Niveau global de maturité'),
        baseline: `${ctx.maturity.overall.level}/5`,
        target: `${Math.min(5, ctx.maturity.overall.level + 1)}/5`,
      }],
    }),
  },
  {
    id: 'relapse-indicators',
    family: 'sustain',
    dimensions: 'weakest',
    stages: ['maintenance'],
    processes: ['stimulus-control', 'reinforcement-management'],
    prerequisites: ['customer-dashboard'],
    effort: 'S',
    raisesLevel: false,
    aim: ['rechute', 'relapse', 'alerte', 'warning signs'],
    owner: 'board',
    answers: {
      complacency: (ctx) => ctx.say('Thresholds agreed in advance: a slip is seen the month it happens, not a year later.', 'Des seuils convenus à l\'avance\u00a0: un recul se voit le mois où il arrive, pas un an plus tard.'),
    },
    trigger: (ctx) => (weakDimensions(ctx).length > 0 || ctx.engagement.change.stage === 'maintenance' ? match(ctx.engagement.segments, [], [], ctx.weakestDimension) : undefined),
    write: (ctx, m) => {
      const weak = weakDimensions(ctx);
      const names = (weak.length ? weak : [m.dimension!]).map((d) => dimensionLabel(d, ctx.lang));
      return {
        title: ctx.say(
          `Relapse indicators with alert thresholds on ${nameList(names, 'en', 3)}`,
          `Indicateurs de rechute avec seuils d'alerte sur ${nameList(names, 'fr', 3)}`,
        ),
        why: ctx.say(
          `${weak.length} ${weak.length === 1 ? 'dimension is' : 'dimensions are'} at level 1 or 2: that is where the old habits come back first.`,
          `${weak.length} ${weak.length < 2 ? 'dimension est' : 'dimensions sont'} au niveau 1 ou 2${NBSP}: c'est là que les anciennes habitudes reviennent d'abord.`,
        ),
        kpis: [{
          name: ctx.say('Indicators past their alert threshold', 'Indicateurs au-delà de leur seuil d\'alerte'),
          baseline: levelBaseline(ctx, m.dimension!),
          target: ctx.say('none, three months running', 'aucun, trois mois de suite'),
        }],
      };
    },
  },
  {
    id: 'raise-weakest',
    family: 'sustain',
    dimensions: 'weakest',
    stages: ['action', 'maintenance'],
    processes: ['stimulus-control', 'helping-relationships', 'reinforcement-management'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: true,
    aim: [],
    owner: 'channels-or-board',
    answers: {},
    // A mature client (nothing at 3 or below) still takes its weakest dimension one level up.
    trigger: (ctx) => {
      const weakest = ctx.weakestDimension;
      return DIMENSIONS.every((d) => ctx.level(d) >= 4) && ctx.level(weakest) < 5 ? match(ctx.gaps.get(weakest)!.segments, [], [], weakest) : undefined;
    },
    write: (ctx, m) => ({
      title: ctx.say(
        `Take ${dimensionLabel(m.dimension!, 'en').toLowerCase()} from ${ctx.level(m.dimension!)} to ${ctx.level(m.dimension!) + 1}: ${NEXT_STEP[m.dimension!].en}`,
        `Porter la dimension ${quoteName(dimensionLabel(m.dimension!, 'fr'), 'fr')} de ${ctx.level(m.dimension!)} à ${ctx.level(m.dimension!) + 1}${NBSP}: ${NEXT_STEP[m.dimension!].fr}`,
      ),
      why: ctx.say(
        `Every dimension is at 4 or 5; ${dimensionLabel(m.dimension!, 'en').toLowerCase()} is the weakest, and a plan that only maintains invites relapse.`,
        `Toutes les dimensions sont à 4 ou 5${semicolon('fr')} ${quoteName(dimensionLabel(m.dimension!, 'fr'), 'fr')} est la plus faible, et un plan qui ne fait que maintenir invite à la rechute.`,
      ),
      kpis: [{ name: dimensionLabel(m.dimension!, ctx.lang), baseline: levelBaseline(ctx, m.dimension!), target: levelTarget(ctx, m.dimension!) }],
    }),
  },
];
