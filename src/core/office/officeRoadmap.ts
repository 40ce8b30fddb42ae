/**
 * What the Word report and the board deck show, read from the roadmap document's view model
 * (src/core/roadmapDocument, the same object the Markdown and HTML built-ins lay out), so the
 * formats never drift: the report as blocks in the view model's order (the Word writer lays them
 * out one by one) and the deck's pieces (the PowerPoint writer puts each on its slides). Strings
 * come from the view model already localised and typeset; this module adds none of its own but
 * a few labels of officeLabels.ts.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { buildRoadmapDocument } from '../roadmapDocument/buildRoadmapDocument';
import type { DocumentTable, JourneyView } from '../roadmapDocument/roadmapDocument';
import { FACT_LABELS, w } from '../roadmapDocument/documentWords';
import { timelineSvg } from '../roadmapDocument/timelineSvg';
import { timelineView, type TimelineView } from '../roadmapDocument/timelineView';
import type { Language } from '../model/vocabulary';
import { colonOf, officeLabel } from './officeLabels';

export interface OfficeTable {
  columns: string[];
  rows: string[][];
  /** Relative column widths. */
  widths?: number[];
  /** The first column reads as row headers (the matrix). */
  rowHeaders?: boolean;
}

export type OfficeBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean; alert?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; table: OfficeTable }
  | { kind: 'figure'; svg: string; alt: string }
  /** A pair of label and value per row (the facts, an initiative's card). */
  | { kind: 'card'; rows: [string, string][] };

export interface DeckPhase {
  title: string;
  goal: string;
  table: OfficeTable;
  notes: string[];
}

export interface OfficeRoadmap {
  lang: Language;
  title: string;
  subtitle: string;
  client: string;
  /** engagement.date as written (YYYY-MM-DD), for the packages' timestamps. */
  isoDate?: string;
  /** The assessment date in words (« 14 octobre 2026 »), for the header. */
  dateText?: string;
  /** The report, in order. */
  blocks: OfficeBlock[];
  deck: {
    summary: { heading: string; messages: string[]; alerts: string[]; decisionHeading: string; decision: string };
    standingHeading: string;
    /** The native chart's data: one series per assessment (today's levels; the plan's expected levels when it raises some). */
    radar: { labels: string[]; series: { name: string; values: number[] }[] };
    maturityHeading: string;
    maturity: OfficeTable;
    /** The speaker notes of the radar and maturity slides: every level's evidence, with its YAML line. */
    maturityNotes: string[];
    timelineHeading: string;
    /** The timeline's geometry, cut into as many slides as it needs (drawn as PowerPoint shapes). */
    timelines: TimelineView[];
    phases: DeckPhase[];
    segmentsHeading: string;
    segments: OfficeTable;
    risksHeading: string;
    risks: OfficeTable;
  };
}

/** The deck's timeline: at most this many initiatives a slide, so labels stay readable. */
const BARS_PER_SLIDE = 9;
/** The report's timeline: at most this many a page. */
const BARS_PER_PAGE = 18;

export function officeRoadmapOf(analysis: EngagementAnalysis): OfficeRoadmap | undefined {
  // No journey map is drawn: shrunk to a page's width, a map's text prints at 3 to 5 points
  // (unreadable), and drawing and rasterising the maps took most of a report's time
  // (docs/office-documents.md). The report tells each journey and its worst moments in words.
  const doc = buildRoadmapDocument(analysis, analysis.language);
  if (!doc) return undefined;
  const lang = doc.lang;
  const t = (key: Parameters<typeof officeLabel>[0]) => officeLabel(key, lang);
  const date = analysis.engagement?.engagement.date;
  const dateFact = doc.facts.find((fact) => date !== undefined && /\d{4}/.test(fact.value) && fact.value.includes(date.slice(0, 4)));
  const table = (source: DocumentTable, widths?: number[]): OfficeTable => ({ columns: source.headers, rows: source.rows, ...(widths ? { widths } : {}) });

  const blocks: OfficeBlock[] = [];
  const push = (...more: OfficeBlock[]) => blocks.push(...more);
  const paragraph = (text: string, options: { strong?: boolean; alert?: boolean } = {}) => { if (text !== '') push({ kind: 'paragraph', text, ...options }); };

  push({ kind: 'card', rows: [[t('client'), doc.client], ...doc.facts.map((fact): [string, string] => [fact.label, fact.value])] });

  // 1. Executive summary
  push({ kind: 'heading', level: 1, text: doc.summary.heading });
  for (const alert of doc.summary.alerts) paragraph(alert, { alert: true });
  push({ kind: 'bullets', items: doc.summary.messages });
  push({ kind: 'heading', level: 2, text: doc.summary.decisionHeading });
  paragraph(doc.summary.decision);

  // 2. Where the client stands
  push({ kind: 'heading', level: 1, text: doc.standing.heading });
  paragraph(doc.standing.overall);
  push({ kind: 'figure', svg: doc.drawings.radar, alt: doc.standing.radar.title });
  push({ kind: 'table', table: { columns: [...doc.standing.headers], rows: doc.standing.dimensions.map((d) => [d.name, d.levelText, d.sentence]), widths: [3, 1.2, 8] } });

  // 3. What the customers live
  if (doc.journeys.journeys.length > 0) {
    push({ kind: 'heading', level: 1, text: doc.journeys.heading });
    paragraph(doc.journeys.intro);
    for (const journey of doc.journeys.journeys) pushJourney(push, paragraph, journey, 2);
    paragraph(doc.journeys.notDrawn);
  }

  // 4. Segments
  push({ kind: 'heading', level: 1, text: doc.segments.heading });
  for (const segment of doc.segments.segments) {
    push({ kind: 'heading', level: 2, text: segment.name });
    paragraph(segment.profile);
    paragraph(segment.expectations);
    paragraph(segment.lived);
    if (segment.initiatives.length > 0) {
      paragraph(doc.segments.initiativesLabel, { strong: true });
      push({ kind: 'bullets', items: segment.initiatives });
    }
  }

  // 5. Impact × effort matrix: a real 2 × 2 table
  const [quickWins, majorProjects, fillIns, reconsider] = doc.matrix.quadrants;
  const quadrantText = (q: typeof quickWins) => [q.title, q.hint, ...q.items.map((item) => `• ${item.title}`)].filter(Boolean).join('\n');
  push({ kind: 'heading', level: 1, text: doc.matrix.heading });
  paragraph(doc.matrix.intro);
  push({ kind: 'table', table: {
    columns: ['', doc.matrix.axes.lowEffort, doc.matrix.axes.highEffort],
    rows: [[doc.matrix.axes.highImpact, quadrantText(quickWins), quadrantText(majorProjects)], [doc.matrix.axes.lowImpact, quadrantText(fillIns), quadrantText(reconsider)]],
    widths: [1.6, 5, 5], rowHeaders: true,
  } });

  // 6. The dated roadmap
  push({ kind: 'heading', level: 1, text: doc.plan.heading });
  paragraph(doc.plan.intro);
  for (const view of timelineSlices(doc.plan.timeline, BARS_PER_PAGE)) push({ kind: 'figure', svg: timelineSvg(view), alt: doc.plan.timeline.title });
  push({ kind: 'table', table: table(doc.plan.table, [2, 5, 2.4, 2.4, 2.4]) });
  paragraph(doc.plan.backlog);

  // 7. One card per initiative
  push({ kind: 'heading', level: 1, text: doc.cards.heading });
  for (const phase of doc.cards.phases) {
    push({ kind: 'heading', level: 2, text: phase.heading });
    paragraph(phase.goal, { strong: true });
    for (const card of phase.cards) {
      push({ kind: 'heading', level: 3, text: card.badge ? `${card.title} — ${card.badge}` : card.title });
      paragraph(card.why);
      push({ kind: 'card', rows: card.facts.map((fact): [string, string] => [fact.label, fact.value]) });
      if (card.kpis.length > 0) push({ kind: 'table', table: { columns: [...doc.cards.kpiHeaders], rows: card.kpis.map((k) => [k.name, k.baseline, k.target, k.due]), widths: [4, 3, 3, 2] } });
    }
  }

  // 8. Governance, 9. risks
  push({ kind: 'heading', level: 1, text: doc.governance.heading });
  for (const text of doc.governance.paragraphs) paragraph(text);
  if (doc.governance.table.rows.length > 0) push({ kind: 'table', table: table(doc.governance.table) });
  push({ kind: 'heading', level: 1, text: doc.risks.heading });
  paragraph(doc.risks.intro);
  if (doc.risks.table.rows.length > 0) push({ kind: 'table', table: table(doc.risks.table, [3, 5, 5]) });

  // 10. Target journeys beside their current ones
  if (doc.targets.pairs.length > 0) {
    push({ kind: 'heading', level: 1, text: doc.targets.heading });
    for (const pair of doc.targets.pairs) {
      push({ kind: 'heading', level: 2, text: `${pair.current.name} → ${pair.target.name}` });
      paragraph(pair.change);
      pushJourney(push, paragraph, pair.current, 3);
      pushJourney(push, paragraph, pair.target, 3);
    }
  }

  // 11. Annex, for the consultant
  const annex = doc.annex;
  push({ kind: 'heading', level: 1, text: annex.heading });
  paragraph(annex.intro);
  push({ kind: 'heading', level: 2, text: annex.scoringHeading }, { kind: 'table', table: table(annex.scoring) });
  push({ kind: 'heading', level: 2, text: annex.evidenceHeading });
  push({ kind: 'table', table: {
    columns: [doc.standing.headers[0], t('evidence'), t('where')],
    rows: annex.dimensions.flatMap((d) => d.evidence.map((e, i) => [i === 0 ? `${d.name} (${d.level}/5, ${d.source})` : '', e.text, e.where])),
    widths: [3, 7, 2],
  } });
  push({ kind: 'heading', level: 2, text: annex.initiativesHeading }, { kind: 'table', table: table(annex.initiatives) });
  if (annex.diagnostics.rows.length > 0) {
    push({ kind: 'heading', level: 2, text: annex.diagnosticsHeading }, { kind: 'table', table: table(annex.diagnostics) });
    paragraph(annex.diagnosticsMore);
  }

  // The deck
  const levels = doc.standing.dimensions.map((d) => d.level);
  const expected = doc.standing.dimensions.map((d, i) => Math.max(levels[i]!, ...plannedTargets(analysis, d.id)));
  const series = [{ name: t('today'), values: levels }];
  if (expected.some((value, i) => value !== levels[i])) series.push({ name: w(FACT_LABELS.target, lang), values: expected });
  const phases = doc.cards.phases.map((phase): DeckPhase => {
    const factLabels = phase.cards[0]?.facts.slice(0, 2).map((fact) => fact.label) ?? [];
    return {
      title: phase.heading,
      goal: phase.goal,
      table: {
        columns: [t('initiative'), ...factLabels, t('kpi')],
        rows: phase.cards.map((card) => [
          card.badge ? `${card.title} — ${card.badge}` : card.title,
          ...factLabels.map((_, i) => card.facts[i]?.value ?? ''),
          card.kpis.map((k) => `${k.name}${colonOf(lang)} ${k.baseline} → ${k.target}`).join('\n'),
        ]),
        widths: [5, ...factLabels.map(() => 2.5), 4],
      },
      notes: phase.cards.map((card) => [card.title, card.why, ...card.facts.map((fact) => `${fact.label}${colonOf(lang)} ${fact.value}`)].filter(Boolean).join('\n')),
    };
  });

  return {
    lang,
    title: doc.title,
    subtitle: doc.subtitle,
    client: doc.client,
    ...(date ? { isoDate: date } : {}),
    ...(dateFact ? { dateText: dateFact.value } : {}),
    blocks,
    deck: {
      summary: doc.summary,
      standingHeading: doc.standing.heading,
      radar: { labels: doc.standing.dimensions.map((d) => d.name), series },
      maturityHeading: doc.standing.heading,
      maturity: { columns: [...doc.standing.headers], rows: doc.standing.dimensions.map((d) => [d.name, d.levelText, d.sentence]), widths: [3, 1.2, 9] },
      maturityNotes: annex.dimensions.map((d) => `${d.name} ${d.level}/5 (${d.source})${colonOf(lang)} ${d.evidence.map((e) => `${e.text}${e.where ? ` [${e.where}]` : ''}`).join(' · ')}`),
      timelineHeading: doc.plan.heading,
      timelines: timelineSlices(doc.plan.timeline, BARS_PER_SLIDE),
      phases,
      segmentsHeading: doc.segments.heading,
      segments: {
        columns: [officeLabel('segment', lang), officeLabel('profile', lang), officeLabel('expects', lang), doc.segments.initiativesLabel],
        rows: doc.segments.segments.map((s) => [s.name, s.profile, s.expectations, s.initiatives.join('\n')]),
        widths: [2.2, 4, 4, 4],
      },
      risksHeading: doc.risks.heading,
      risks: table(doc.risks.table, [3, 5, 5]),
    },
  };
}

function pushJourney(push: (...blocks: OfficeBlock[]) => void, paragraph: (text: string) => void, journey: JourneyView, level: 2 | 3): void {
  push({ kind: 'heading', level, text: journey.name });
  paragraph(journey.summary);
  if (journey.worstMoments.length > 0) {
    push({ kind: 'bullets', items: journey.worstMoments.map((m) => [`${m.where} — ${m.action}`, m.quote, m.feeling ? `(${m.feeling})` : ''].filter(Boolean).join(' ')) });
  }
}

/** The levels the plan's initiatives expect for a dimension (the analysis's roadmap: the one model). */
function plannedTargets(analysis: EngagementAnalysis, dimension: string): number[] {
  return (analysis.roadmap?.phases ?? []).flatMap((phase) => phase.initiatives)
    .filter((i) => i.dimension === dimension && typeof i.targetLevel === 'number')
    .map((i) => i.targetLevel as number);
}

/**
 * The timeline whole, or cut when it has more initiatives than a page or a slide shows readably:
 * the same geometry (timelineView) over a slice of the bars, on the same months.
 */
function timelineSlices(view: TimelineView, perPicture: number): TimelineView[] {
  if (view.bars.length <= perPicture) return [view];
  const tickText = new Map(view.ticks.map((tick) => [tick.month, tick.lines.join(' ')]));
  const pictures: TimelineView[] = [];
  // Even slices: 20 bars on 9 a slide make 7 + 7 + 6, not 9 + 9 + 2.
  const size = Math.ceil(view.bars.length / Math.ceil(view.bars.length / perPicture));
  for (let start = 0; start < view.bars.length; start += size) {
    const bars = view.bars.slice(start, start + size);
    // Arrows only between bars of the same picture.
    const ids = new Set(bars.map((b) => b.id));
    const inputs = bars.map((b) => ({
      id: b.id, title: b.title, phaseId: b.phaseId, startMonth: b.startMonth, endMonth: b.endMonth, quickWin: b.quickWin,
      // The work and its follow-up stay told apart on every slice.
      ...(b.workEndMonth !== undefined ? { workEndMonth: b.workEndMonth } : {}),
      dependsOn: b.dependsOn.filter((d) => ids.has(d)), windowText: b.windowText,
    }));
    const phases = view.phases.map((p) => ({ id: p.id, name: p.name, startMonth: p.startMonth, endMonth: p.endMonth }));
    pictures.push(timelineView(view.title, phases, inputs, (month) => tickText.get(month) ?? ''));
  }
  return pictures;
}
