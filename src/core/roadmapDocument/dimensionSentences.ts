/**
 * One plain sentence per maturity dimension, for the board: built from the file's facts with its
 * own names, never an id, an enum word or a line number (those stay in the annex with the scoring
 * evidence). An assessed dimension speaks with the consultant's rationale.
 */
import type { Engagement, Journey } from '../model/engagement';
import type { EngagementFacts } from '../model/facts';
import type { DimensionAssessment } from '../maturity/maturityAssessment';
import type { Capability, DimensionId, Language } from '../model/vocabulary';
import { CAPABILITY_WORDS, capitalise, count, listOf, quoted } from './documentWords';
import { localize, type Catalogue, type None } from '../i18n/localized';

/** Current journeys only: target journeys never count in the standing (contract, second release). */
export function currentJourneys(engagement: Engagement): Journey[] {
  return engagement.journeys.filter((j) => (j as Journey & { state?: string }).state !== 'target');
}

export function dimensionSentence(d: DimensionAssessment, engagement: Engagement, facts: EngagementFacts, lang: Language): string {
  const rationale = engagement.assessment[d.id]?.rationale;
  if (d.source === 'assessed' && typeof rationale === 'string' && rationale.trim()) return oneLine(rationale);
  return SENTENCES[d.id](engagement, facts, lang);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const caps = (list: readonly Capability[], lang: Language, or = false) => listOf(list.map((c) => CAPABILITY_WORDS[c][lang]), lang, or);

/** The sentences, in each language: French agrees with the count (0 and 1 singular) and says « sur ». */
const SENTENCE_TEXTS = {
  noWebsite: {
    en: (_: None) =>
      'No website or app: customers who search online do not find the company.',
    fr: (_: None) =>
      'Ni site ni application : les clients qui cherchent en ligne ne trouvent pas l’entreprise.',
  },
  foundOnline: {
    en: ({ names }: { names: string }) =>
      `Customers find the company online through ${names}.`,
    fr: ({ names }: { names: string }) =>
      `L’entreprise est trouvée en ligne grâce à ${names}.`,
  },
  hardToFind: {
    en: ({ names, online, researching, segments }: { names: string; online: number; researching: number; segments: number }) =>
      `${names} ${online > 1 ? 'are' : 'is'} hard to find in searches, while ${researching} of ${segments} segments research online before buying.`,
    fr: ({ names, online, researching, segments }: { names: string; online: number; researching: number; segments: number }) =>
      `${names} ${online > 1 ? 'sont peu visibles' : 'est peu visible'} dans les recherches, alors que ${count(researching, 'segment', 'segments', 'fr')} sur ${segments} se ${researching > 1 ? 'renseignent' : 'renseigne'} en ligne avant d’acheter.`,
  },
  expectNothing: {
    en: ({ list }: { list: readonly Capability[] }) =>
      `The segments expect nothing in particular online; the digital channels let customers ${list.length ? caps(list, 'en') : 'do little'}.`,
    fr: ({ list }: { list: readonly Capability[] }) =>
      `Les segments n’attendent rien de précis en ligne ; les canaux numériques permettent ${list.length ? `de ${caps(list, 'fr')}` : 'peu de choses'}.`,
  },
  allExpectedOffered: {
    en: ({ met }: { met: readonly Capability[] }) =>
      `Everything the segments expect online is offered: ${caps(met, 'en')}.`,
    fr: ({ met }: { met: readonly Capability[] }) =>
      `Tout ce que les segments attendent en ligne est proposé : ${caps(met, 'fr')}.`,
  },
  noExpectedOffered: {
    en: ({ unmet }: { unmet: readonly Capability[] }) =>
      `None of the services the segments expect is offered online: customers cannot ${caps(unmet, 'en', true)}.`,
    fr: ({ unmet }: { unmet: readonly Capability[] }) =>
      `Aucun des services que les segments attendent n’est proposé en ligne : les clients ne peuvent pas ${caps(unmet, 'fr', true)}.`,
  },
  someExpectedOffered: {
    en: ({ met, expected, unmet }: { met: readonly Capability[]; expected: readonly Capability[]; unmet: readonly Capability[] }) =>
      `Online, customers find ${met.length} of the ${expected.length} services the segments expect; they cannot ${caps(unmet, 'en', true)}.`,
    fr: ({ met, expected, unmet }: { met: readonly Capability[]; expected: readonly Capability[]; unmet: readonly Capability[] }) =>
      `En ligne, les clients trouvent ${met.length} des ${expected.length} services que les segments attendent ; il leur manque de pouvoir ${caps(unmet, 'fr')}.`,
  },
  recogniseAndShare: {
    en: ({ recognise, n, share }: { recognise: number; n: number; share: number }) =>
      `${recognise} of ${n} channels recognise the customer and ${share === 0 ? 'none shares' : `${share} ${share > 1 ? 'share' : 'shares'}`} the history`,
    fr: ({ recognise, n, share }: { recognise: number; n: number; share: number }) =>
      `${count(recognise, 'canal', 'canaux', 'fr')} sur ${n} ${recognise > 1 ? 'reconnaissent' : 'reconnaît'} le client et ${share === 0 ? 'aucun ne partage' : `${share} ${share > 1 ? 'partagent' : 'partage'}`} son historique`,
  },
  switchesBreak: {
    en: ({ first, breaks, switches }: { first: string; breaks: number; switches: number }) =>
      `${first}; ${breaks === switches && breaks > 1 ? `all ${breaks} channel switches in the journeys make` : `${breaks} of ${switches} channel switches make${breaks === 1 ? 's' : ''}`} the customer start again.`,
    fr: ({ first, breaks, switches }: { first: string; breaks: number; switches: number }) =>
      `${first} ; ${breaks === switches && breaks > 1 ? `les ${breaks} changements de canal des parcours obligent` : `${count(breaks, 'changement', 'changements', 'fr')} de canal sur ${switches} ${breaks > 1 ? 'obligent' : 'oblige'}`} le client à tout recommencer.`,
  },
  noCriticalMoment: {
    en: (_: None) =>
      'No critical moment is marked yet in the journeys described.',
    fr: (_: None) =>
      'Aucun moment critique n’est encore repéré dans les parcours décrits.',
  },
  livedBadly: {
    en: ({ failed, critical }: { failed: number; critical: number }) =>
      `; ${failed === critical ? (critical > 1 ? 'yet all of them are lived badly' : 'yet it is lived badly') : `yet ${failed} ${failed > 1 ? 'are' : 'is'} lived badly`}`,
    fr: ({ failed, critical }: { failed: number; critical: number }) =>
      ` ; ${failed === critical ? (critical > 1 ? 'tous sont pourtant mal vécus' : 'il est pourtant mal vécu') : `${failed} ${failed > 1 ? 'sont' : 'est'} pourtant mal ${failed > 1 ? 'vécus' : 'vécu'}`}`,
  },
  personReachable: {
    en: ({ reachable, critical, lived }: { reachable: number; critical: number; lived: string }) =>
      `A person can be reached at ${reachable === critical ? (critical > 1 ? `each of the ${critical} critical moments` : 'the one critical moment') : `${reachable} of the ${critical} critical moments`}${lived}.`,
    fr: ({ reachable, critical, lived }: { reachable: number; critical: number; lived: string }) =>
      `Une personne est joignable à ${reachable === critical ? (critical > 1 ? `chacun des ${critical} moments critiques` : 'l’unique moment critique') : `${reachable} des ${critical} moments critiques`}${lived}.`,
  },
  stopsAtPurchase: {
    en: ({ stopping, journeys, all, afterText }: { stopping: number; journeys: number; all: boolean; afterText: string }) => {
      const enStop = stopping === 0 ? 'No journey stops'
      : all ? (stopping === 1 ? 'The one journey described stops' : `All ${stopping} journeys described stop`)
        : `${stopping} of ${journeys} journeys stop${stopping === 1 ? 's' : ''}`;
      return `${enStop} at the purchase; ${afterText}.`;
    },
    fr: ({ stopping, journeys, all, afterText }: { stopping: number; journeys: number; all: boolean; afterText: string }) => {
      const frStop = stopping === 0 ? 'Aucun parcours ne s’arrête'
      : all ? (stopping === 1 ? 'Le seul parcours décrit s’arrête' : `Les ${stopping} parcours décrits s’arrêtent`)
        : `${count(stopping, 'parcours', 'parcours', 'fr')} sur ${journeys} ${stopping > 1 ? 's’arrêtent' : 's’arrête'}`;
      return `${frStop} à l’achat ; ${afterText}.`;
    },
  },
  afterSale: {
    en: ({ afterOffered }: { afterOffered: readonly Capability[] }) =>
      afterOffered.length ? `after the sale, customers can ${caps(afterOffered, 'en')}` : 'nothing is offered to customers after the sale',
    fr: ({ afterOffered }: { afterOffered: readonly Capability[] }) =>
      afterOffered.length ? `après la vente, les clients peuvent ${caps(afterOffered, 'fr')}` : 'rien n’est prévu pour les clients après la vente',
  },
  appsUsed: {
    en: ({ apps }: { apps: readonly { name: string }[] }) =>
      `Customers use ${listOf(apps.map((c) => quoted(c.name, 'en')), 'en')} on their phones.`,
    fr: ({ apps }: { apps: readonly { name: string }[] }) =>
      `Les clients utilisent ${listOf(apps.map((c) => quoted(c.name, 'fr')), 'fr')} sur leur téléphone.`,
  },
  webForPhones: {
    en: ({ ready }: { ready: readonly { name: string }[] }) =>
      `No app, but ${listOf(ready.map((c) => quoted(c.name, 'en')), 'en')} is designed for phones.`,
    fr: ({ ready }: { ready: readonly { name: string }[] }) =>
      `Pas d’application, mais ${listOf(ready.map((c) => quoted(c.name, 'fr')), 'fr')} est conçu pour le téléphone.`,
  },
  noApp: {
    en: (_: None) =>
      'No app, and nothing shows that the website is designed for phones.',
    fr: (_: None) =>
      'Pas d’application, et rien n’indique que le site soit conçu pour le téléphone.',
  },
  charterPublished: {
    en: (_: None) =>
      'A published charter tells customers how their data is used.',
    fr: (_: None) =>
      'Une charte publiée explique aux clients l’usage de leurs données.',
  },
  noCharter: {
    en: (_: None) =>
      'No charter tells customers how their data is used.',
    fr: (_: None) =>
      'Aucune charte n’explique aux clients l’usage de leurs données.',
  },
  charterUndocumented: {
    en: (_: None) =>
      'Nothing is documented about telling customers how their data is used.',
    fr: (_: None) =>
      'Rien n’est documenté sur la transparence envers les clients quant à leurs données.',
  },
  voiceEngaged: {
    en: (_: None) =>
      'The company talks with its customers: reviews, exchanges and community.',
    fr: (_: None) =>
      'L’entreprise dialogue avec ses clients : avis, échanges et communauté.',
  },
  voiceMonitored: {
    en: (_: None) =>
      'Customer reviews are watched, but the company neither answers nor encourages them.',
    fr: (_: None) =>
      'Les avis des clients sont suivis, mais l’entreprise n’y répond pas et ne les fait pas vivre.',
  },
  voiceNone: {
    en: (_: None) =>
      'Customers’ reviews and voice are neither collected nor followed.',
    fr: (_: None) =>
      'Les avis et la parole des clients ne sont ni recueillis ni suivis.',
  },
  voiceUndocumented: {
    en: (_: None) =>
      'Nothing is documented about listening to customer reviews.',
    fr: (_: None) =>
      'Rien n’est documenté sur l’écoute des avis des clients.',
  },
  toolsModern: {
    en: (_: None) =>
      'Employees have tools as modern as those offered to customers.',
    fr: (_: None) =>
      'Les collaborateurs disposent d’outils aussi modernes que ceux proposés aux clients.',
  },
  toolsPartial: {
    en: (_: None) =>
      'Only some employees have modern tools.',
    fr: (_: None) =>
      'Une partie seulement des collaborateurs dispose d’outils modernes.',
  },
  toolsOutdated: {
    en: (_: None) =>
      'Employees work with outdated tools, less modern than what the company offers its customers.',
    fr: (_: None) =>
      'Les collaborateurs travaillent avec des outils dépassés, moins modernes que ce que l’entreprise propose à ses clients.',
  },
  toolsUndocumented: {
    en: (_: None) =>
      'Nothing is documented about the employees’ tools.',
    fr: (_: None) =>
      'Rien n’est documenté sur les outils des collaborateurs.',
  },
  pnlPerChannel: {
    en: (_: None) =>
      'each channel has its own profit and loss: the channels compete',
    fr: (_: None) =>
      'chaque canal a son propre compte de résultat : les canaux se font concurrence',
  },
  pnlUnified: {
    en: (_: None) =>
      'one profit and loss covers every channel',
    fr: (_: None) =>
      'un seul compte de résultat réunit les canaux',
  },
  alignmentNone: {
    en: (_: None) =>
      'IT and marketing do not work together',
    fr: (_: None) =>
      'la DSI et le marketing ne travaillent pas ensemble',
  },
  alignmentPartial: {
    en: (_: None) =>
      'IT and marketing work together only in part',
    fr: (_: None) =>
      'la DSI et le marketing ne travaillent ensemble qu’en partie',
  },
  alignmentFull: {
    en: (_: None) =>
      'IT and marketing work together',
    fr: (_: None) =>
      'la DSI et le marketing travaillent ensemble',
  },
  everyChannelOwned: {
    en: (_: None) =>
      'every channel has an owner',
    fr: (_: None) =>
      'chaque canal a un responsable',
  },
  channelsWithoutOwner: {
    en: ({ unowned, channels }: { unowned: number; channels: number }) =>
      `${unowned} of ${channels} channels have no owner`,
    fr: ({ unowned, channels }: { unowned: number; channels: number }) =>
      `${count(unowned, 'canal', 'canaux', 'fr')} sur ${channels} n’${unowned > 1 ? 'ont' : 'a'} pas de responsable`,
  },
  clauseSeparator: {
    en: (_: None) =>
      '; ',
    fr: (_: None) =>
      ' ; ',
  },
} satisfies Catalogue;

const SENTENCES: Record<DimensionId, (e: Engagement, f: EngagementFacts, lang: Language) => string> = {
  visibility(e, f, lang) {
    const online = e.channels.filter((c) => c.type === 'web' || c.type === 'mobile-app');
    const researching = e.segments.filter((s) => f.needsOnlineVisibility(s)).length;
    if (online.length === 0) {
      return localize(SENTENCE_TEXTS.noWebsite, lang);
    }
    const names = listOf(online.map((c) => quoted(c.name, lang)), lang);
    if (f.visibleOnline) {
      return localize(SENTENCE_TEXTS.foundOnline, lang, { names });
    }
    return localize(SENTENCE_TEXTS.hardToFind, lang, { names, online: online.length, researching, segments: e.segments.length });
  },
  'digital-journey'(e, f, lang) {
    const expected = [...new Set(e.segments.flatMap((s) => f.expectations(s)))];
    const offered = f.digitalCapabilities;
    const met = expected.filter((c) => offered.has(c));
    const unmet = expected.filter((c) => !offered.has(c));
    if (expected.length === 0) {
      const list = [...offered];
      return localize(SENTENCE_TEXTS.expectNothing, lang, { list });
    }
    if (unmet.length === 0) {
      return localize(SENTENCE_TEXTS.allExpectedOffered, lang, { met });
    }
    if (met.length === 0) {
      return localize(SENTENCE_TEXTS.noExpectedOffered, lang, { unmet });
    }
    return localize(SENTENCE_TEXTS.someExpectedOffered, lang, { met, expected, unmet });
  },
  'channel-integration'(e, f, lang) {
    const n = e.channels.length;
    const recognise = e.channels.filter((c) => c.recognizesCustomer).length;
    const share = e.channels.filter((c) => c.sharesHistory).length;
    const switches = currentJourneys(e).flatMap((j) => f.channelSwitches(j));
    const breaks = switches.filter((s) => s.continuityBreak).length;
    const first = localize(SENTENCE_TEXTS.recogniseAndShare, lang, { recognise, n, share });
    if (switches.length === 0) return `${first}.`;
    return localize(SENTENCE_TEXTS.switchesBreak, lang, { first, breaks, switches: switches.length });
  },
  'human-touch'(e, f, lang) {
    let critical = 0; let reachable = 0; let failed = 0;
    for (const j of currentJourneys(e)) for (const stage of j.stages) for (const step of stage.steps) {
      if (!step.critical) continue;
      critical++;
      if (f.personReachable(step, stage)) reachable++;
      if (step.emotion !== undefined && step.emotion <= -1) failed++;
    }
    if (critical === 0) {
      return localize(SENTENCE_TEXTS.noCriticalMoment, lang);
    }
    const lived = failed === 0 ? '' : localize(SENTENCE_TEXTS.livedBadly, lang, { failed, critical });
    return localize(SENTENCE_TEXTS.personReachable, lang, { reachable, critical, lived });
  },
  lifecycle(e, f, lang) {
    const journeys = currentJourneys(e);
    const after: Capability[] = ['track', 'support', 'return', 'review'];
    const offered = new Set(e.channels.flatMap((c) => c.capabilities));
    const afterOffered = after.filter((c) => offered.has(c));
    const stopping = journeys.filter((j) => f.stopsAtPurchase(j)).length;
    const afterText = localize(SENTENCE_TEXTS.afterSale, lang, { afterOffered });
    if (journeys.length === 0) return `${capitalise(afterText)}.`;
    const all = stopping === journeys.length;
    return localize(SENTENCE_TEXTS.stopsAtPurchase, lang, { stopping, journeys: journeys.length, all, afterText });
  },
  mobile(e, _f, lang) {
    const apps = e.channels.filter((c) => c.type === 'mobile-app');
    const ready = e.channels.filter((c) => c.type === 'web' && (c as typeof c & { mobileReady?: boolean }).mobileReady === true);
    if (apps.length) {
      return localize(SENTENCE_TEXTS.appsUsed, lang, { apps });
    }
    if (ready.length) {
      return localize(SENTENCE_TEXTS.webForPhones, lang, { ready });
    }
    return localize(SENTENCE_TEXTS.noApp, lang);
  },
  'data-trust'(e, _f, lang) {
    const charter = e.organisation.dataCharter;
    if (charter === true) return localize(SENTENCE_TEXTS.charterPublished, lang);
    if (charter === false) return localize(SENTENCE_TEXTS.noCharter, lang);
    return localize(SENTENCE_TEXTS.charterUndocumented, lang);
  },
  community(e, _f, lang) {
    const voice = e.organisation.customerVoice;
    if (voice === 'engaged') return localize(SENTENCE_TEXTS.voiceEngaged, lang);
    if (voice === 'monitored') return localize(SENTENCE_TEXTS.voiceMonitored, lang);
    if (voice === 'none') return localize(SENTENCE_TEXTS.voiceNone, lang);
    return localize(SENTENCE_TEXTS.voiceUndocumented, lang);
  },
  'employee-tools'(e, _f, lang) {
    const tools = e.organisation.employeeTools;
    if (tools === 'modern') return localize(SENTENCE_TEXTS.toolsModern, lang);
    if (tools === 'partial') return localize(SENTENCE_TEXTS.toolsPartial, lang);
    if (tools === 'outdated') return localize(SENTENCE_TEXTS.toolsOutdated, lang);
    return localize(SENTENCE_TEXTS.toolsUndocumented, lang);
  },
  organisation(e, _f, lang) {
    const parts: string[] = [];
    const { unifiedPnl, itMarketingAlignment } = e.organisation;
    if (unifiedPnl === false) parts.push(localize(SENTENCE_TEXTS.pnlPerChannel, lang));
    if (unifiedPnl === true) parts.push(localize(SENTENCE_TEXTS.pnlUnified, lang));
    if (itMarketingAlignment === 'none') parts.push(localize(SENTENCE_TEXTS.alignmentNone, lang));
    if (itMarketingAlignment === 'partial') parts.push(localize(SENTENCE_TEXTS.alignmentPartial, lang));
    if (itMarketingAlignment === 'full') parts.push(localize(SENTENCE_TEXTS.alignmentFull, lang));
    const owned = e.channels.filter((c) => c.owner).length;
    if (owned === e.channels.length) parts.push(localize(SENTENCE_TEXTS.everyChannelOwned, lang));
    else parts.push(localize(SENTENCE_TEXTS.channelsWithoutOwner, lang, { unowned: e.channels.length - owned, channels: e.channels.length }));
    return `${capitalise(parts.join(localize(SENTENCE_TEXTS.clauseSeparator, lang)))}.`;
  },
};
