/**
 * Scores of the dimensions the customer sees: findability, digital journey, channel integration,
 * human touch, lifecycle and mobile. Each rule is a row of docs/scoring.md; keep them in step.
 */
import { capabilityList, channelTypeWords, visibilityWords } from '../i18n/vocabularyLabels';
import type { Channel } from '../model/engagement';
import { ONLINE_PRESENCE_TYPES, type Capability, type Visibility } from '../model/vocabulary';
import type { Evidence } from './maturityAssessment';
import { pluralEn, pluralFr } from './plural';
import type { DimensionResult, ScoringContext } from './scoringContext';
import { localize, type Localized } from '../i18n/localized';

/** A channel's name in a French sentence is in guillemets; English names it plain. */
const QUOTED_NAME: Localized<{ name: string }> = { en: ({ name }) => name, fr: ({ name }) => `«\u00a0${name}\u00a0»` };

const VISIBILITY_LEVEL: Record<Visibility, number> = { none: 1, low: 2, medium: 3, high: 4 };
const WELL_VISIBLE: ReadonlySet<Visibility> = new Set(['medium', 'high']);

export function scoreVisibility(ctx: ScoringContext): DimensionResult {
  const { engagement } = ctx;
  const online = engagement.channels.filter((c) => ONLINE_PRESENCE_TYPES.has(c.type));
  if (online.length === 0) {
    return {
      level: 1,
      evidence: [ctx.cite(ctx.say(
        'No web site or mobile app: the client cannot be found where 81% of buyers search (Vascoo UP study).',
        "Ni site web ni application : le client est introuvable là où 81 % des acheteurs s'informent (étude Vascoo UP).",
      ))],
    };
  }
  const level = Math.max(...online.map((c) => VISIBILITY_LEVEL[c.effectiveVisibility]));
  const evidence = ctx.citeSome(online, (c) => ctx.cite(
    c.visibility === undefined
      ? ctx.say(`${c.name} (${channelTypeWords(c.type, 'en')}): visibility not stated, counts as low.`, `« ${c.name} » (${channelTypeWords(c.type, 'fr')}) : visibilité non renseignée, comptée faible.`)
      : ctx.say(`${c.name} (${channelTypeWords(c.type, 'en')}): visibility ${visibilityWords(c.visibility, 'en')}.`, `« ${c.name} » (${channelTypeWords(c.type, 'fr')}) : visibilité ${visibilityWords(c.visibility, 'fr')}.`),
    // An absence has no position (the contract): only a written visibility is located.
    c.visibility === undefined ? undefined : `channels.${c.index}.visibility`,
  ));
  const relays = engagement.channels.filter((c) => !ONLINE_PRESENCE_TYPES.has(c.type) && c.digital && WELL_VISIBLE.has(c.effectiveVisibility));
  if (level === 4 && relays.length > 0) {
    const relay = relays[0]!;
    evidence.push(ctx.cite(
      ctx.say(`Also visible through ${relay.name} (${channelTypeWords(relay.type, 'en')}).`, `Visible aussi via « ${relay.name} » (${channelTypeWords(relay.type, 'fr')}).`),
      `channels.${relay.index}.visibility`,
    ));
    return { level: 5, evidence };
  }
  return { level, evidence };
}

export function scoreDigitalJourney(ctx: ScoringContext): DimensionResult {
  const { engagement, facts } = ctx;
  const offered = facts.digitalCapabilities;
  let expected = 0;
  let met = 0;
  const perSegment: Evidence[] = [];
  for (const segment of engagement.segments) {
    const wanted = facts.expectations(segment);
    if (wanted.length === 0) continue;
    const unmet = wanted.filter((capability) => !offered.has(capability));
    expected += wanted.length;
    met += wanted.length - unmet.length;
    perSegment.push(ctx.cite(
      unmet.length === 0
        ? ctx.say(`${segment.name}: everything it expects online is offered (${capabilityList(wanted, 'en')}).`, `« ${segment.name} » : tout ce que ce segment attend en ligne est proposé (${capabilityList(wanted, 'fr')}).`)
        : ctx.say(
          `${segment.name} expects to ${capabilityList(unmet, 'en')} online, which no digital channel offers.`,
          `« ${segment.name} » : ce segment attend de pouvoir ${capabilityList(unmet, 'fr')} en ligne, ce qu'aucun canal numérique ne propose.`,
        ),
      `segments.${segment.index}`,
    ));
  }
  if (expected === 0) {
    const count = offered.size;
    const level = count === 0 ? 1 : count <= 2 ? 2 : count <= 4 ? 3 : count <= 6 ? 4 : 5;
    return {
      level,
      evidence: [ctx.cite(ctx.say(
        `No segment states what it expects online; digital channels offer ${count} capabilit${count === 1 ? 'y' : 'ies'}${count ? `: ${capabilityList([...offered], 'en')}` : ''}.`,
        `Aucun segment ne dit ce qu'il attend en ligne ; les canaux numériques offrent ${count} capacité${count > 1 ? 's' : ''}${count ? ` : ${capabilityList([...offered], 'fr')}` : ''}.`,
      ))],
    };
  }
  const ratio = met / expected;
  const level = ratio === 0 ? 1 : ratio < 0.5 ? 2 : ratio < 0.75 ? 3 : ratio < 1 ? 4 : 5;
  const summary = ctx.cite(ctx.say(
    `${met} of ${expected} capabilities the segments expect online are offered (22% of customers want an at least partly digital journey, offered by fewer than 5% of suppliers, Vascoo UP study).`,
    `Capacités attendues en ligne par les segments et proposées : ${met} sur ${expected} (22 % des clients souhaitent un parcours au moins partiellement numérique, proposé par moins de 5 % des fournisseurs, étude Vascoo UP).`,
  ));
  return { level, evidence: [summary, ...ctx.citeSome(perSegment, (e) => e)] };
}

export function scoreChannelIntegration(ctx: ScoringContext): DimensionResult {
  const { engagement, facts } = ctx;
  const channels = engagement.channels;
  const recognising = channels.filter((c) => c.recognizesCustomer);
  const sharing = channels.filter((c) => c.sharesHistory);
  const switches = facts.currentJourneys.flatMap((journey) => facts.channelSwitches(journey));
  const breaks = switches.filter((s) => s.continuityBreak);
  const n = channels.length;
  const channelName = (id: string) => facts.channelsById.get(id)?.name ?? id;
  let level: number;
  if (recognising.length === n && sharing.length === n) level = 5;
  else if (sharing.length * 2 >= n && recognising.length * 2 >= n && breaks.length === 0) level = 4;
  else if (sharing.length > 0) level = 3;
  else if (recognising.length > 0) level = 2;
  else level = 1;
  const evidence: Evidence[] = [
    ctx.cite(ctx.say(
      `${recognising.length} of ${n} channels ${pluralEn(recognising.length, 'recognises', 'recognise')} the customer${listNames(recognising)}.`,
      `${recognising.length} ${pluralFr(recognising.length, 'canal', 'canaux')} sur ${n} ${pluralFr(recognising.length, 'reconnaît', 'reconnaissent')} le client${listNames(recognising, 'fr')}.`,
    ), recognising[0] ? `channels.${recognising[0].index}.recognizesCustomer` : undefined),
    ctx.cite(ctx.say(
      `${sharing.length} of ${n} channels ${pluralEn(sharing.length, 'shares', 'share')} the customer's history${listNames(sharing)}.`,
      `${sharing.length} ${pluralFr(sharing.length, 'canal', 'canaux')} sur ${n} ${pluralFr(sharing.length, 'partage', 'partagent')} l'historique du client${listNames(sharing, 'fr')}.`,
    ), sharing[0] ? `channels.${sharing[0].index}.sharesHistory` : undefined),
  ];
  if (switches.length > 0) {
    const first = breaks[0];
    evidence.push(ctx.cite(ctx.say(
      `${breaks.length} of ${switches.length} channel switches in the journeys break continuity${first ? ` (first: ${channelName(first.from.channel)} → ${channelName(first.to.channel)})` : ''}.`,
      `Changements de canal qui rompent la continuité : ${breaks.length} sur ${switches.length}${first ? ` (premier : « ${channelName(first.from.channel)} » → « ${channelName(first.to.channel)} »)` : ''}.`,
    ), first?.to.path));
  }
  return { level, evidence };
}

export function scoreHumanTouch(ctx: ScoringContext): DimensionResult {
  const { engagement, facts } = ctx;
  const humanDigital = engagement.channels.filter((c) => c.human && c.digital);
  // A critical moment is served when a person is reachable and it is not lived badly (emotion −1 or −2).
  const critical = facts.currentJourneys.flatMap((journey) =>
    journey.stages.flatMap((stage) => stage.steps.filter((s) => s.critical).map((step) => {
      const reachable = facts.personReachable(step, stage);
      const failed = step.emotion !== undefined && step.emotion <= -1;
      return { step, reachable, failed, served: reachable && !failed };
    })),
  );
  const name = (id: string) => facts.channelsById.get(id)?.name ?? id;
  const clickAndConnect = humanDigital[0]
    ? ctx.cite(ctx.say(
      `${humanDigital[0].name} puts a person behind a digital channel ("Click and Connect", J.-P. Vanot).`,
      `«\u00a0${humanDigital[0].name}\u00a0» met une personne derrière un canal numérique («\u00a0Click and Connect\u00a0», J.-P. Vanot).`,
    ), `channels.${humanDigital[0].index}.human`)
    : undefined;
  if (critical.length === 0) {
    const human = engagement.channels.filter((c) => c.human);
    const level = human.length === 0 ? 1 : humanDigital.length > 0 ? 4 : 3;
    const evidence = [ctx.cite(ctx.say(
      `No critical moment is marked in the journeys; ${human.length} ${pluralEn(human.length, 'channel is', 'channels are')} staffed by people.`,
      `Aucun moment critique n'est marqué dans les parcours\u202f; ${human.length} ${pluralFr(human.length, 'canal est tenu', 'canaux sont tenus')} par des personnes.`,
    ))];
    return { level, evidence: clickAndConnect ? [...evidence, clickAndConnect] : evidence };
  }
  const served = critical.filter((c) => c.served).length;
  const ratio = served / critical.length;
  let level = ratio === 0 ? 1 : ratio < 0.5 ? 2 : ratio < 1 ? 3 : 4;
  if (level === 4 && humanDigital.length > 0) level = 5;
  const unserved = critical.filter((c) => !c.served);
  const evidence = [
    ctx.cite(ctx.say(
      `${served} of ${critical.length} critical moments are served: a person is reachable and the moment is not lived badly.`,
      `Moments critiques réussis (une personne joignable et un moment qui n'est pas vécu négativement)\u00a0: ${served} sur ${critical.length}.`,
    )),
    ...ctx.citeSome(unserved, ({ step, reachable }) => ctx.cite(reachable
      ? ctx.say(
        `Moment of truth lived badly at “${step.action}” (${name(step.channel)}), although a person is reachable${step.pain ? `: “${step.pain}”` : ''}.`,
        `Moment de vérité raté à l'étape «\u00a0${step.action}\u00a0» («\u00a0${name(step.channel)}\u00a0»), alors qu'une personne est joignable${step.pain ? `\u00a0: «\u00a0${step.pain}\u00a0»` : ''}.`,
      )
      : ctx.say(
        `No person reachable at “${step.action}” (${name(step.channel)}).`,
        `Aucune personne joignable à l'étape «\u00a0${step.action}\u00a0» («\u00a0${name(step.channel)}\u00a0»).`,
      ), step.path)),
  ];
  if (level === 5 && clickAndConnect) evidence.push(clickAndConnect);
  return { level, evidence };
}

const BEFORE_PURCHASE: readonly Capability[] = ['inform', 'compare', 'advise'];
const AFTER_PURCHASE: readonly Capability[] = ['track', 'support', 'return'];
const LOYALTY: readonly Capability[] = ['review', 'community'];

export function scoreLifecycle(ctx: ScoringContext): DimensionResult {
  const { engagement, facts } = ctx;
  const offered = new Set(engagement.channels.flatMap((c) => c.capabilities));
  const before = BEFORE_PURCHASE.filter((c) => offered.has(c));
  const after = AFTER_PURCHASE.filter((c) => offered.has(c));
  const loyalty = LOYALTY.filter((c) => offered.has(c));
  let level: number;
  if (after.length === 0) level = 1;
  else if (after.length === 1 || before.length === 0) level = 2;
  else if (after.length === 2) level = 3;
  else level = loyalty.length > 0 ? 5 : 4;
  const evidence: Evidence[] = [ctx.cite(ctx.say(
    `Before the purchase: ${capabilityList(before, 'en') || 'nothing'}; after it: ${capabilityList(after, 'en') || 'nothing'}; loyalty: ${capabilityList(loyalty, 'en') || 'nothing'}.`,
    `Avant l'achat\u00a0: ${capabilityList(before, 'fr') || 'rien'}\u202f; après\u00a0: ${capabilityList(after, 'fr') || 'rien'}\u202f; fidélisation\u00a0: ${capabilityList(loyalty, 'fr') || 'rien'}.`,
  ))];
  const stopping = facts.currentJourneys.flatMap((journey) => {
    const step = facts.stopsAtPurchase(journey);
    return step ? [{ journey, step }] : [];
  });
  if (stopping.length > 0) {
    // A journey drawn to end at the sale is the seed-001 mistake: the evaluation goes on after it.
    level = Math.min(level, 3);
    evidence.push(...ctx.citeSome(stopping, ({ journey, step }) => ctx.cite(ctx.say(
      `Journey ${journey.name} stops at the purchase.`,
      `Le parcours «\u00a0${journey.name}\u00a0» s'arrête à l'achat.`,
    ), step.path)));
  }
  return { level, evidence };
}

export function scoreMobile(ctx: ScoringContext): DimensionResult {
  const { engagement } = ctx;
  const apps = engagement.channels.filter((c) => c.type === 'mobile-app');
  // A web channel designed for phones counts as a mobile channel: up to level 4 without an app.
  const mobileWeb = engagement.channels.filter((c) => c.type === 'web' && c.mobileReady);
  const mobile = [...apps, ...mobileWeb];
  if (mobile.length === 0) {
    const web = engagement.channels.find((c) => c.type === 'web');
    return web
      ? { level: 2, evidence: [ctx.cite(ctx.say(`No mobile app, and ${web.name} is not designed for phones.`, `Pas d'application, et «\u00a0${web.name}\u00a0» n'est pas conçu pour le téléphone.`), `channels.${web.index}`)] }
      : { level: 1, evidence: [ctx.cite(ctx.say('Neither a mobile app nor a web site: nothing works on a phone.', 'Ni application ni site web\u00a0: rien ne fonctionne sur un téléphone.'))] };
  }
  const capabilities = [...new Set(mobile.flatMap((c) => c.capabilities))];
  const connected = apps.find((c) => c.recognizesCustomer && c.sharesHistory);
  const transacts = apps.some((c) => c.capabilities.some((x) => x === 'order' || x === 'pay' || x === 'track'));
  let level = capabilities.length >= 3 ? 4 : 3;
  if (level === 4 && transacts && connected) level = 5;
  const evidence = ctx.citeSome(mobile, (c) => ctx.cite(ctx.say(
    `${c.name} (${c.type === 'web' ? 'web site designed for phones' : 'mobile app'}): ${capabilityList(c.capabilities, 'en') || 'no capability listed'}${c.recognizesCustomer && c.sharesHistory ? '; knows the customer and their history' : ''}.`,
    `«\u00a0${c.name}\u00a0» (${c.type === 'web' ? 'site conçu pour le téléphone' : 'application mobile'})\u00a0: ${capabilityList(c.capabilities, 'fr') || 'aucune capacité'}${c.recognizesCustomer && c.sharesHistory ? '\u202f; connaît le client et son historique' : ''}.`,
  ), c.type === 'web' ? `channels.${c.index}.mobileReady` : `channels.${c.index}`));
  return { level, evidence };
}

function listNames(channels: readonly Channel[], lang: 'en' | 'fr' = 'en'): string {
  if (channels.length === 0) return '';
  const names = channels.slice(0, 5).map((c) => localize(QUOTED_NAME, lang, { name: c.name })).join(', ');
  return ` (${names}${channels.length > 5 ? ', …' : ''})`;
}
