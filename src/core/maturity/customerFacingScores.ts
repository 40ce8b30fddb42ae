/**
 * Scores of the dimensions the customer sees: findability, digital journey, channel integration,
 * human touch, lifecycle and mobile. Each rule is a row of docs/scoring.md; keep them in step.
 */
import { capabilityPhrase } from '../i18n/vocabularyLabels';
import type { Channel } from '../model/engagement';
import { ONLINE_PRESENCE_TYPES, type Capability, type Visibility } from '../model/vocabulary';
import type { Evidence } from './maturityAssessment';
import { pluralEn, pluralFr } from './plural';
import type { DimensionResult, ScoringContext } from './scoringContext';

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
        "Ni site web ni application : le client est introuvable là où 81 % des acheteurs s'informent (étude Vascoo UP).",
      ))],
    };
  }
  const level = Math.max(...online.map((c) => VISIBILITY_LEVEL[c.effectiveVisibility]));
  const evidence = ctx.citeSome(online, (c) => ctx.cite(
    c.visibility === undefined
      ? ctx.say(`${c.name} (${c.type}): visibility not stated, counts as low.`, `${c.name} (${c.type}) : visibilité non renseignée, comptée faible.`)
      : ctx.say(`${c.name} (${c.type}): visibility ${c.visibility}.`, `${c.name} (${c.type}) : visibilité ${c.visibility}.`),
    // An absence has no position (the contract): only a written visibility is located.
    c.visibility === undefined ? undefined : `channels.${c.index}.visibility`,
  ));
  const relays = engagement.channels.filter((c) => !ONLINE_PRESENCE_TYPES.has(c.type) && c.digital && WELL_VISIBLE.has(c.effectiveVisibility));
  if (level === 4 && relays.length > 0) {
    const relay = relays[0]!;
    evidence.push(ctx.cite(
      ctx.say(`Also visible through ${relay.name} (${relay.type}).`, `Visible aussi via ${relay.name} (${relay.type}).`),
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
        ? ctx.say(`${segment.name}: everything it expects online is offered (${wanted.join(', ')}).`, `${segment.name} : tout ce qu'il attend en ligne est proposé (${wanted.join(', ')}).`)
        : ctx.say(
          `${segment.name} expects to ${unmet.map((c) => capabilityPhrase(c, 'en')).join(', ')} online, which no digital channel offers.`,
          `${segment.name} attend de pouvoir ${unmet.map((c) => capabilityPhrase(c, 'fr')).join(', ')} en ligne, ce qu'aucun canal numérique ne propose.`,
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
        `No segment states what it expects online; digital channels offer ${count} capabilit${count === 1 ? 'y' : 'ies'}${count ? `: ${[...offered].join(', ')}` : ''}.`,
        `Aucun segment ne dit ce qu'il attend en ligne ; les canaux numériques offrent ${count} capacité${count > 1 ? 's' : ''}${count ? ` : ${[...offered].join(', ')}` : ''}.`,
      ))],
    };
  }
  const ratio = met / expected;
  const level = ratio === 0 ? 1 : ratio < 0.5 ? 2 : ratio < 0.75 ? 3 : ratio < 1 ? 4 : 5;
  const summary = ctx.cite(ctx.say(
    `${met} of ${expected} capabilities the segments expect online are offered (22% of customers want a digital journey, fewer than 5% of suppliers offer one).`,
    `Capacités attendues en ligne par les segments et proposées : ${met} sur ${expected} (22 % des clients veulent un parcours numérique, moins de 5 % des fournisseurs l'offrent).`,
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
  let level: number;
  if (recognising.length === n && sharing.length === n) level = 5;
  else if (sharing.length * 2 >= n && recognising.length * 2 >= n && breaks.length === 0) level = 4;
  else if (sharing.length > 0) level = 3;
  else if (recognising.length > 0) level = 2;
  else level = 1;
  const evidence: Evidence[] = [
    ctx.cite(ctx.say(
      `${recognising.length} of ${n} channels ${pluralEn(recognising.length, 'recognises', 'recognise')} the customer${listNames(recognising)}.`,
      `${recognising.length} ${pluralFr(recognising.length, 'canal', 'canaux')} sur ${n} ${pluralFr(recognising.length, 'reconnaît', 'reconnaissent')} le client${listNames(recognising)}.`,
    ), recognising[0] ? `channels.${recognising[0].index}.recognizesCustomer` : undefined),
    ctx.cite(ctx.say(
      `${sharing.length} of ${n} channels ${pluralEn(sharing.length, 'shares', 'share')} the customer's history${listNames(sharing)}.`,
      `${sharing.length} ${pluralFr(sharing.length, 'canal', 'canaux')} sur ${n} ${pluralFr(sharing.length, 'partage', 'partagent')} l'historique du client${listNames(sharing)}.`,
    ), sharing[0] ? `channels.${sharing[0].index}.sharesHistory` : undefined),
  ];
  if (switches.length > 0) {
    const first = breaks[0];
    evidence.push(ctx.cite(ctx.say(
      `${breaks.length} of ${switches.length} channel switches in the journeys break continuity${first ? ` (first: ${first.from.channel} → ${first.to.channel})` : ''}.`,
      `Changements de canal qui rompent la continuité : ${breaks.length} sur ${switches.length}${first ? ` (premier : ${first.from.channel} → ${first.to.channel})` : ''}.`,
    ), first?.to.path));
  }
  return { level, evidence };
}

export function scoreHumanTouch(ctx: ScoringContext): DimensionResult {
  const { engagement, facts } = ctx;
  const humanDigital = engagement.channels.filter((c) => c.human && c.digital);
  const critical = facts.currentJourneys.flatMap((journey) =>
    journey.stages.flatMap((stage) => stage.steps.filter((s) => s.critical).map((step) => ({ step, reachable: facts.personReachable(step, stage) }))),
  );
  const clickAndConnect = humanDigital[0]
    ? ctx.cite(ctx.say(
      `${humanDigital[0].name} puts a person behind a digital channel ("Click and Connect", J.-P. Vanot).`,
      `${humanDigital[0].name} met une personne derrière un canal numérique (« Click and Connect », J.-P. Vanot).`,
    ), `channels.${humanDigital[0].index}.human`)
    : undefined;
  if (critical.length === 0) {
    const human = engagement.channels.filter((c) => c.human);
    const level = human.length === 0 ? 1 : humanDigital.length > 0 ? 4 : 3;
    const evidence = [ctx.cite(ctx.say(
      `No critical moment is marked in the journeys; ${human.length} ${pluralEn(human.length, 'channel is', 'channels are')} staffed by people.`,
      `Aucun moment critique n'est marqué dans les parcours ; ${human.length} ${pluralFr(human.length, 'canal est tenu', 'canaux sont tenus')} par des personnes.`,
    ))];
    return { level, evidence: clickAndConnect ? [...evidence, clickAndConnect] : evidence };
  }
  const unreachable = critical.filter((c) => !c.reachable);
  const reachable = critical.length - unreachable.length;
  const ratio = reachable / critical.length;
  let level = ratio === 0 ? 1 : ratio < 0.5 ? 2 : ratio < 1 ? 3 : 4;
  if (level === 4 && humanDigital.length > 0) level = 5;
  const evidence = [
    ctx.cite(ctx.say(
      `A person is reachable at ${reachable} of ${critical.length} critical moments.`,
      `Moments critiques où une personne est joignable : ${reachable} sur ${critical.length}.`,
    )),
    ...ctx.citeSome(unreachable, ({ step }) => ctx.cite(ctx.say(
      `No person reachable at "${step.action}" (${step.channel}).`,
      `Aucune personne joignable à l'étape « ${step.action} » (${step.channel}).`,
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
    `Before the purchase: ${before.join(', ') || 'nothing'}; after it: ${after.join(', ') || 'nothing'}; loyalty: ${loyalty.join(', ') || 'nothing'}.`,
    `Avant l'achat : ${before.join(', ') || 'rien'} ; après : ${after.join(', ') || 'rien'} ; fidélisation : ${loyalty.join(', ') || 'rien'}.`,
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
      `Le parcours ${journey.name} s'arrête à l'achat.`,
    ), step.path)));
  }
  return { level, evidence };
}

export function scoreMobile(ctx: ScoringContext): DimensionResult {
  const { engagement } = ctx;
  const apps = engagement.channels.filter((c) => c.type === 'mobile-app');
  if (apps.length === 0) {
    const web = engagement.channels.find((c) => c.type === 'web');
    return web
      ? { level: 2, evidence: [ctx.cite(ctx.say(`No mobile app: mobile customers only have ${web.name} in a browser.`, `Pas d'application : les clients mobiles n'ont que ${web.name} dans un navigateur.`), `channels.${web.index}`)] }
      : { level: 1, evidence: [ctx.cite(ctx.say('Neither a mobile app nor a web site: nothing works on a phone.', "Ni application ni site web : rien ne fonctionne sur un téléphone."))] };
  }
  const capabilities = [...new Set(apps.flatMap((c) => c.capabilities))];
  const connected = apps.find((c) => c.recognizesCustomer && c.sharesHistory);
  const transacts = capabilities.some((c) => c === 'order' || c === 'pay' || c === 'track');
  let level = capabilities.length >= 3 ? 4 : 3;
  if (level === 4 && transacts && connected) level = 5;
  const evidence = ctx.citeSome(apps, (app) => ctx.cite(ctx.say(
    `${app.name} (mobile-app): ${app.capabilities.join(', ') || 'no capability listed'}${app.recognizesCustomer && app.sharesHistory ? ', knows the customer and their history' : ''}.`,
    `${app.name} (mobile-app) : ${app.capabilities.join(', ') || 'aucune capacité'}${app.recognizesCustomer && app.sharesHistory ? ', connaît le client et son historique' : ''}.`,
  ), `channels.${app.index}`));
  return { level, evidence };
}

function listNames(channels: readonly Channel[]): string {
  if (channels.length === 0) return '';
  const names = channels.slice(0, 5).map((c) => c.name).join(', ');
  return ` (${names}${channels.length > 5 ? ', …' : ''})`;
}
