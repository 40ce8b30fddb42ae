/**
 * Step 10: the board's key messages (2 to 4) and the alerts. Always where the client stands and the
 * decision asked; in between at most two messages chosen from the file's facts, each with the one
 * seed figure that argues it (quoted exactly), and only when the facts call for it: a retailer
 * whose expectations are all met hears nothing about the 22 %.
 */
import { dimensionLabel } from '../../maturity/dimensionLabels';
import type { Evidence } from '../../maturity/maturityAssessment';
import { DIMENSIONS } from '../../model/vocabulary';
import { word } from '../../templates/templateLabels';
import { quotedPains, segmentNames } from '../playbook/baselines';
import { countOf, joinList, NBSP, nameList, percent, quoteName, semicolon } from '../playbook/phrases';
import { localize, type Localized } from '../../i18n/localized';

/**
 * The lead initiative's title in the summary: in curly quotes in English (a quote inside the title
 * becomes single quotes, as English nests them), in guillemets in French unless it holds some.
 */
const LEAD_TITLE: Localized<{ title: string }> = {
  en: ({ title }) => `“${title.replace(/“/g, '‘').replace(/”/g, '’')}”`,
  fr: ({ title }) => (title.includes('«') ? title : quoteName(title, 'fr')),
};
import type { RoadmapAlert, RoadmapInitiative, RoadmapPhase, SummaryMessage } from '../roadmap';
import type { PlanContext, StepFact } from './planContext';

export const MAX_SUMMARY = 4;

function at(ctx: PlanContext, text: string, path?: string): Evidence {
  const range = path ? ctx.locate(path) : undefined;
  return { text, ...(path ? { path } : {}), ...(range ? { line: range.line, column: range.column } : {}) };
}

const stepAt = (ctx: PlanContext, f: StepFact) => at(ctx, f.step.pain ?? f.step.action, f.step.path);

export function alertsOf(ctx: PlanContext): RoadmapAlert[] {
  if (ctx.engagement.change.stage !== 'maintenance') return [];
  const weak = DIMENSIONS.filter((d) => ctx.level(d) <= 2);
  if (weak.length === 0) return [];
  const names = nameList(weak.map((d) => dimensionLabel(d, ctx.lang)), ctx.lang, 4);
  return [{
    code: 'relapse-risk',
    text: ctx.say(
      `Relapse risk: the file says maintenance while ${names} ${weak.length === 1 ? 'is' : 'are'} at level 1 or 2. The plan recycles the action work on ${weak.length === 1 ? 'it' : 'them'} inside the maintenance phase.`,
      `Risque de rechute${NBSP}: le fichier indique le maintien alors que ${names} ${weak.length < 2 ? 'est' : 'sont'} au niveau 1 ou 2. Le plan reprend le travail d'action sur ${weak.length < 2 ? 'cette dimension' : 'ces dimensions'} dans la phase de maintien.`,
    ),
  }];
}

export function summarise(ctx: PlanContext, phases: readonly RoadmapPhase[]): SummaryMessage[] {
  const { engagement, maturity } = ctx;
  const client = engagement.engagement.client;
  const weakest = [...maturity.dimensions].sort((a, b) => a.level - b.level).slice(0, 2);
  const messages: SummaryMessage[] = [{
    id: 'standing',
    text: ctx.say(
      `${client} stands at ${maturity.overall.level}/5 (${word(maturity.overall.maturity, 'en')}), at the ${word(engagement.change.stage, 'en')} stage of change; weakest: ${joinList(weakest.map((d) => `${dimensionLabel(d.id, 'en').toLowerCase()} ${d.level}/5`), 'en')}.`,
      `${quoteName(client, 'fr')} est au niveau ${maturity.overall.level}/5 (${word(maturity.overall.maturity, 'fr')}), stade de changement${NBSP}: ${word(engagement.change.stage, 'fr')}${semicolon('fr')} points les plus faibles${NBSP}: ${joinList(weakest.map((d) => `${dimensionLabel(d.id, 'fr').toLowerCase()} ${d.level}/5`), 'fr')}.`,
    ),
    evidence: weakest.flatMap((d) => d.evidence.slice(0, 1)),
  }];

  const optional: SummaryMessage[] = [];
  if (ctx.failedMoments.length > 0) {
    const n = ctx.failedMoments.length;
    optional.push({
      id: 'moments-of-truth',
      text: ctx.say(
        `${countOf(n, ctx.criticalSteps.length, 'moment of truth', 'moments of truth', 'en')} ${n === 1 ? 'is' : 'are'} lived badly: ${quotedPains(ctx, ctx.failedMoments)}. Customers want a person at the critical moments (J.-P. Vanot).`,
        `${countOf(n, ctx.criticalSteps.length, 'moment de vérité', 'moments de vérité', 'fr')} ${n < 2 ? 'est vécu' : 'sont vécus'} négativement${NBSP}: ${quotedPains(ctx, ctx.failedMoments)}. Le client veut joindre une personne aux moments critiques (J.-P. Vanot).`,
      ),
      evidence: ctx.failedMoments.slice(0, 3).map((f) => stepAt(ctx, f)),
    });
  }
  const researching = engagement.segments.filter((s) => ctx.facts.needsOnlineVisibility(s));
  if (!ctx.facts.visibleOnline && researching.length > 0) {
    optional.push({
      id: 'visibility',
      text: ctx.say(
        `${segmentNames(ctx, researching)} research online before buying, but ${client} cannot be found there: 78% of consumers research online before buying in store (ROPO, Régine Vanheems); 80% of visitors to Orange's shops went to its site first (J.-P. Vanot).`,
        `Les ${segmentNames(ctx, researching)} se renseignent en ligne avant d'acheter, mais ${quoteName(client, 'fr')} y est introuvable${NBSP}: 78${NBSP}% des consommateurs se renseignent en ligne avant d'acheter en magasin (ROPO, Régine Vanheems)${semicolon('fr')} 80${NBSP}% des clients des boutiques Orange sont d'abord passés par son site (J.-P. Vanot).`,
      ),
      evidence: ctx.dimension('visibility').evidence.slice(0, 2),
    });
  }
  const unmet = engagement.segments.filter((s) => ctx.facts.unmetExpectations(s).length > 0);
  if (unmet.length > 0) {
    optional.push({
      id: 'digital-expectations',
      text: ctx.say(
        `${segmentNames(ctx, unmet)} expect online what no digital channel offers; 22% of customers want an at least partly digital journey, offered by fewer than 5% of suppliers (Vascoo UP study).`,
        `Les ${segmentNames(ctx, unmet)} attendent en ligne ce qu'aucun canal numérique ne propose${semicolon('fr')} 22${NBSP}% des clients souhaitent un parcours au moins partiellement numérique, proposé par moins de 5${NBSP}% des fournisseurs (étude Vascoo UP).`,
      ),
      evidence: unmet.slice(0, 3).map((s) => at(ctx, s.name, `segments.${s.index}`)),
    });
  }
  if (ctx.breaks.length > 0) {
    optional.push({
      id: 'continuity',
      text: ctx.say(
        `${countOf(ctx.breaks.length, ctx.switches.length, 'channel switch makes', 'channel switches make', 'en')} the customer start again; only 14% of consumers find their suppliers' multichannel experience effective (Client 2020 study).`,
        `${countOf(ctx.breaks.length, ctx.switches.length, 'changement de canal', 'changements de canal', 'fr')} ${ctx.breaks.length < 2 ? 'oblige' : 'obligent'} le client à tout recommencer${semicolon('fr')} seuls ${percent(14, 'fr')} des consommateurs jugent efficace l'expérience multicanale de leurs fournisseurs (étude Client 2020).`,
      ),
      evidence: ctx.breaks.slice(0, 2).map((b) => at(ctx, b.to.action, b.to.path)),
    });
  }
  if (ctx.stopping.length > 0) {
    optional.push({
      id: 'after-the-sale',
      text: ctx.say(
        `${countOf(ctx.stopping.length, ctx.journeys.length, 'journey', 'journeys', 'en')} ${ctx.stopping.length === 1 ? 'stops' : 'stop'} at the sale, yet nearly 60% of customers are more likely to switch supplier than ten years ago (Accenture).`,
        `${countOf(ctx.stopping.length, ctx.journeys.length, 'parcours', 'parcours', 'fr')} ${ctx.stopping.length < 2 ? "s'arrête" : "s'arrêtent"} à la vente, alors que près de 60${NBSP}% des clients sont plus susceptibles de changer de fournisseur qu'il y a dix ans (Accenture).`,
      ),
      evidence: ctx.stopping.slice(0, 2).map((j) => at(ctx, j.name, `journeys.${j.index}`)),
    });
  }
  messages.push(...optional.slice(0, MAX_SUMMARY - 2));
  messages.push(decision(ctx, phases));
  return messages;
}

function decision(ctx: PlanContext, phases: readonly RoadmapPhase[]): SummaryMessage {
  const first = phases[0]!;
  const wins = first.initiatives.filter((i) => i.quickWin);
  const lead: RoadmapInitiative | undefined = [...wins].sort((a, b) => b.priority - a.priority)[0] ?? first.initiatives[0];
  // A title that already quotes a name is not quoted again (no nested guillemets).
  const title = !lead ? '' : localize(LEAD_TITLE, ctx.lang, { title: lead.title });
  const months = first.window.endMonth - first.window.startMonth;
  const count = phases.reduce((n, p) => n + p.initiatives.length, 0);
  return {
    id: 'decision',
    text: ctx.say(
      `Decision asked: approve the ${count} initiatives over ${phases[phases.length - 1]!.window.endMonth} months and launch the first phase now (${months} months${wins.length ? `, ${wins.length} quick ${wins.length === 1 ? 'win' : 'wins'}` : ''}${lead ? `, starting with ${title}` : ''}).`,
      `Décision demandée${NBSP}: approuver les ${count} chantiers sur ${phases[phases.length - 1]!.window.endMonth}${NBSP}mois et lancer dès maintenant la première phase (${months}${NBSP}mois${wins.length ? `, ${wins.length} ${wins.length < 2 ? 'gain rapide' : 'gains rapides'}` : ''}${lead ? `, à commencer par ${title}` : ''}).`,
    ),
    evidence: [],
  };
}
