/**
 * One company, not channels (seeds 001, 002, 004): a reservation made on one channel visible on
 * the next, the customer recognised and then the history shared on the channels where breaks are
 * most frequent, and the employees' tools modernised once they can show that history (symmetry of
 * attention, J.-P. Vanot).
 */
import type { Channel } from '../../model/engagement';
import type { PlanContext, StepFact } from '../planner/planContext';
import { badStepsBaseline, breaksBaseline, levelBaseline, levelTarget, quotedPains } from './baselines';
import { match, type Intervention } from './intervention';
import { countOf, NBSP, nameList, percent, quoteName, semicolon } from './phrases';

/** The channels customers arrive on through a continuity break, most breaks first (ties in file order). */
export function mostBrokenChannels(ctx: PlanContext, max = 2): Channel[] {
  // A paper statement cannot recognise anyone: the breaks that matter are where the customer is served.
  return [...ctx.breaksByChannel.entries()].filter(([c]) => c.type !== 'mail').sort((a, b) => b[1] - a[1] || a[0].index - b[0].index).slice(0, max).map(([c]) => c);
}

const reservations = (ctx: PlanContext) => ctx.steps.filter((f) => f.orderedOn && f.brokenFrom && f.channel && f.channel.type !== 'mail' && !f.channel.sharesHistory);

export const CONTINUITY_INTERVENTIONS: Intervention[] = [
  {
    id: 'reservation-visible',
    family: 'continuity',
    dimensions: ['channel-integration', 'human-touch'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'stimulus-control', 'helping-relationships'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: true,
    aim: ['reservation', 'mise de cote', 'reserved', 'click and collect', 'retrait'],
    owner: 'channels',
    answers: {},
    trigger: (ctx) => {
      const found = reservations(ctx);
      if (found.length === 0) return undefined;
      const segments = [...new Set(found.map((f) => f.segment).filter((s) => s !== undefined))];
      return match(segments, [found[0]!.channel, found[0]!.orderedOn], found.filter((f) => (f.step.emotion ?? 0) <= -1));
    },
    write: (ctx, m) => {
      const [to, from] = m.channels as [Channel, Channel];
      return {
        title: ctx.say(
          `Make an order placed through ${from.name} visible at ${to.name}`,
          `Rendre visible sur ${quoteName(to.name, 'fr')} la réservation faite via ${quoteName(from.name, 'fr')}`,
        ),
        why: ctx.say(
          `The customer orders through ${from.name}, then arrives at ${to.name}, which does not see it${m.fixes.length ? `: ${quotedPains(ctx, atChannel(m.fixes, to), 1)}` : ''}. Promises made on one channel must be kept on the next.`,
          `Le client commande via ${quoteName(from.name, 'fr')}, puis arrive sur ${quoteName(to.name, 'fr')}, qui ne le voit pas${m.fixes.length ? `${NBSP}: ${quotedPains(ctx, atChannel(m.fixes, to), 1)}` : ''}. Une promesse faite sur un canal doit être tenue sur le suivant.`,
        ),
        kpis: [{
          name: ctx.say('Orders not found when the customer arrives', 'Réservations introuvables à l\'arrivée du client'),
          baseline: m.fixes.length ? badStepsBaseline(ctx, m.fixes) : ctx.say('to be measured (count them for a month)', 'à mesurer (les compter pendant un mois)'),
          target: '0',
        }],
      };
    },
  },
  {
    id: 'recognise-then-share',
    family: 'continuity',
    dimensions: ['channel-integration', 'employee-tools'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'stimulus-control', 'counter-conditioning'],
    prerequisites: ['governance-it-marketing'],
    effort: 'L',
    raisesLevel: true,
    aim: ['historique', 'history', 'crm', 'reconna', 'recogni', 'vue client', 'customer view', 'omnicanal', 'omnichannel'],
    owner: 'channels',
    answers: {
      inertia: (ctx) => ctx.say('Recognise first, share next: two short steps instead of one big system.', 'Reconnaître d\'abord, partager ensuite\u00a0: deux pas courts plutôt qu\'un grand système.'),
    },
    trigger: (ctx) => {
      if (ctx.breaks.length === 0) return undefined;
      const channels = mostBrokenChannels(ctx);
      const segments = [...new Set(ctx.steps.filter((f) => f.brokenFrom && f.segment).map((f) => f.segment!))];
      return match(segments, channels, ctx.badSteps.filter((f) => f.brokenFrom && f.channel && channels.includes(f.channel)));
    },
    write: (ctx, m) => {
      const recognising = m.channels.filter((c) => c.recognizesCustomer);
      const step = recognising.length === m.channels.length
        ? ctx.say('share the customer\'s history', 'partager l\'historique du client')
        : ctx.say('recognise the customer, then share their history', 'reconnaître le client, puis partager son historique');
      const names = nameList(m.channels.map((c) => c.name), ctx.lang);
      return {
        title: ctx.say(`On ${names}, where breaks are most frequent: ${step}`, `Sur ${names}, où les ruptures sont les plus fréquentes${NBSP}: ${step}`),
        why: ctx.say(
          `${countOf(ctx.breaks.length, ctx.switches.length, 'channel switch makes', 'channel switches make', 'en')} the customer start again; only 14% of consumers find their suppliers' multichannel experience effective (Client 2020 study).`,
          `${countOf(ctx.breaks.length, ctx.switches.length, 'changement de canal', 'changements de canal', 'fr')} ${ctx.breaks.length < 2 ? 'oblige' : 'obligent'} le client à tout recommencer${semicolon('fr')} seuls ${percent(14, 'fr')} des consommateurs jugent efficace l'expérience multicanale de leurs fournisseurs (étude Client 2020).`,
        ),
        kpis: [{
          name: ctx.say('Channel switches that break continuity', 'Changements de canal qui rompent la continuité'),
          baseline: breaksBaseline(ctx),
          target: ctx.say(`at most ${Math.floor(ctx.breaks.length / 2)}`, `au plus ${Math.floor(ctx.breaks.length / 2)}`),
        }],
      };
    },
  },
  {
    id: 'employee-tools-after-history',
    family: 'continuity',
    dimensions: ['employee-tools', 'channel-integration'],
    stages: ['action', 'maintenance'],
    processes: ['helping-relationships', 'counter-conditioning', 'reinforcement-management'],
    prerequisites: ['recognise-then-share'],
    effort: 'L',
    raisesLevel: true,
    aim: ['outil', 'tool', 'tablette', 'tablet', 'poste de travail', 'equipement', 'equip'],
    owner: 'channels-or-board',
    answers: {
      fear: (ctx, who) => ctx.say(
        `Equip ${who ?? 'the teams'} first: the customer's history makes better advisers, not replaceable ones.`,
        `Équiper d'abord ${who ? quoteName(who, 'fr') : 'les équipes'}${NBSP}: l'historique du client fait de meilleurs conseillers, pas des remplaçables.`,
      ),
    },
    trigger: (ctx) => {
      if (ctx.engagement.organisation.employeeTools === 'modern' && ctx.level('employee-tools') >= 4) return undefined;
      const human = ctx.engagement.channels.filter((c) => c.human);
      return human.length > 0 ? match(ctx.gaps.get('employee-tools')!.segments, human) : undefined;
    },
    write: (ctx, m) => ({
      title: ctx.say(
        `Equip the teams of ${nameList(m.channels.map((c) => c.name), 'en', 2)} with a workstation that shows the customer's history`,
        `Équiper les équipes de ${nameList(m.channels.map((c) => c.name), 'fr', 2)} d'un poste qui montre l'historique du client`,
      ),
      why: ctx.say(
        'Employees who sell to connected customers with outdated tools lose credibility (symmetry of attention, J.-P. Vanot); once the history is shared, they must see it.',
        `Des collaborateurs qui servent des clients connectés avec des outils dépassés perdent leur crédibilité (symétrie des attentions, J.-P. Vanot)${semicolon('fr')} une fois l'historique partagé, ils doivent le voir.`,
      ),
      kpis: [{
        name: ctx.say('Employees\' satisfaction with their tools', 'Satisfaction des collaborateurs envers leurs outils'),
        baseline: levelBaseline(ctx, 'employee-tools'),
        target: levelTarget(ctx, 'employee-tools', 2),
      }],
    }),
  },
];

const atChannel = (fixes: readonly StepFact[], channel: Channel) => {
  const here = fixes.filter((f) => f.channel === channel);
  return here.length ? here : fixes;
};

