/**
 * Scores of the dimensions behind the scenes: data trust, community, employee tools and
 * organisation. An absent `organisation.*` key scores as its worst value ("not documented"), so
 * leaving a fact out never raises a level. Each rule is a row of docs/scoring.md.
 */
import { pluralEn, pluralFr } from './plural';
import type { DimensionResult, ScoringContext } from './scoringContext';

export function scoreDataTrust(ctx: ScoringContext): DimensionResult {
  const { dataCharter, itMarketingAlignment, customerVoice } = ctx.engagement.organisation;
  if (dataCharter !== true) {
    return {
      level: 1,
      evidence: [dataCharter === false
        ? ctx.cite(ctx.say('No published charter on the use of customer data.', "Aucune charte publiée sur l'usage des données clients."), 'organisation.dataCharter')
        : ctx.cite(ctx.say('No charter on the use of customer data is documented.', "Aucune charte d'usage des données clients n'est documentée."))],
    };
  }
  const evidence = [ctx.cite(ctx.say('A charter on the use of customer data is published (Colorado Conseil study).', "Une charte d'usage des données clients est publiée (étude Colorado Conseil)."), 'organisation.dataCharter')];
  // A charter that no one governs is a document, not a practice: IT and marketing must at least talk.
  if (itMarketingAlignment === undefined || itMarketingAlignment === 'none') return { level: 2, evidence };
  if (itMarketingAlignment !== 'full') return { level: 3, evidence };
  evidence.push(ctx.cite(ctx.say('IT and marketing are fully aligned to govern customer data.', 'DSI et marketing sont pleinement alignés pour gouverner les données clients.'), 'organisation.itMarketingAlignment'));
  if (customerVoice !== 'engaged') return { level: 4, evidence };
  evidence.push(ctx.cite(ctx.say('Customers are engaged in a dialogue (data collaborative).', 'Les clients sont engagés dans le dialogue (relation « data collaborative »).'), 'organisation.customerVoice'));
  return { level: 5, evidence };
}

const VOICE_LEVEL = { none: 1, monitored: 3, engaged: 4 } as const;

export function scoreCommunity(ctx: ScoringContext): DimensionResult {
  const { engagement } = ctx;
  const voice = engagement.organisation.customerVoice;
  const base = voice === undefined ? 1 : VOICE_LEVEL[voice];
  const evidence = [voice === undefined
    ? ctx.cite(ctx.say("How the client listens to its customers' voice is not documented.", "L'écoute de la voix des clients n'est pas documentée."))
    : ctx.cite(ctx.say(`Customers' voice: ${EN_WORDS[voice] ?? voice}.`, `Voix des clients\u00a0: ${VOICE_FR[voice] ?? voice}.`), 'organisation.customerVoice')];
  const venue = engagement.channels.find((c) => c.type === 'social' || c.capabilities.includes('review') || c.capabilities.includes('community'));
  if (!venue) return { level: base, evidence };
  evidence.push(ctx.cite(ctx.say(
    `${venue.name} gives customers a place to review and share.`,
    `«\u00a0${venue.name}\u00a0» offre aux clients un lieu pour donner leur avis et partager.`,
  ), `channels.${venue.index}`));
  return { level: Math.min(5, base + 1), evidence };
}

const TOOLS_LEVEL = { outdated: 1, partial: 3, modern: 4 } as const;

export function scoreEmployeeTools(ctx: ScoringContext): DimensionResult {
  const { engagement } = ctx;
  const tools = engagement.organisation.employeeTools;
  if (tools === undefined) {
    return { level: 1, evidence: [ctx.cite(ctx.say("Employees' tools are not documented.", 'Les outils des collaborateurs ne sont pas documentés.'))] };
  }
  const evidence = [ctx.cite(ctx.say(
    `Employees' tools: ${EN_WORDS[tools] ?? tools} (symmetry of attention, J.-P. Vanot).`,
    `Outils des collaborateurs\u00a0: ${FR_WORDS[tools] ?? tools} (symétrie des attentions, J.-P. Vanot).`,
  ), 'organisation.employeeTools')];
  const informedStaff = engagement.channels.find((c) => c.human && c.sharesHistory);
  // Outdated tools, but staff at least see the customer's history somewhere: one step up.
  if (tools === 'outdated' && informedStaff) {
    evidence.push(ctx.cite(ctx.say(`Staff on ${informedStaff.name} still see the customer's history.`, `Les équipes de «\u00a0${informedStaff.name}\u00a0» voient tout de même l'historique du client.`), `channels.${informedStaff.index}.sharesHistory`));
    return { level: 2, evidence };
  }
  if (tools !== 'modern' || !informedStaff) return { level: TOOLS_LEVEL[tools], evidence };
  evidence.push(ctx.cite(ctx.say(
    `Staff on ${informedStaff.name} see the customer's history.`,
    `Les équipes de «\u00a0${informedStaff.name}\u00a0» voient l'historique du client.`,
  ), `channels.${informedStaff.index}.sharesHistory`));
  return { level: 5, evidence };
}

/** The French words for the organisation facts' values, for French evidence. */
const FR_WORDS: Readonly<Record<string, string>> = {
  none: 'aucun', partial: 'partiel', full: 'complet', outdated: 'vétustes', modern: 'modernes',
};
/** « Voix des clients » is feminine. */
const VOICE_FR: Readonly<Record<string, string>> = { none: 'aucune écoute', monitored: 'surveillée', engaged: 'engagée dans le dialogue' };
const EN_WORDS: Readonly<Record<string, string>> = {
  none: 'not listened to', monitored: 'monitored', engaged: 'engaged in dialogue', outdated: 'outdated', modern: 'modern',
};

const ALIGNMENT_POINTS = { none: 0, partial: 1, full: 2 } as const;

export function scoreOrganisation(ctx: ScoringContext): DimensionResult {
  const { engagement } = ctx;
  const { unifiedPnl, itMarketingAlignment } = engagement.organisation;
  const withoutOwner = engagement.channels.filter((c) => !c.owner?.trim());
  const points =
    (unifiedPnl === true ? 2 : 0) +
    (itMarketingAlignment === undefined ? 0 : ALIGNMENT_POINTS[itMarketingAlignment]) +
    (withoutOwner.length === 0 ? 1 : 0);
  const evidence = [
    unifiedPnl === undefined
      ? ctx.cite(ctx.say('Whether channels share one P&L is not documented.', "Le partage du compte de résultat entre canaux n'est pas documenté."))
      : ctx.cite(unifiedPnl
        ? ctx.say('One P&L across channels: channels do not compete (J.-P. Vanot).', 'Un compte de résultat unifié\u00a0: les canaux ne se concurrencent pas (J.-P. Vanot).')
        : ctx.say('Each channel has its own P&L: channels compete with each other.', 'Chaque canal a son compte de résultat\u00a0: les canaux se font concurrence.'), 'organisation.unifiedPnl'),
    itMarketingAlignment === undefined
      ? ctx.cite(ctx.say('IT–marketing alignment not documented.', "L'alignement DSI–marketing n'est pas documenté."))
      : ctx.cite(ctx.say(`IT–marketing alignment: ${itMarketingAlignment} (Observatoire du Cross-Canal).`, `Alignement DSI–marketing\u00a0: ${FR_WORDS[itMarketingAlignment] ?? itMarketingAlignment} (Observatoire du Cross-Canal).`), 'organisation.itMarketingAlignment'),
    withoutOwner.length === 0
      ? ctx.cite(ctx.say('Every channel has an owner.', 'Chaque canal a un responsable.'), 'channels')
      : ctx.cite(ctx.say(`${withoutOwner.length} ${pluralEn(withoutOwner.length, 'channel', 'channels')} without an owner, e.g. ${withoutOwner[0]!.name}.`, `${withoutOwner.length} ${pluralFr(withoutOwner.length, 'canal', 'canaux')} sans responsable, par exemple «\u00a0${withoutOwner[0]!.name}\u00a0».`), `channels.${withoutOwner[0]!.index}`),
  ];
  // Five points are possible; the scale stops at 5.
  return { level: Math.min(5, 1 + points), evidence };
}
