/**
 * A person at the critical moments (seed 004: the customer wants to reach someone at the critical
 * moments of the purchase; Amazon's "Click and Connect"): a guaranteed call-back where the phone
 * fails the customer, a person reachable from the digital channels, and an owner with a service
 * promise for every moment of truth lived badly.
 */
import type { PlanContext, StepFact } from '../planner/planContext';
import { badStepsBaseline, journeysOf, quotedPains, segmentNames } from './baselines';
import { match, type Intervention } from './intervention';
import { countOf, NBSP, excerpt, nameList, quoteName, semicolon } from './phrases';

const segmentsOf = (facts: readonly StepFact[]) => [...new Set(facts.map((f) => f.segment).filter((s) => s !== undefined))];
const failedOnPhone = (ctx: PlanContext) => ctx.failedMoments.filter((f) => f.channel?.type === 'phone');

export const HUMAN_TOUCH_INTERVENTIONS: Intervention[] = [
  {
    id: 'guaranteed-callback',
    family: 'human-touch',
    dimensions: ['human-touch'],
    stages: ['precontemplation', 'contemplation', 'preparation', 'action'],
    processes: ['dramatic-relief', 'environmental-reevaluation', 'helping-relationships', 'stimulus-control'],
    prerequisites: [],
    effort: 'S',
    raisesLevel: true,
    aim: ['rappel', 'call-back', 'callback', 'call back', 'standard', 'attente'],
    owner: 'channels-or-board',
    answers: {
      urgency: (ctx, who) => ctx.say(
        `A rule that takes a week to set up${who ? ` and spares ${who} the calls that come back` : ''}.`,
        `Une règle qui se met en place en une semaine${who ? ` et épargne à ${quoteName(who, 'fr')} les appels qui reviennent` : ''}.`,
      ),
    },
    trigger: (ctx) => {
      const fixes = failedOnPhone(ctx);
      return fixes.length > 0 ? match(segmentsOf(fixes), [fixes[0]!.channel], fixes) : undefined;
    },
    write: (ctx, m) => {
      const phone = m.channels[0]!;
      return {
        title: ctx.say(
          `Guaranteed call-back by ${phone.name} at the critical moments (${excerpt(m.fixes[0]!.step.action, 'en', 60)})`,
          `Rappel garanti par ${quoteName(phone.name, 'fr')} aux moments critiques (${excerpt(m.fixes[0]!.step.action, 'fr', 60)})`,
        ),
        why: ctx.say(
          `A person is reachable, yet the moment is lived badly: ${quotedPains(ctx, m.fixes)}.`,
          `Une personne est joignable, et pourtant le moment est vécu négativement${NBSP}: ${quotedPains(ctx, m.fixes)}.`,
        ),
        kpis: [{
          name: ctx.say(`Critical moments lived badly on ${phone.name}`, `Moments critiques vécus négativement sur ${quoteName(phone.name, 'fr')}`),
          baseline: badStepsBaseline(ctx, m.fixes),
          target: '0',
        }],
      };
    },
  },
  {
    id: 'click-and-connect',
    family: 'human-touch',
    dimensions: ['human-touch', 'channel-integration'],
    stages: ['preparation', 'action'],
    processes: ['helping-relationships', 'self-liberation', 'stimulus-control'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: true,
    aim: ['click and connect', 'chat', 'conseiller en ligne', 'live', 'visio'],
    owner: 'channels-or-board',
    answers: {
      fear: (ctx, who) => ctx.say(
        `Give the chat to ${who ?? 'the advisers'}: digital channels bring customers to them instead of taking them away.`,
        `Confier le chat ${who ? `à ${quoteName(who, 'fr')}` : 'aux conseillers'}${NBSP}: le numérique amène des clients au lieu d'en prendre.`,
      ),
    },
    trigger: (ctx) => {
      const digital = ctx.engagement.channels.filter((c) => c.digital);
      if (digital.length === 0 || digital.some((c) => c.human)) return undefined;
      const fixes = [...ctx.unreachable, ...ctx.failedMoments.filter((f) => f.channel?.digital)];
      const wanting = ctx.engagement.segments.filter((s) => s.digitalIntensity === 'multichannel' || s.digitalIntensity === 'digital-first');
      if (fixes.length === 0 && wanting.length === 0) return undefined;
      return match(fixes.length ? segmentsOf(fixes) : wanting, [...ctx.channelsOfType('web', 'mobile-app'), ...digital], [...new Set(fixes)]);
    },
    write: (ctx, m) => {
      const web = m.channels[0]!;
      return {
        title: ctx.say(
          `"Click and Connect": an adviser reachable from ${web.name} at the critical moments (staffed chat, guaranteed call-back)`,
          `«${NBSP}Click and Connect${NBSP}»${NBSP}: un conseiller joignable depuis ${quoteName(web.name, 'fr')} aux moments critiques (chat tenu par des personnes, rappel garanti)`,
        ),
        why: ctx.say(
          `No digital channel puts a person within reach${m.fixes.length ? `, and ${m.fixes.length} critical moments need one` : ''}; customers want to reach someone at the critical moments of the purchase (J.-P. Vanot).`,
          `Aucun canal numérique ne met une personne à portée${m.fixes.length ? `, alors que ${m.fixes.length} moments critiques en demandent une` : ''}${semicolon('fr')} le client veut joindre un responsable aux moments critiques de l'achat (J.-P. Vanot).`,
        ),
        kpis: [{
          name: ctx.say('Critical moments where a person is reachable from a digital channel', 'Moments critiques où une personne est joignable depuis un canal numérique'),
          baseline: ctx.criticalSteps.length ? countOf(0, ctx.criticalSteps.length, ctx.say('moment', 'moment'), ctx.say('moments', 'moments'), ctx.lang) : ctx.say('no digital channel staffed by people', 'aucun canal numérique tenu par des personnes'),
          target: ctx.criticalSteps.length ? countOf(ctx.criticalSteps.length, ctx.criticalSteps.length, ctx.say('moment', 'moment'), ctx.say('moments', 'moments'), ctx.lang) : ctx.say('a staffed chat or call-back on every digital channel', 'un chat tenu ou un rappel sur chaque canal numérique'),
        }],
      };
    },
  },
  {
    id: 'moments-of-truth-owners',
    family: 'human-touch',
    dimensions: ['human-touch', 'lifecycle'],
    stages: ['precontemplation', 'contemplation', 'preparation', 'action'],
    processes: ['dramatic-relief', 'environmental-reevaluation', 'self-liberation', 'helping-relationships'],
    prerequisites: [],
    effort: 'S',
    catchAll: true,
    raisesLevel: true,
    aim: ['moment de verite', 'moments de verite', 'moment of truth', 'moments of truth', 'promesse de service', 'service promise'],
    owner: 'channels-or-board',
    answers: {
      complacency: (ctx, who) => ctx.say(
        `Each moment gets a name from ${who ?? 'the board'}: no one can say it is someone else's problem.`,
        `Chaque moment reçoit un nom choisi par ${quoteName(who ?? 'la direction', 'fr')}${NBSP}: personne ne peut dire que c'est le problème d'un autre.`,
      ),
    },
    // The planner narrows its fixes to the failed moments no other intervention of the plan remedies.
    trigger: (ctx) => (ctx.failedMoments.length > 0 ? match(segmentsOf(ctx.failedMoments), ctx.failedMoments.map((f) => f.channel), ctx.failedMoments) : undefined),
    write: (ctx, m) => ({
      title: ctx.say(
        `An owner and a service promise for each moment of truth lived badly in ${journeysOf(ctx, m.fixes)}`,
        `Un responsable et une promesse de service pour chaque moment de vérité raté de ${journeysOf(ctx, m.fixes)}`,
      ),
      why: ctx.say(
        `${m.fixes.length} critical ${m.fixes.length === 1 ? 'moment is' : 'moments are'} lived badly by ${segmentNames(ctx, segmentsOf(m.fixes))}: ${quotedPains(ctx, m.fixes)}.`,
        `${m.fixes.length} ${m.fixes.length < 2 ? 'moment critique est vécu' : 'moments critiques sont vécus'} négativement par les ${segmentNames(ctx, segmentsOf(m.fixes))}${NBSP}: ${quotedPains(ctx, m.fixes)}.`,
      ),
      kpis: [{
        name: ctx.say('Moments of truth lived badly', 'Moments de vérité ratés'),
        baseline: badStepsBaseline(ctx, m.fixes),
        target: '0',
      }],
    }),
  },
];

export { nameList };
