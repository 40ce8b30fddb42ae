/**
 * Being found and useful online (seeds 000, 002, 003): local listings and search visibility, stock
 * and prices shown online, a site that works on a phone, and the customers' reviews and community.
 */
import type { Channel } from '../../model/engagement';
import { ONLINE_PRESENCE_TYPES } from '../../model/vocabulary';
import type { PlanContext } from '../planner/planContext';
import { badStepsBaseline, expectationsBaseline, levelBaseline, levelTarget, quotedPains, segmentNames } from './baselines';
import { match, type Intervention } from './intervention';
import { NBSP, nameList, percent, quoteName, semicolon } from './phrases';

const webChannels = (ctx: PlanContext): Channel[] => ctx.engagement.channels.filter((c) => ONLINE_PRESENCE_TYPES.has(c.type));
const researching = (ctx: PlanContext) => ctx.engagement.segments.filter((s) => ctx.facts.needsOnlineVisibility(s));
/** Steps lived badly on the web or app: the search that finds nothing, the page without prices. */
const badOnline = (ctx: PlanContext) => ctx.badSteps.filter((f) => f.channel && ONLINE_PRESENCE_TYPES.has(f.channel.type));

export const VISIBILITY_INTERVENTIONS: Intervention[] = [
  {
    id: 'local-listings',
    family: 'visibility',
    dimensions: ['visibility'],
    stages: ['precontemplation', 'contemplation', 'preparation', 'action'],
    processes: ['environmental-reevaluation', 'self-liberation', 'stimulus-control'],
    prerequisites: [],
    effort: 'S',
    raisesLevel: true,
    aim: ['referencement', 'recherche', 'fiche', 'seo', 'search', 'listing', 'trouve', 'found', 'visibilit'],
    owner: 'channels-or-board',
    answers: {
      urgency: (ctx, who) => ctx.say(
        `A gain in a few days${who ? ` that ${who} can see` : ''}, without waiting for the current emergencies to end.`,
        `Un gain en quelques jours${who ? ` visible pour ${quoteName(who, 'fr')}` : ''}, sans attendre la fin des urgences en cours.`,
      ),
      complacency: (ctx) => ctx.say('Search for the client as its customers do, in front of the board: the result speaks.', 'Chercher l\'entreprise comme ses clients, devant le comité\u00a0: le résultat parle de lui-même.'),
    },
    trigger: (ctx) => {
      const segments = researching(ctx);
      if (ctx.facts.visibleOnline || segments.length === 0) return undefined;
      const fixes = badOnline(ctx).filter((f) => f.step.capability === 'inform' || f.step.stageIndex === 0);
      return match(segments, [...webChannels(ctx), ...ctx.channelsOfType('store')], fixes);
    },
    write: (ctx, m) => {
      const web = webChannels(ctx);
      const stores = ctx.channelsOfType('store');
      const where = [
        ...stores.slice(0, 1).map((c) => ctx.say(`listings of ${c.name}`, `fiches des ${quoteName(c.name, 'fr')}`)),
        ...web.slice(0, 1).map((c) => ctx.say(`pages of ${c.name}`, `pages de ${quoteName(c.name, 'fr')}`)),
      ];
      return {
        title: ctx.say(
          `Be found on ${segmentNames(ctx, m.segments)}' local searches${where.length ? `: ${where.join(' and ')}` : ''}`,
          `Être trouvé sur les recherches locales des ${segmentNames(ctx, m.segments)}${where.length ? `${NBSP}: ${where.join(' et ')}` : ''}`,
        ),
        why: ctx.say(
          `${segmentNames(ctx, m.segments)} research online before buying, yet no web channel is visible${m.fixes.length ? ` (${quotedPains(ctx, m.fixes, 1)})` : ''}; 78% of consumers research online before buying in store (ROPO).`,
          `Les ${segmentNames(ctx, m.segments)} se renseignent en ligne avant d'acheter, mais aucun canal web n'est visible${m.fixes.length ? ` (${quotedPains(ctx, m.fixes, 1)})` : ''}${semicolon('fr')} 78${NBSP}% des consommateurs se renseignent en ligne avant d'acheter en magasin (ROPO).`,
        ),
        kpis: [{
          name: ctx.say('Position on the customers\' local searches', 'Position sur les recherches locales des clients'),
          baseline: levelBaseline(ctx, 'visibility'),
          target: ctx.say('first page; ', 'première page, ') + levelTarget(ctx, 'visibility', 2),
        }],
      };
    },
  },
  {
    id: 'stock-prices-online',
    family: 'visibility',
    dimensions: ['digital-journey', 'visibility'],
    stages: ['contemplation', 'preparation', 'action'],
    processes: ['self-reevaluation', 'self-liberation', 'stimulus-control'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: true,
    aim: ['stock', 'prix', 'tarif', 'price', 'catalogue', 'catalog'],
    owner: 'channels-or-board',
    answers: {
      complacency: (ctx) => ctx.say('Count the "is it in stock?" calls for a week: the figure makes the case.', 'Compter une semaine les appels «\u00a0est-ce en stock\u00a0?\u00a0»\u00a0: le chiffre plaide seul.'),
    },
    trigger: (ctx) => {
      const web = webChannels(ctx);
      if (web.length === 0) return undefined;
      const offered = ctx.facts.digitalCapabilities;
      const segments = ctx.engagement.segments.filter((s) => ctx.facts.expectations(s).some((c) => (c === 'compare' || c === 'order' || c === 'inform') && !offered.has('compare')));
      if (segments.length === 0) return undefined;
      return match(segments, web, badOnline(ctx).filter((f) => f.step.stageIndex > 0 || f.step.capability !== 'inform'));
    },
    write: (ctx, m) => {
      const web = m.channels[0]!;
      const stores = ctx.channelsOfType('store');
      return {
        title: ctx.say(
          `Show stock${stores[0] ? ` by ${stores[0].name}` : ''} and the customer's own prices on ${web.name}`,
          `Afficher le stock${stores[0] ? ` par ${quoteName(stores[0].name, 'fr')}` : ''} et le prix du compte client sur ${quoteName(web.name, 'fr')}`,
        ),
        why: ctx.say(
          `${segmentNames(ctx, m.segments)} want to find, compare and then order; ${web.name} offers ${web.capabilities.length} capabilities online${m.fixes.length ? `, and they say: ${quotedPains(ctx, m.fixes, 1)}` : ''}.`,
          `Les ${segmentNames(ctx, m.segments)} veulent trouver, comparer puis commander${semicolon('fr')} ${quoteName(web.name, 'fr')} n'offre en ligne ${web.capabilities.length === 0 ? 'aucune capacité' : web.capabilities.length === 1 ? "qu'une seule capacité" : `que ${web.capabilities.length} capacités`}${m.fixes.length ? `, et ils le disent${NBSP}: ${quotedPains(ctx, m.fixes, 1)}` : ''}.`,
        ),
        kpis: [{
          name: ctx.say('Capabilities the segments expect online and find', 'Capacités attendues en ligne et trouvées par les segments'),
          baseline: expectationsBaseline(ctx),
          target: levelTarget(ctx, 'digital-journey'),
        }],
      };
    },
  },
  {
    id: 'mobile-ready-site',
    family: 'visibility',
    dimensions: ['mobile'],
    stages: ['preparation', 'action'],
    processes: ['self-liberation', 'stimulus-control'],
    prerequisites: [],
    effort: 'M',
    raisesLevel: true,
    aim: ['mobile', 'smartphone', 'responsive', 'telephone portable'],
    owner: 'channels-or-board',
    answers: {},
    trigger: (ctx) => {
      if (ctx.level('mobile') > 3 || ctx.channelsOfType('mobile-app').length > 0) return undefined;
      const web = ctx.channelsOfType('web').filter((c) => !c.mobileReady);
      const segments = ctx.engagement.segments.filter((s) => s.digitalIntensity === 'multichannel' || s.digitalIntensity === 'digital-first');
      return web.length > 0 && segments.length > 0 ? match(segments, web) : undefined;
    },
    write: (ctx, m) => ({
      title: ctx.say(
        `Make ${m.channels[0]!.name} usable on a phone, on the move, for ${segmentNames(ctx, m.segments)}`,
        `Rendre ${quoteName(m.channels[0]!.name, 'fr')} utilisable sur smartphone, en déplacement, pour les ${segmentNames(ctx, m.segments)}`,
      ),
      why: ctx.say(
        `${segmentNames(ctx, m.segments)} switch channels within a journey, often from a phone; ${m.channels[0]!.name} is not designed for it and there is no app.`,
        `Les ${segmentNames(ctx, m.segments)} changent de canal au cours d'un même parcours, souvent depuis un téléphone${semicolon('fr')} ${quoteName(m.channels[0]!.name, 'fr')} n'est pas conçu pour cela et il n'y a pas d'application.`,
      ),
      kpis: [{
        name: ctx.say('Share of visits from a phone that reach their goal', 'Part des visites sur smartphone qui aboutissent'),
        baseline: levelBaseline(ctx, 'mobile'),
        target: levelTarget(ctx, 'mobile', 2),
      }],
    }),
  },
  {
    id: 'reviews-community',
    family: 'visibility',
    dimensions: ['community', 'visibility'],
    stages: ['action', 'maintenance'],
    processes: ['helping-relationships', 'reinforcement-management', 'social-liberation'],
    prerequisites: ['local-listings'],
    effort: 'M',
    raisesLevel: true,
    aim: ['avis', 'review', 'communaute', 'community', 'reseaux sociaux', 'social'],
    owner: 'channels-or-board',
    answers: {
      fear: (ctx, who) => ctx.say(
        `Let ${who ?? 'the teams'} answer the reviews, with a short guide: criticism becomes a conversation.`,
        `Faire répondre ${who ? quoteName(who, 'fr') : 'les équipes'} aux avis, avec un guide court${NBSP}: la critique devient une conversation.`,
      ),
    },
    trigger: (ctx) => {
      const segments = researching(ctx);
      const voice = ctx.engagement.organisation.customerVoice;
      return voice !== 'engaged' && ctx.level('community') <= 3 && segments.length > 0 ? match(segments, [...webChannels(ctx), ...ctx.channelsOfType('social')]) : undefined;
    },
    write: (ctx, m) => {
      const where = nameList([...ctx.channelsOfType('store'), ...m.channels].slice(0, 2).map((c) => c.name), ctx.lang);
      return {
        title: ctx.say(
          `Collect and answer ${segmentNames(ctx, m.segments)}' reviews${where ? ` on ${where}` : ''}`,
          `Recueillir et traiter les avis des ${segmentNames(ctx, m.segments)}${where ? ` sur ${where}` : ''}`,
        ),
        why: ctx.say(
          `Customers' voice is ${ctx.engagement.organisation.customerVoice === 'monitored' ? 'monitored but not answered' : 'not heard'}: reviews are what the ${percent(78, 'en')} who research online read first.`,
          `La voix des clients est ${ctx.engagement.organisation.customerVoice === 'monitored' ? 'surveillée mais sans réponse' : 'ignorée'}${NBSP}: les avis sont ce que lisent d'abord les ${percent(78, 'fr')} qui se renseignent en ligne.`,
        ),
        kpis: [{
          name: ctx.say('Reviews collected and answered per month', 'Avis recueillis et traités par mois'),
          baseline: levelBaseline(ctx, 'community'),
          target: levelTarget(ctx, 'community'),
        }],
      };
    },
  },
];

export { badStepsBaseline };
