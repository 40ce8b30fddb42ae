/**
 * The organisation behind the channels (seeds 002, 003, 004): a data charter before any customer
 * account, IT and marketing governing together, the sales force credited for online orders and one
 * P&L so channels stop competing, and customers and staff accompanied gently (seed 003: « la
 * relation client sera douce ou ne le sera pas »).
 */
import type { PlanContext } from '../planner/planContext';
import { levelBaseline, levelTarget, segmentNames } from './baselines';
import { match, type Intervention } from './intervention';
import { NBSP, nameList, quoteName, semicolon } from './phrases';

const ALIGNMENT_WORDS = {
  none: { en: 'none', fr: 'inexistant' }, partial: { en: 'partial', fr: 'partiel' }, full: { en: 'full', fr: 'complet' },
} as const;

const salesChannels = (ctx: PlanContext) => ctx.channelsOfType('field-sales');
const accountSegments = (ctx: PlanContext) => ctx.gaps.get('data-trust')!.segments;

export const ORGANISATION_INTERVENTIONS: Intervention[] = [
  {
    id: 'data-charter',
    family: 'organisation',
    dimensions: ['data-trust'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'social-liberation'],
    prerequisites: [],
    effort: 'S',
    raisesLevel: true,
    aim: ['charte', 'charter', 'rgpd', 'gdpr', 'donnees personnelles', 'consentement', 'consent'],
    owner: 'board',
    answers: {
      fear: (ctx, who) => ctx.say(
        `Written rules reassure ${who ?? 'everyone'}: what is done with customer data is decided, not improvised.`,
        `Des règles écrites rassurent ${who ? quoteName(who, 'fr') : 'chacun'}${NBSP}: l'usage des données clients est décidé, pas improvisé.`,
      ),
    },
    trigger: (ctx) => (ctx.engagement.organisation.dataCharter === true ? undefined : match(accountSegments(ctx).length ? accountSegments(ctx) : ctx.engagement.segments)),
    write: (ctx, m) => ({
      title: ctx.say(
        'Publish a charter on the use of customer data before opening any customer account online',
        'Publier une charte d\'usage des données clients avant d\'ouvrir le moindre compte client en ligne',
      ),
      why: ctx.say(
        `${ctx.engagement.organisation.dataCharter === false ? 'No charter is published' : 'No charter is documented'}; ${segmentNames(ctx, m.segments)} will entrust their orders and history only to a supplier that says what it does with them.`,
        `${ctx.engagement.organisation.dataCharter === false ? 'Aucune charte n\'est publiée' : 'Aucune charte n\'est documentée'}${semicolon('fr')} les ${segmentNames(ctx, m.segments)} ne confieront leurs commandes et leur historique qu'à un fournisseur qui dit ce qu'il en fait.`,
      ),
      kpis: [{
        name: ctx.say('Charter published; share of customers who consent', 'Charte publiée, part des clients qui consentent'),
        baseline: levelBaseline(ctx, 'data-trust'),
        target: levelTarget(ctx, 'data-trust', 2),
      }],
    }),
  },
  {
    id: 'governance-it-marketing',
    family: 'organisation',
    dimensions: ['organisation', 'data-trust'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'helping-relationships'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: true,
    aim: ['dsi', 'informatique', 'it and marketing', 'it-marketing', 'gouvernance', 'governance'],
    owner: 'board',
    answers: {
      inertia: (ctx) => ctx.say('One shared roadmap reviewed monthly replaces two separate lists.', 'Une feuille de route commune revue chaque mois remplace deux listes séparées.'),
    },
    trigger: (ctx) => (ctx.engagement.organisation.itMarketingAlignment === 'full' ? undefined : match(ctx.gaps.get('organisation')!.segments)),
    write: (ctx) => {
      const alignment = ctx.engagement.organisation.itMarketingAlignment;
      return {
        title: ctx.say(
          'IT and marketing govern the customer data and the channels together: one shared roadmap, one monthly review',
          `DSI et marketing gouvernent ensemble les données clients et les canaux${NBSP}: une feuille de route commune, une revue mensuelle`,
        ),
        why: ctx.say(
          `IT–marketing alignment is ${alignment ? ALIGNMENT_WORDS[alignment].en : 'not documented'}: without it, the customer's history stays in separate systems (Observatoire du Cross-Canal).`,
          `L'alignement DSI–marketing est ${alignment ? ALIGNMENT_WORDS[alignment].fr : 'non documenté'}${NBSP}: sans lui, l'historique du client reste dans des systèmes séparés (Observatoire du Cross-Canal).`,
        ),
        kpis: [{
          name: ctx.say('IT–marketing alignment', 'Alignement DSI–marketing'),
          baseline: alignment ? ALIGNMENT_WORDS[alignment][ctx.lang] : ctx.say('to be measured', 'à mesurer'),
          target: ALIGNMENT_WORDS.full[ctx.lang],
        }],
      };
    },
  },
  {
    id: 'sales-force-credited',
    family: 'organisation',
    dimensions: ['organisation', 'digital-journey'],
    stages: ['contemplation', 'preparation', 'action'],
    processes: ['self-reevaluation', 'self-liberation', 'reinforcement-management', 'counter-conditioning'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: false,
    aim: ['commission', 'commerciaux', 'sales force', 'force de vente', 'sales rep', 'remuneration', 'incentive', 'ambassad'],
    owner: 'barrier:fear',
    answers: {
      fear: (ctx, who) => !ctx.isSalesForce(who) ? undefined : ctx.say(
        `Credit ${who ?? 'the sales force'} with the online orders of its own customers: the site becomes its tool, not its rival.`,
        `Créditer ${who ? quoteName(who, 'fr') : 'la force de vente'} des commandes en ligne de ses propres clients${NBSP}: le site devient son outil, pas son concurrent.`,
      ),
    },
    trigger: (ctx) => {
      const sales = salesChannels(ctx);
      const fearful = ctx.engagement.change.barriers.some((b) => b.type === 'fear');
      const online = ctx.segmentsMissing('order').length > 0 || ctx.facts.digitalCapabilities.has('order');
      return (sales.length > 0 || fearful) && online && ctx.engagement.channels.length > 1 ? match(ctx.engagement.segments.filter((s) => s.prefers.some((p) => sales.some((c) => c.id === p))), sales) : undefined;
    },
    write: (ctx, m) => {
      const sales = m.channels[0]?.name ?? ctx.say('the sales force', 'la force de vente');
      return {
        title: ctx.say(
          `Credit ${sales} with the online orders of its portfolio`,
          `Créditer ${m.channels[0] ? quoteName(sales, 'fr') : sales} des commandes en ligne de son portefeuille`,
        ),
        why: ctx.say(
          `Sales people fear being replaced by the site (J.-P. Vanot); as long as an online order is lost to them, they will steer customers away from it.`,
          `Les commerciaux craignent d'être remplacés par le site (J.-P. Vanot)${semicolon('fr')} tant qu'une commande en ligne est perdue pour eux, ils en détourneront leurs clients.`,
        ),
        kpis: [{
          name: ctx.say('Online orders credited to the customer\'s sales rep', 'Commandes en ligne créditées au commercial du client'),
          baseline: ctx.facts.digitalCapabilities.has('order') ? ctx.say('to be measured', 'à mesurer') : ctx.say('0 (no online order yet)', '0 (pas encore de commande en ligne)'),
          target: ctx.say('100% of online orders', `100${NBSP}% des commandes en ligne`),
        }],
      };
    },
  },
  {
    id: 'single-pnl',
    family: 'organisation',
    dimensions: ['organisation'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'reinforcement-management', 'social-liberation'],
    prerequisites: ['sales-force-credited'],
    effort: 'L',
    raisesLevel: true,
    aim: ['compte de resultat', 'p&l', 'pnl', 'resultat unique', 'objectifs communs', 'shared objectives'],
    owner: 'board',
    answers: {
      fear: (ctx, who) => ctx.say(
        `Keep objectives for ${who ?? 'each channel'}, now shared: no one loses a sale another channel made.`,
        `Garder des objectifs pour ${who ? quoteName(who, 'fr') : 'chaque canal'}, désormais partagés${NBSP}: personne ne perd une vente faite par un autre canal.`,
      ),
    },
    trigger: (ctx) => (ctx.engagement.organisation.unifiedPnl !== true && ctx.engagement.channels.length > 1 ? match(ctx.gaps.get('organisation')!.segments, ctx.engagement.channels) : undefined),
    write: (ctx, m) => ({
      title: ctx.say(
        `One P&L across ${nameList(m.channels.map((c) => c.name), 'en', 3)}: channels stop competing`,
        `Un compte de résultat unique pour ${nameList(m.channels.map((c) => c.name), 'fr', 3)}${NBSP}: les canaux cessent de se concurrencer`,
      ),
      why: ctx.say(
        `${ctx.engagement.organisation.unifiedPnl === false ? 'Each channel has its own P&L' : 'How channels share results is not documented'}: a customer who researches on the site and buys in store is fought over instead of served (J.-P. Vanot).`,
        `${ctx.engagement.organisation.unifiedPnl === false ? 'Chaque canal a son compte de résultat' : 'Le partage des résultats entre canaux n\'est pas documenté'}${NBSP}: un client qui se renseigne sur le site et achète en agence est disputé au lieu d'être servi (J.-P. Vanot).`,
      ),
      kpis: [{
        name: ctx.say('Channels under one P&L with shared objectives', 'Canaux sous un compte de résultat unique aux objectifs partagés'),
        baseline: ctx.engagement.organisation.unifiedPnl === false ? ctx.say(`0 of ${m.channels.length}`, `0 sur ${m.channels.length}`) : ctx.say('to be measured', 'à mesurer'),
        target: ctx.say(`${m.channels.length} of ${m.channels.length}`, `${m.channels.length} sur ${m.channels.length}`),
      }],
    }),
  },
  {
    id: 'accompany-gently',
    family: 'organisation',
    dimensions: ['digital-journey', 'employee-tools'],
    stages: ['action'],
    processes: ['helping-relationships', 'counter-conditioning', 'reinforcement-management'],
    prerequisites: [],
    effort: 'M',
    anchor: true,
    raisesLevel: false,
    aim: ['accompagn', 'formation', 'training', 'pedagog', 'tutoriel', 'support the change', 'conduite du changement'],
    owner: 'channels-or-board',
    answers: {
      inertia: (ctx, who) => ctx.say(
        `Each at their own pace: short workshops for ${who ?? 'staff'}, a named referent, no one rushed.`,
        `Chacun à son rythme${NBSP}: des ateliers courts pour ${who ? quoteName(who, 'fr') : 'les équipes'}, un référent nommé, personne n'est brusqué.`,
      ),
      fear: (ctx, who) => ctx.say(
        `Train ${who ?? 'staff'} before the customers, to show the new tools instead of enduring them.`,
        `Former ${who ? quoteName(who, 'fr') : 'les équipes'} avant les clients, pour montrer les nouveaux outils au lieu de les subir.`,
      ),
    },
    trigger: (ctx) => {
      const stages = ['precontemplation', 'contemplation', 'preparation', 'action'];
      return stages.includes(ctx.engagement.change.stage) ? match(ctx.engagement.segments, ctx.engagement.channels.filter((c) => c.human)) : undefined;
    },
    write: (ctx, m) => ({
      title: ctx.say(
        `Accompany customers and the teams of ${nameList(m.channels.map((c) => c.name), 'en', 2) || 'every channel'} gently: workshops, tutorials, a referent per site`,
        `Accompagner en douceur les clients et les équipes de ${nameList(m.channels.map((c) => c.name), 'fr', 2) || 'chaque canal'}${NBSP}: ateliers, tutoriels, un référent par site`,
      ),
      why: ctx.say(
        `“Customer relations will be gentle or will not be” (seed 003): everyone adapts at their own pace, and ${segmentNames(ctx, m.segments.filter((s) => s.digitalIntensity === 'traditional' || s.digitalIntensity === 'occasional').length ? m.segments.filter((s) => s.digitalIntensity === 'traditional' || s.digitalIntensity === 'occasional') : m.segments)} must not be rushed.`,
        `«${NBSP}La relation client sera douce ou ne le sera pas${NBSP}»${NBSP}: chacun s'adapte à son rythme, et les ${segmentNames(ctx, m.segments.filter((s) => s.digitalIntensity === 'traditional' || s.digitalIntensity === 'occasional').length ? m.segments.filter((s) => s.digitalIntensity === 'traditional' || s.digitalIntensity === 'occasional') : m.segments)} ne doivent pas être brusqués.`,
      ),
      kpis: [{
        name: ctx.say('Staff trained before each launch', 'Collaborateurs formés avant chaque lancement'),
        baseline: ctx.say('to be measured (training plan)', 'à mesurer (plan de formation)'),
        target: ctx.say('all staff of the channels concerned', 'toutes les équipes des canaux concernés'),
      }],
    }),
  },
];
