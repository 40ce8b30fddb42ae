/**
 * Getting the board to see and decide (seed 000: without a strong stimulus, organisations stall in
 * precontemplation and contemplation): the awareness session with the customers' own worst moments
 * (consciousness raising, dramatic relief), measuring the segments' digital intensity (Accenture's
 * first step, seed 001), the decision file with low/middle/high ranges, and the steering committee
 * that turns the decision into owners and a budget (self-liberation).
 */
import { dimensionLabel } from '../../maturity/dimensionLabels';
import { CHANGE_STAGES } from '../../model/vocabulary';
import type { PlanContext } from '../planner/planContext';
import { badStepsBaseline, quotedPains, TO_MEASURE } from './baselines';
import { match, type Intervention } from './intervention';
import { countOf, nameList, NBSP, outOf, plural, quoteName, semicolon } from './phrases';

const stageAtMost = (ctx: PlanContext, stage: (typeof CHANGE_STAGES)[number]) =>
  CHANGE_STAGES.indexOf(ctx.engagement.change.stage) <= CHANGE_STAGES.indexOf(stage);

export const AWARENESS_INTERVENTIONS: Intervention[] = [
  {
    id: 'awareness-session',
    family: 'awareness',
    dimensions: 'weakest',
    stages: ['precontemplation'],
    processes: ['consciousness-raising', 'dramatic-relief', 'environmental-reevaluation'],
    prerequisites: [],
    effort: 'S',
    anchor: true,
    raisesLevel: false,
    aim: ['prise de conscience', 'sensibilis', 'awareness', 'seminaire', 'verbatim'],
    owner: 'board',
    answers: {
      complacency: (ctx, who) => ctx.say(
        `Let ${who ?? 'the board'} hear the customers' own words and figures: the mountain becomes a list of moments to fix.`,
        `Faire entendre ${who ? `à ${quoteName(who, 'fr')}` : 'au comité de direction'} les mots et les chiffres de ses propres clients${NBSP}: la montagne devient une liste de moments à réparer.`,
      ),
      fear: (ctx, who) => ctx.say(
        `Show ${who ?? 'the board'} that standing still is the real risk, with competitors' answers quoted.`,
        `Montrer ${who ? `à ${quoteName(who, 'fr')}` : 'à la direction'} que l'immobilisme est le vrai risque, réponses des concurrents à l'appui.`,
      ),
    },
    trigger: (ctx) => (ctx.engagement.change.stage === 'precontemplation' ? match(ctx.engagement.segments, [], [], ctx.weakestDimension) : undefined),
    write: (ctx, m) => {
      const moments = ctx.failedMoments.length ? ctx.failedMoments : ctx.badSteps;
      const client = ctx.engagement.engagement.client;
      const title = moments.length
        ? ctx.say(
          `Board awareness session: ${client}'s customers tell their worst moments (${quotedPains(ctx, moments, 1)})`,
          `Séance de prise de conscience du comité de direction${NBSP}: les pires moments vécus par les clients (${quotedPains(ctx, moments, 1)})`,
        )
        : ctx.say(
          `Board awareness session with ${client}'s own figures on ${dimensionLabel(m.dimension!, 'en').toLowerCase()}`,
          `Séance de prise de conscience du comité de direction avec les chiffres de ${quoteName(client, 'fr')} sur la dimension ${quoteName(dimensionLabel(m.dimension!, 'fr'), 'fr')}`,
        );
      const why = moments.length
        ? ctx.say(
          `${moments.length} ${plural(moments.length, 'moment', 'moments', 'en')} of the journeys ${plural(moments.length, 'is', 'are', 'en')} lived badly, for instance ${quotedPains(ctx, moments)}; the board does not see them yet (${ctx.engagement.change.stage === 'precontemplation' ? 'denial' : 'procrastination'}).`,
          `${moments.length} ${plural(moments.length, 'moment des parcours est vécu', 'moments des parcours sont vécus', 'fr')} négativement, par exemple ${quotedPains(ctx, moments)}${semicolon('fr')} la direction ne les voit pas encore.`,
        )
        : ctx.say(
          `The weakest dimension, ${dimensionLabel(m.dimension!, 'en').toLowerCase()}, is at ${ctx.level(m.dimension!)}/5: the board needs to see it in its own figures before it commits.`,
          `La dimension la plus faible, ${quoteName(dimensionLabel(m.dimension!, 'fr'), 'fr')}, est à ${ctx.level(m.dimension!)}/5${NBSP}: la direction doit la voir dans ses propres chiffres avant de s'engager.`,
        );
      return {
        title, why,
        kpis: [{
          name: ctx.say('Board members who heard the customers\' moments', 'Membres du comité de direction ayant entendu les moments vécus par les clients'),
          baseline: moments.length ? badStepsBaseline(ctx, moments) : ctx.say('no session held', 'aucune séance tenue'),
          target: ctx.say('all, and a decision to assess the journeys', 'tous, et la décision de lancer le chantier'),
        }],
      };
    },
  },
  {
    id: 'measure-digital-intensity',
    family: 'awareness',
    dimensions: ['digital-journey'],
    stages: ['precontemplation', 'contemplation', 'preparation'],
    processes: ['consciousness-raising', 'self-reevaluation', 'environmental-reevaluation'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: false,
    aim: ['intensite', 'intensity', 'enquete client', 'customer survey', 'sondage'],
    owner: 'board',
    answers: {
      fear: (ctx, who) => !ctx.isSalesForce(who) ? undefined : ctx.say(
        `The customers speak for themselves, not through ${who ?? 'the sales force'}: no one is judged, the facts decide.`,
        `Les clients parlent eux-mêmes, pas par la voix de ${quoteName(who ?? 'la force de vente', 'fr')}${NBSP}: personne n'est jugé, les faits tranchent.`,
      ),
      complacency: (ctx) => ctx.say('The survey replaces "our customers are not ready" with the customers\' answers.', 'L\'enquête remplace «\u00a0nos clients ne sont pas prêts\u00a0» par les réponses des clients.'),
    },
    trigger: (ctx) => {
      if (!stageAtMost(ctx, 'preparation')) return undefined;
      const silent = ctx.engagement.segments.filter((s) => s.expects.length === 0 || ctx.facts.journeysOf(s).length === 0);
      return ctx.level('digital-journey') <= 3 || silent.length > 0 ? match(ctx.engagement.segments) : undefined;
    },
    write: (ctx, m) => ({
      title: ctx.say(
        `Measure the digital intensity of ${nameList(m.segments.map((s) => s.name), 'en')}: how they search, order and follow up`,
        `Mesurer l'intensité numérique des ${nameList(m.segments.map((s) => s.name), 'fr')}${NBSP}: comment ils cherchent, commandent et suivent`,
      ),
      why: ctx.say(
        `Accenture's first step: know each segment's digital behaviour before investing. The file states expectations for ${outOf(m.segments.filter((s) => s.expects.length > 0).length, m.segments.length, 'en')} segments.`,
        `Première étape d'Accenture${NBSP}: connaître le comportement numérique de chaque segment avant d'investir. Le fichier documente les attentes de ${outOf(m.segments.filter((s) => s.expects.length > 0).length, m.segments.length, 'fr')} segments.`,
      ),
      kpis: [{
        name: ctx.say('Share of customers surveyed who want to order online', 'Part des clients interrogés qui souhaitent commander en ligne'),
        baseline: ctx.say('to be measured (this survey measures it)', 'à mesurer (cette enquête la mesure)'),
        target: ctx.say('measured for every segment', 'mesurée pour chaque segment'),
      }],
    }),
  },
  {
    id: 'decision-file',
    family: 'awareness',
    dimensions: ['organisation'],
    stages: ['contemplation'],
    processes: ['self-reevaluation', 'environmental-reevaluation', 'consciousness-raising'],
    prerequisites: ['awareness-session', 'measure-digital-intensity'],
    effort: 'S',
    anchor: true,
    raisesLevel: false,
    aim: ['dossier de decision', 'business case', 'decision file', 'scenario', 'chiffrage'],
    owner: 'board',
    answers: {
      urgency: (ctx, who) => ctx.say(
        `A short file${who ? ` for ${who}` : ''}, decided in one meeting, with a first step that fits between current emergencies.`,
        `Un dossier court${who ? ` pour ${quoteName(who, 'fr')}` : ''}, tranché en une séance, avec un premier pas qui tient entre les urgences du moment.`,
      ),
      fear: (ctx) => ctx.say('Three ranges instead of one bet: the low scenario limits the risk of a mistake.', 'Trois fourchettes plutôt qu\'un pari\u00a0: le scénario bas limite le risque de se tromper.'),
    },
    trigger: (ctx) => (stageAtMost(ctx, 'contemplation') ? match(ctx.engagement.segments) : undefined),
    write: (ctx) => {
      const worst = [...ctx.maturity.dimensions].sort((a, b) => a.level - b.level).slice(0, 2).map((d) => dimensionLabel(d.id, ctx.lang));
      return {
        title: ctx.say(
          `Decision file for the board: low, middle and high scenarios, costed, on ${nameList(worst, 'en')}`,
          `Dossier de décision pour le comité${NBSP}: trois scénarios chiffrés (bas, médian, haut) sur ${nameList(worst, 'fr')}`,
        ),
        why: ctx.say(
          'In contemplation the project is postponed behind urgent matters: a costed choice with low/middle/high ranges lets the board decide instead of waiting.',
          `En contemplation, le projet est repoussé derrière les urgences${NBSP}: un choix chiffré en fourchettes basse, médiane et haute permet au comité de trancher au lieu d'attendre.`,
        ),
        kpis: [{
          name: ctx.say('Board decision', 'Décision du comité'),
          baseline: ctx.engagement.change.evidence ? ctx.say('postponed (see the change evidence)', 'repoussée (voir le constat sur le changement)') : ctx.say('none taken', 'aucune décision'),
          target: ctx.say('a scenario chosen, its budget voted', 'un scénario choisi, son budget voté'),
        }],
      };
    },
  },
  {
    id: 'steering-committee',
    family: 'awareness',
    dimensions: ['organisation'],
    stages: ['preparation'],
    processes: ['self-liberation', 'helping-relationships', 'social-liberation'],
    prerequisites: ['decision-file'],
    effort: 'S',
    anchor: true,
    raisesLevel: false,
    aim: ['comite de pilotage', 'steering', 'gouvernance du projet', 'programme'],
    owner: 'board',
    answers: {
      inertia: (ctx, who) => ctx.say(`Small monthly steps${who ? ` for ${who}` : ''}, each with one named owner.`, `De petits pas mensuels${who ? ` pour ${quoteName(who, 'fr')}` : ''}, chacun avec un responsable nommé.`),
      urgency: (ctx) => ctx.say('A fixed monthly slot protects the project from the emergencies of the day.', 'Un créneau mensuel fixe protège le projet des urgences du jour.'),
    },
    trigger: (ctx) => (stageAtMost(ctx, 'preparation') ? match(ctx.engagement.segments, ctx.engagement.channels) : undefined),
    write: (ctx) => {
      const channels = ctx.engagement.channels;
      const owned = channels.filter((c) => c.owner?.trim());
      const owners = [...new Set(owned.map((c) => c.owner!.trim()))];
      return {
        title: ctx.say(
          `Monthly steering committee with ${nameList(owners.length ? owners : ['the channel owners'], 'en')}: one owner and one budget per initiative`,
          `Comité de pilotage mensuel avec ${owners.length ? nameList(owners, 'fr') : 'les responsables des canaux'}${NBSP}: un responsable et un budget par chantier`,
        ),
        why: ctx.say(
          `Committing means naming who does what: ${countOf(owned.length, channels.length, 'channel has', 'channels have', 'en')} an owner in the file.`,
          `S'engager, c'est nommer qui fait quoi${NBSP}: ${countOf(owned.length, channels.length, 'canal', 'canaux', 'fr')} ${owned.length < 2 ? 'a' : 'ont'} un responsable dans le fichier.`,
        ),
        kpis: [{
          name: ctx.say('Initiatives with a named owner and budget', 'Chantiers avec un responsable nommé et un budget'),
          baseline: ctx.say(`${countOf(owned.length, channels.length, 'channel', 'channels', 'en')} with an owner`, `${countOf(owned.length, channels.length, 'canal', 'canaux', 'fr')} avec un responsable`),
          target: ctx.say('every initiative of the plan', 'tous les chantiers du plan'),
        }],
      };
    },
  },
];

export { TO_MEASURE };
