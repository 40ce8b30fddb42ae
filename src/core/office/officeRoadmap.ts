/**
 * What the Word report and the board deck show, computed once from the analysis (the one model):
 * the document as a list of blocks in the HTML document's order (the Word writer lays them out
 * one by one), and the deck's pieces (the PowerPoint writer puts each on its slides). Every string
 * is final: in the file's language, with French typography; the writers only lay them out.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { renderJourneySvg } from '../journey/exportJourneyMap';
import { assessedEngagementOf } from '../maturity/assessedEngagementOf';
import { dimensionLabel } from '../maturity/dimensionLabels';
import { maturityToJson } from '../maturity/maturityAssessment';
import type { Engagement } from '../model/engagement';
import type { Language } from '../model/vocabulary';
import type { RoadmapInitiative } from '../roadmap/roadmap';
import { maturityRadarSvg } from '../templates/maturityRadarSvg';
import { label, word } from '../templates/templateLabels';
import { capabilityPhrase } from '../i18n/vocabularyLabels';
import { labelled, longDate, officeLabel, percent } from './officeLabels';
import { timelineSvgs, type TimelineRow } from './timelineSvg';

export interface OfficeTable {
  columns: string[];
  rows: string[][];
  /** Relative column widths. */
  widths?: number[];
}

export type OfficeBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; quote?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; table: OfficeTable }
  | { kind: 'figure'; svg: string; alt: string; /** at most this share of the text width */ maxWidth?: number }
  /** A pair of label and value per row, for an initiative's card. */
  | { kind: 'card'; rows: [string, string][] };

export interface DeckPhase {
  title: string;
  initiatives: { title: string; owner: string; kpi: string; when: string; notes: string[] }[];
}

export interface OfficeRoadmap {
  lang: Language;
  title: string;
  subtitle?: string;
  client: string;
  /** engagement.date as written (YYYY-MM-DD), for the packages' timestamps. */
  isoDate?: string;
  /** "2 novembre 2026". */
  dateText?: string;
  /** The report, in order. */
  blocks: OfficeBlock[];
  deck: {
    summary: string[];
    radar: { labels: string[]; series: { name: string; values: number[] }[] };
    maturity: OfficeTable;
    /** The timeline, cut into as many pictures as slides need. */
    timelines: string[];
    phases: DeckPhase[];
    segments: OfficeTable;
    risks: OfficeTable;
    /** Speaker notes of the maturity slide: the evidence of each level. */
    maturityNotes: string[];
  };
}

const HORIZON_MONTHS = { now: [0, 3], next: [3, 6], later: [6, 12] } as const;

export function officeRoadmapOf(analysis: EngagementAnalysis): OfficeRoadmap | undefined {
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) return undefined;
  const lang = analysis.language;
  const { engagement, maturity, roadmap } = assessed;
  const info = engagement.engagement;
  const json = maturityToJson(maturity);
  const t = (key: Parameters<typeof officeLabel>[0]) => officeLabel(key, lang);
  const initiatives = roadmap.phases.flatMap((phase) => phase.initiatives);
  const phaseTitle = (id: string, title: string) => `${capitalise(word(id, lang))} — ${title}`;

  // The target of each dimension: the highest level an initiative aims at, else today's level.
  const targets = json.dimensions.map((d) => Math.max(d.level, ...initiatives.filter((i) => i.dimension === d.id).map((i) => i.targetLevel)));
  const radarSvg = padSvg(maturityRadarSvg(json, lang, label('radarTitle', lang)), 90);
  const timelineRows = roadmap.phases.map((phase): TimelineRow => ({
      phase: capitalise(word(phase.id, lang)),
      bars: phase.initiatives.map((i) => ({ id: i.id, label: i.title, startMonth: HORIZON_MONTHS[i.horizon][0], endMonth: HORIZON_MONTHS[i.horizon][1], emphasis: i.source === 'consultant' })),
  }));
  const continued = (phase: string) => `${phase} (${t('continued')})`;
  // A page of the report holds about 1,200 units of the 900-wide drawing; a slide about 400.
  const pageTimelines = timelineSvgs(timelineRows, t('months'), t('timeline'), 1150, continued);
  // A board sees the whole plan on one or two slides: when one bar per initiative needs more, one
  // bar per phase and horizon, naming its first initiatives.
  let slideTimelines = timelineSvgs(timelineRows, t('months'), t('timeline'), 400, continued);
  if (slideTimelines.length > 2) {
    const grouped = timelineRows.map((row): TimelineRow => {
      const groups = new Map<string, TimelineRow['bars']>();
      for (const bar of row.bars) groups.set(`${bar.startMonth}-${bar.endMonth}`, [...(groups.get(`${bar.startMonth}-${bar.endMonth}`) ?? []), bar]);
      return {
        phase: row.phase,
        bars: [...groups.values()].map((bars) => ({
          id: bars.map((b) => b.id).join(' '),
          label: `${bars.length} ${t('initiatives').toLowerCase()}${colonOf(lang)} ${bars.slice(0, 2).map((b) => b.label).join(' · ')}${bars.length > 2 ? ' …' : ''}`,
          startMonth: bars[0]!.startMonth,
          endMonth: bars[0]!.endMonth,
          emphasis: bars.some((b) => b.emphasis === true),
        })),
      };
    });
    slideTimelines = timelineSvgs(grouped, t('months'), t('timeline'), 400, continued);
  }

  const weakest = [...json.dimensions].sort((a, b) => a.level - b.level).slice(0, 3);
  const summary = [
    labelled(label('overall', lang), `${json.overall.level}/5 (${word(json.overall.maturity, lang)})`, lang),
    labelled(label('changeStage', lang), word(roadmap.stage, lang), lang),
    labelled(lang === 'fr' ? 'Priorités' : 'Priorities', weakest.map((d) => `${dimensionLabel(d.id, lang)} (${d.level}/5)`).join(', '), lang),
    labelled(label('roadmap', lang), roadmap.phases.map((p) => `${capitalise(word(p.id, lang))} (${p.initiatives.length})`).join(', '), lang),
    t('decision'),
  ];

  const maturityTable: OfficeTable = {
    columns: [label('dimension', lang), label('level', lang), label('evidence', lang)],
    rows: json.dimensions.map((d) => [dimensionLabel(d.id, lang), `${d.level}/5`, d.evidence.map((e) => e.text).join(' ; '.replace(' ;', lang === 'fr' ? '\u202f;' : ';'))]),
    widths: [3, 1.3, 8],
  };
  const segments = segmentsTable(engagement, lang);
  const risks = risksTable(engagement, initiatives, lang);

  const facts: [string, string][] = [[label('client', lang), info.client]];
  if (info.sector) facts.push([label('sector', lang), info.sector]);
  if (info.date) facts.push([label('date', lang), longDate(info.date, lang)]);
  if (info.consultants.length > 0) facts.push([label('consultants', lang), info.consultants.join(', ')]);
  facts.push([label('changeStage', lang), capitalise(word(roadmap.stage, lang))]);
  facts.push([label('overall', lang), `${json.overall.level}/5 (${word(json.overall.maturity, lang)})`]);

  const blocks: OfficeBlock[] = [
    { kind: 'card', rows: facts },
    { kind: 'heading', level: 1, text: t('summary') },
    { kind: 'bullets', items: summary.slice(0, -1) },
    { kind: 'paragraph', text: t('decision') },
    { kind: 'heading', level: 1, text: t('whereWeStand') },
    { kind: 'figure', svg: radarSvg, alt: label('radarTitle', lang) },
    { kind: 'table', table: maturityTable },
  ];
  const currentJourneys = engagement.journeys;
  if (currentJourneys.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: t('customersLive') });
    for (const journey of currentJourneys) {
      blocks.push({ kind: 'heading', level: 2, text: journey.name });
      blocks.push({ kind: 'figure', svg: renderJourneySvg(analysis, journey.id), alt: journey.name });
      const worst = journey.steps.filter((s) => s.emotion !== undefined && s.emotion <= -1);
      if (worst.length > 0) {
        blocks.push({ kind: 'paragraph', text: labelled(t('worstMoments'), '', lang).trim() });
        blocks.push({ kind: 'bullets', items: worst.map((s) => `${s.action}${s.pain ? ` — ${quote(s.pain, lang)}` : ''}`) });
      }
    }
  }
  blocks.push({ kind: 'heading', level: 1, text: t('segments') }, { kind: 'table', table: segments });
  blocks.push({ kind: 'heading', level: 1, text: t('roadmap') });
  blocks.push({ kind: 'heading', level: 2, text: t('timeline') }, ...pageTimelines.map((svg): OfficeBlock => ({ kind: 'figure', svg, alt: t('timeline') })));
  for (const phase of roadmap.phases) {
    blocks.push({ kind: 'heading', level: 2, text: phaseTitle(phase.id, phase.title) });
    if (phase.initiatives.length === 0) blocks.push({ kind: 'paragraph', text: label('noInitiative', lang) });
    for (const initiative of phase.initiatives) {
      blocks.push({ kind: 'heading', level: 3, text: initiative.title });
      blocks.push({ kind: 'card', rows: initiativeCard(initiative, lang) });
    }
  }
  blocks.push({ kind: 'heading', level: 1, text: t('risks') }, risks.rows.length > 0 ? { kind: 'table', table: risks } : { kind: 'paragraph', text: t('noRisk') });

  // The annex, for the consultant: what the body leaves out (ids, lines, derived/assessed).
  blocks.push({ kind: 'heading', level: 1, text: t('annex') });
  blocks.push({ kind: 'heading', level: 2, text: t('scoring') });
  blocks.push({ kind: 'table', table: {
    columns: [label('dimension', lang), label('level', lang), t('derivedLevel'), label('source', lang)],
    rows: maturity.dimensions.map((d) => [`${dimensionLabel(d.id, lang)} (${d.id})`, `${d.level}/5`, `${d.derivedLevel}/5`, word(d.source, lang)]),
    widths: [4, 1, 2, 2],
  } });
  blocks.push({ kind: 'heading', level: 2, text: t('annexEvidence') });
  blocks.push({ kind: 'table', table: {
    columns: [label('dimension', lang), label('evidence', lang)],
    rows: json.dimensions.flatMap((d) => d.evidence.map((e) => [dimensionLabel(d.id, lang), `${e.text}${e.line ? ` (${t('line')} ${e.line})` : ''}`])),
    widths: [1, 3],
  } });
  blocks.push({ kind: 'heading', level: 2, text: t('annexIds') });
  blocks.push({ kind: 'table', table: {
    columns: [t('initiative'), t('id'), label('dimension', lang), t('phase')],
    rows: initiatives.map((i) => [i.title, i.id, i.dimension, i.stage]),
    widths: [4, 3, 2, 2],
  } });
  const diagnostics = analysis.diagnostics.filter((d) => d.severity !== 'info');
  if (diagnostics.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Diagnostics' });
    blocks.push({ kind: 'bullets', items: diagnostics.slice(0, 200).map((d) => `${t('line')} ${d.range.line} — ${d.code}${lang === 'fr' ? '\u00a0:' : ':'} ${d.message}`) });
  }

  return {
    lang,
    title: label('roadmapTitle', lang),
    ...(info.title ? { subtitle: info.title } : {}),
    client: info.client,
    ...(info.date ? { isoDate: info.date, dateText: longDate(info.date, lang) } : {}),
    blocks,
    deck: {
      summary,
      radar: {
        labels: json.dimensions.map((d) => dimensionLabel(d.id, lang)),
        series: [{ name: t('today'), values: json.dimensions.map((d) => d.level) }, { name: t('targetSeries'), values: targets }],
      },
      maturity: { ...maturityTable, rows: maturityTable.rows.map(([dimension, level, evidence]) => [dimension!, level!, firstSentence(evidence!)]) },
      timelines: slideTimelines,
      phases: roadmap.phases.map((phase) => ({
        title: phaseTitle(phase.id, phase.title),
        initiatives: phase.initiatives.map((i) => ({
          title: i.title, owner: i.owner, kpi: i.kpi, when: word(i.horizon, lang),
          notes: [i.title, ...i.evidence.map((e) => `• ${e.text}`), ...i.barriers.map((b) => `• ${capitalise(word(b.type, lang))}${b.who ? ` (${b.who})` : ''} → ${b.answer}`)],
        })),
      })),
      segments,
      risks,
      maturityNotes: json.dimensions.map((d) => `${dimensionLabel(d.id, lang)} ${d.level}/5${lang === 'fr' ? '\u00a0:' : ':'} ${d.evidence.map((e) => e.text).join(' · ')}`),
    },
  };
}

function initiativeCard(i: RoadmapInitiative, lang: Language): [string, string][] {
  const rows: [string, string][] = [
    [officeLabel('why', lang), i.evidence.map((e) => e.text).join(' ') || '—'],
    [officeLabel('owner', lang), i.owner],
    [officeLabel('kpi', lang), i.kpi],
    [officeLabel('target', lang), `${dimensionLabel(i.dimension, lang)} ${i.targetLevel}/5`],
    [officeLabel('when', lang), word(i.horizon, lang)],
  ];
  if (i.barriers.length > 0) rows.push([officeLabel('barriers', lang), i.barriers.map((b) => `${capitalise(word(b.type, lang))}${b.who ? ` (${b.who})` : ''} → ${b.answer}`).join(' · ')]);
  return rows;
}

function segmentsTable(engagement: Engagement, lang: Language): OfficeTable {
  const channelName = new Map(engagement.channels.map((c) => [c.id, c.name]));
  return {
    columns: [officeLabel('segment', lang), officeLabel('share', lang), officeLabel('intensity', lang), officeLabel('expects', lang), officeLabel('prefers', lang)],
    rows: engagement.segments.map((s) => [
      s.name,
      s.share === undefined ? '—' : percent(s.share, lang),
      intensityWord(s.digitalIntensity, lang),
      s.expects.map((c) => capabilityPhrase(c, lang).replace(/ \([a-z-]+\)$/, '')).join(', ') || '—',
      s.prefers.map((id) => channelName.get(id) ?? id).join(', ') || '—',
    ]),
    widths: [3, 2, 2, 4, 3],
  };
}

function risksTable(engagement: Engagement, initiatives: RoadmapInitiative[], lang: Language): OfficeTable {
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  return {
    columns: [officeLabel('risk', lang), officeLabel('who', lang), officeLabel('answer', lang)],
    rows: engagement.change.barriers.map((b) => {
      const answering = initiatives.filter((i) => i.barriers.some((a) => a.type === b.type && a.who === b.who));
      const answers = [...new Set(answering.flatMap((i) => i.barriers.filter((a) => a.type === b.type && a.who === b.who).map((a) => a.answer)))];
      const titles = answering.slice(0, 3).map((i) => i.title);
      const more = answering.length - titles.length;
      const where = titles.length === 0 ? '' : `${officeLabel('initiatives', lang)}${colon} ${titles.join(' · ')}${more > 0 ? ` (+${more})` : ''}`;
      return [
        `${capitalise(word(b.type, lang))}${b.note ? ` — ${b.note}` : ''}`,
        b.who ?? '—',
        [answers.join(' '), where].filter(Boolean).join('\n') || '—',
      ];
    }),
    widths: [4, 2, 6],
  };
}

const INTENSITY: Record<string, Record<Language, string>> = {
  traditional: { en: 'rarely digital', fr: 'peu numérique' },
  occasional: { en: 'researches online, buys offline', fr: 'se renseigne en ligne, achète hors ligne' },
  multichannel: { en: 'switches channels within a journey', fr: 'change de canal en cours de parcours' },
  'digital-first': { en: 'expects an end-to-end digital journey', fr: 'attend un parcours entièrement numérique' },
};
const intensityWord = (value: string, lang: Language) => INTENSITY[value]?.[lang] ?? value;
const colonOf = (lang: Language) => (lang === 'fr' ? '\u00a0:' : ':');
const capitalise = (text: string) => (text === '' ? text : text[0]!.toUpperCase() + text.slice(1));
const quote = (text: string, lang: Language) => (lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`);
const firstSentence = (text: string) => (text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, '')}…`);

/** Room around a drawing whose labels run past its edges (the radar's side axes). */
function padSvg(svg: string, margin: number): string {
  const root = /^<svg\b[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"[^>]*>/.exec(svg);
  if (!root) return svg;
  const width = Number(root[1]) + 2 * margin;
  const height = Number(root[2]);
  const inner = svg.slice(root[0].length, svg.lastIndexOf('</svg>'));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><g transform="translate(${margin} 0)">${inner}</g></svg>`;
}
