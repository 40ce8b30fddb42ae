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
        : ctx.cite(ctx.say('Data charter not documented (organisation.dataCharter).', 'Charte des données non documentée (organisation.dataCharter).'))],
    };
  }
  const evidence = [ctx.cite(ctx.say('A charter on the use of customer data is published (Colorado Conseil study).', "Une charte d'usage des données clients est publiée (étude Colorado Conseil)."), 'organisation.dataCharter')];
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
    ? ctx.cite(ctx.say("Customers' voice not documented (organisation.customerVoice).", 'Voix du client non documentée (organisation.customerVoice).'))
    : ctx.cite(ctx.say(`Customers' voice: ${voice}.`, `Voix du client : ${FR_WORDS[voice] ?? voice} (${voice}).`), 'organisation.customerVoice')];
  const venue = engagement.channels.find((c) => c.type === 'social' || c.capabilities.includes('review') || c.capabilities.includes('community'));
  if (!venue) return { level: base, evidence };
  evidence.push(ctx.cite(ctx.say(
    `${venue.name} gives customers a place to review and share.`,
    `${venue.name} offre aux clients un lieu pour donner leur avis et partager.`,
  ), `channels.${venue.index}`));
  return { level: Math.min(5, base + 1), evidence };
}

const TOOLS_LEVEL = { outdated: 1, partial: 3, modern: 4 } as const;

export function scoreEmployeeTools(ctx: ScoringContext): DimensionResult {
  const { engagement } = ctx;
  const tools = engagement.organisation.employeeTools;
  if (tools === undefined) {
    return { level: 1, evidence: [ctx.cite(ctx.say("Employees' tools not documented (organisation.employeeTools).", 'Outils des collaborateurs non documentés (organisation.employeeTools).'))] };
  }
  const evidence = [ctx.cite(ctx.say(
    `Employees' tools: ${tools} (symmetry of attention, J.-P. Vanot).`,
    `Outils des collaborateurs : ${FR_WORDS[tools] ?? tools} (${tools}) (symétrie des attentions, J.-P. Vanot).`,
  ), 'organisation.employeeTools')];
  const informedStaff = engagement.channels.find((c) => c.human && c.sharesHistory);
  if (tools !== 'modern' || !informedStaff) return { level: TOOLS_LEVEL[tools], evidence };
  evidence.push(ctx.cite(ctx.say(
    `Staff on ${informedStaff.name} see the customer's history.`,
    `Les équipes de ${informedStaff.name} voient l'historique du client.`,
  ), `channels.${informedStaff.index}.sharesHistory`));
  return { level: 5, evidence };
}

/** The French words for the organisation facts' values, for French evidence. */
const FR_WORDS: Readonly<Record<string, string>> = {
  none: 'aucun', partial: 'partiel', full: 'complet', monitored: 'surveillée', engaged: 'engagée', outdated: 'vétustes', modern: 'modernes',
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
      ? ctx.cite(ctx.say('P&L across channels not documented (organisation.unifiedPnl).', 'Compte de résultat unifié entre canaux : non documenté (organisation.unifiedPnl).'))
      : ctx.cite(unifiedPnl
        ? ctx.say('One P&L across channels: channels do not compete (J.-P. Vanot).', 'Un compte de résultat unifié : les canaux ne se concurrencent pas (J.-P. Vanot).')
        : ctx.say('Each channel has its own P&L: channels compete with each other.', 'Chaque canal a son compte de résultat : les canaux se font concurrence.'), 'organisation.unifiedPnl'),
    itMarketingAlignment === undefined
      ? ctx.cite(ctx.say('IT–marketing alignment not documented.', 'Alignement DSI–marketing non documenté.'))
      : ctx.cite(ctx.say(`IT–marketing alignment: ${itMarketingAlignment} (Observatoire du Cross-Canal).`, `Alignement DSI–marketing : ${FR_WORDS[itMarketingAlignment] ?? itMarketingAlignment} (${itMarketingAlignment}) (Observatoire du Cross-Canal).`), 'organisation.itMarketingAlignment'),
    withoutOwner.length === 0
      ? ctx.cite(ctx.say('Every channel has an owner.', 'Chaque canal a un responsable.'), 'channels')
      : ctx.cite(ctx.say(`${withoutOwner.length} ${pluralEn(withoutOwner.length, 'channel', 'channels')} without an owner, e.g. ${withoutOwner[0]!.name}.`, `${withoutOwner.length} ${pluralFr(withoutOwner.length, 'canal', 'canaux')} sans responsable, par exemple ${withoutOwner[0]!.name}.`), `channels.${withoutOwner[0]!.index}`),
  ];
  // Five points are possible; the scale stops at 5.
  return { level: Math.min(5, 1 + points), evidence };
}
