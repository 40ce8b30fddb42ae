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
const fr = (lang: Language) => lang === 'fr';
const caps = (list: readonly Capability[], lang: Language, or = false) => listOf(list.map((c) => CAPABILITY_WORDS[c][lang]), lang, or);

const SENTENCES: Record<DimensionId, (e: Engagement, f: EngagementFacts, lang: Language) => string> = {
  visibility(e, f, lang) {
    const online = e.channels.filter((c) => c.type === 'web' || c.type === 'mobile-app');
    const researching = e.segments.filter((s) => f.needsOnlineVisibility(s)).length;
    if (online.length === 0) {
      return fr(lang) ? 'Ni site ni application : les clients qui cherchent en ligne ne trouvent pas l’entreprise.' : 'No website or app: customers who search online do not find the company.';
    }
    const names = listOf(online.map((c) => quoted(c.name, lang)), lang);
    if (f.visibleOnline) {
      return fr(lang) ? `L’entreprise est trouvée en ligne grâce à ${names}.` : `Customers find the company online through ${names}.`;
    }
    return fr(lang)
      ? `${names} ${online.length > 1 ? 'sont peu visibles' : 'est peu visible'} dans les recherches, alors que ${count(researching, 'segment', 'segments', lang)} sur ${e.segments.length} se ${researching > 1 ? 'renseignent' : 'renseigne'} en ligne avant d’acheter.`
      : `${names} ${online.length > 1 ? 'are' : 'is'} hard to find in searches, while ${researching} of ${e.segments.length} segments research online before buying.`;
  },
  'digital-journey'(e, f, lang) {
    const expected = [...new Set(e.segments.flatMap((s) => f.expectations(s)))];
    const offered = f.digitalCapabilities;
    const met = expected.filter((c) => offered.has(c));
    const unmet = expected.filter((c) => !offered.has(c));
    if (expected.length === 0) {
      const list = [...offered];
      return fr(lang)
        ? `Les segments n’attendent rien de précis en ligne ; les canaux numériques permettent ${list.length ? `de ${caps(list, lang)}` : 'peu de choses'}.`
        : `The segments expect nothing in particular online; the digital channels let customers ${list.length ? caps(list, lang) : 'do little'}.`;
    }
    if (unmet.length === 0) {
      return fr(lang) ? `Tout ce que les segments attendent en ligne est proposé : ${caps(met, lang)}.` : `Everything the segments expect online is offered: ${caps(met, lang)}.`;
    }
    if (met.length === 0) {
      return fr(lang)
        ? `Aucun des services que les segments attendent n’est proposé en ligne : les clients ne peuvent pas ${caps(unmet, lang, true)}.`
        : `None of the services the segments expect is offered online: customers cannot ${caps(unmet, lang, true)}.`;
    }
    return fr(lang)
      ? `En ligne, les clients trouvent ${met.length} des ${expected.length} services que les segments attendent ; il leur manque de pouvoir ${caps(unmet, lang)}.`
      : `Online, customers find ${met.length} of the ${expected.length} services the segments expect; they cannot ${caps(unmet, lang, true)}.`;
  },
  'channel-integration'(e, f, lang) {
    const n = e.channels.length;
    const recognise = e.channels.filter((c) => c.recognizesCustomer).length;
    const share = e.channels.filter((c) => c.sharesHistory).length;
    const switches = currentJourneys(e).flatMap((j) => f.channelSwitches(j));
    const breaks = switches.filter((s) => s.continuityBreak).length;
    const first = fr(lang)
      ? `${count(recognise, 'canal', 'canaux', lang)} sur ${n} ${recognise > 1 ? 'reconnaissent' : 'reconnaît'} le client et ${share === 0 ? 'aucun ne partage' : `${share} ${share > 1 ? 'partagent' : 'partage'}`} son historique`
      : `${recognise} of ${n} channels recognise the customer and ${share === 0 ? 'none shares' : `${share} ${share > 1 ? 'share' : 'shares'}`} the history`;
    if (switches.length === 0) return `${first}.`;
    return fr(lang)
      ? `${first} ; ${breaks === switches.length && breaks > 1 ? `les ${breaks} changements de canal des parcours obligent` : `${count(breaks, 'changement', 'changements', lang)} de canal sur ${switches.length} ${breaks > 1 ? 'obligent' : 'oblige'}`} le client à tout recommencer.`
      : `${first}; ${breaks === switches.length && breaks > 1 ? `all ${breaks} channel switches in the journeys make` : `${breaks} of ${switches.length} channel switches make${breaks === 1 ? 's' : ''}`} the customer start again.`;
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
      return fr(lang) ? 'Aucun moment critique n’est encore repéré dans les parcours décrits.' : 'No critical moment is marked yet in the journeys described.';
    }
    const lived = failed === 0 ? '' : fr(lang)
      ? ` ; ${failed === critical ? (critical > 1 ? 'tous sont pourtant mal vécus' : 'il est pourtant mal vécu') : `${failed} ${failed > 1 ? 'sont' : 'est'} pourtant mal ${failed > 1 ? 'vécus' : 'vécu'}`}`
      : `; ${failed === critical ? (critical > 1 ? 'yet all of them are lived badly' : 'yet it is lived badly') : `yet ${failed} ${failed > 1 ? 'are' : 'is'} lived badly`}`;
    return fr(lang)
      ? `Une personne est joignable à ${reachable === critical ? (critical > 1 ? `chacun des ${critical} moments critiques` : 'l’unique moment critique') : `${reachable} des ${critical} moments critiques`}${lived}.`
      : `A person can be reached at ${reachable === critical ? (critical > 1 ? `each of the ${critical} critical moments` : 'the one critical moment') : `${reachable} of the ${critical} critical moments`}${lived}.`;
  },
  lifecycle(e, f, lang) {
    const journeys = currentJourneys(e);
    const after: Capability[] = ['track', 'support', 'return', 'review'];
    const offered = new Set(e.channels.flatMap((c) => c.capabilities));
    const afterOffered = after.filter((c) => offered.has(c));
    const stopping = journeys.filter((j) => f.stopsAtPurchase(j)).length;
    const afterText = fr(lang)
      ? afterOffered.length ? `après la vente, les clients peuvent ${caps(afterOffered, lang)}` : 'rien n’est prévu pour les clients après la vente'
      : afterOffered.length ? `after the sale, customers can ${caps(afterOffered, lang)}` : 'nothing is offered to customers after the sale';
    if (journeys.length === 0) return `${capitalise(afterText)}.`;
    const all = stopping === journeys.length;
    const frStop = stopping === 0 ? 'Aucun parcours ne s’arrête'
      : all ? (stopping === 1 ? 'Le seul parcours décrit s’arrête' : `Les ${stopping} parcours décrits s’arrêtent`)
        : `${count(stopping, 'parcours', 'parcours', lang)} sur ${journeys.length} ${stopping > 1 ? 's’arrêtent' : 's’arrête'}`;
    const enStop = stopping === 0 ? 'No journey stops'
      : all ? (stopping === 1 ? 'The one journey described stops' : `All ${stopping} journeys described stop`)
        : `${stopping} of ${journeys.length} journeys stop${stopping === 1 ? 's' : ''}`;
    return fr(lang) ? `${frStop} à l’achat ; ${afterText}.` : `${enStop} at the purchase; ${afterText}.`;
  },
  mobile(e, _f, lang) {
    const apps = e.channels.filter((c) => c.type === 'mobile-app');
    const ready = e.channels.filter((c) => c.type === 'web' && (c as typeof c & { mobileReady?: boolean }).mobileReady === true);
    if (apps.length) {
      return fr(lang) ? `Les clients utilisent ${listOf(apps.map((c) => quoted(c.name, lang)), lang)} sur leur téléphone.` : `Customers use ${listOf(apps.map((c) => quoted(c.name, lang)), lang)} on their phones.`;
    }
    if (ready.length) {
      return fr(lang) ? `Pas d’application, mais ${listOf(ready.map((c) => quoted(c.name, lang)), lang)} est conçu pour le téléphone.` : `No app, but ${listOf(ready.map((c) => quoted(c.name, lang)), lang)} is designed for phones.`;
    }
    return fr(lang) ? 'Pas d’application, et rien n’indique que le site soit conçu pour le téléphone.' : 'No app, and nothing shows that the website is designed for phones.';
  },
  'data-trust'(e, _f, lang) {
    const charter = e.organisation.dataCharter;
    if (charter === true) return fr(lang) ? 'Une charte publiée explique aux clients l’usage de leurs données.' : 'A published charter tells customers how their data is used.';
    if (charter === false) return fr(lang) ? 'Aucune charte n’explique aux clients l’usage de leurs données.' : 'No charter tells customers how their data is used.';
    return fr(lang) ? 'Rien n’est documenté sur la transparence envers les clients quant à leurs données.' : 'Nothing is documented about telling customers how their data is used.';
  },
  community(e, _f, lang) {
    const voice = e.organisation.customerVoice;
    if (voice === 'engaged') return fr(lang) ? 'L’entreprise dialogue avec ses clients : avis, échanges et communauté.' : 'The company talks with its customers: reviews, exchanges and community.';
    if (voice === 'monitored') return fr(lang) ? 'Les avis des clients sont suivis, mais l’entreprise n’y répond pas et ne les fait pas vivre.' : 'Customer reviews are watched, but the company neither answers nor encourages them.';
    if (voice === 'none') return fr(lang) ? 'Les avis et la parole des clients ne sont ni recueillis ni suivis.' : 'Customers’ reviews and voice are neither collected nor followed.';
    return fr(lang) ? 'Rien n’est documenté sur l’écoute des avis des clients.' : 'Nothing is documented about listening to customer reviews.';
  },
  'employee-tools'(e, _f, lang) {
    const tools = e.organisation.employeeTools;
    if (tools === 'modern') return fr(lang) ? 'Les collaborateurs disposent d’outils aussi modernes que ceux proposés aux clients.' : 'Employees have tools as modern as those offered to customers.';
    if (tools === 'partial') return fr(lang) ? 'Une partie seulement des collaborateurs dispose d’outils modernes.' : 'Only some employees have modern tools.';
    if (tools === 'outdated') return fr(lang) ? 'Les collaborateurs travaillent avec des outils dépassés, moins modernes que ce que l’entreprise propose à ses clients.' : 'Employees work with outdated tools, less modern than what the company offers its customers.';
    return fr(lang) ? 'Rien n’est documenté sur les outils des collaborateurs.' : 'Nothing is documented about the employees’ tools.';
  },
  organisation(e, _f, lang) {
    const parts: string[] = [];
    const { unifiedPnl, itMarketingAlignment } = e.organisation;
    if (unifiedPnl === false) parts.push(fr(lang) ? 'chaque canal a son propre compte de résultat : les canaux se font concurrence' : 'each channel has its own profit and loss: the channels compete');
    if (unifiedPnl === true) parts.push(fr(lang) ? 'un seul compte de résultat réunit les canaux' : 'one profit and loss covers every channel');
    if (itMarketingAlignment === 'none') parts.push(fr(lang) ? 'la DSI et le marketing ne travaillent pas ensemble' : 'IT and marketing do not work together');
    if (itMarketingAlignment === 'partial') parts.push(fr(lang) ? 'la DSI et le marketing ne travaillent ensemble qu’en partie' : 'IT and marketing work together only in part');
    if (itMarketingAlignment === 'full') parts.push(fr(lang) ? 'la DSI et le marketing travaillent ensemble' : 'IT and marketing work together');
    const owned = e.channels.filter((c) => c.owner).length;
    if (owned === e.channels.length) parts.push(fr(lang) ? 'chaque canal a un responsable' : 'every channel has an owner');
    else parts.push(fr(lang) ? `${count(e.channels.length - owned, 'canal', 'canaux', lang)} sur ${e.channels.length} n’${e.channels.length - owned > 1 ? 'ont' : 'a'} pas de responsable` : `${e.channels.length - owned} of ${e.channels.length} channels have no owner`);
    return `${capitalise(parts.join(fr(lang) ? ' ; ' : '; '))}.`;
  },
};
