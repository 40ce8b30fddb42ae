/**
 * The board deck (pptxgenjs): title, executive summary, the radar as a native radar chart whose
 * data PowerPoint edits (one series per assessment: today's levels and the expected ones), the
 * maturity table, the timeline (PowerPoint shapes), one slide per phase, the segments and the risks; the speaker notes carry the
 * evidence. With a firm's reference deck: its theme fonts, colours and logo on every slide.
 */
import PptxGenJS from 'pptxgenjs';
import type { OfficeRoadmap, OfficeTable } from '../officeRoadmap';
import { languageTag, officeLabel } from '../officeLabels';
import { addTimelineShapes } from './timelineShapes';
import { DEFAULT_ACCENT, DEFAULT_DARK, type Brand } from '../reference/brand';
import { normaliseOfficePackage } from '../zip/officeZip';

const W = 13.333;
const H = 7.5;
const EMU_PER_INCH = 914400;
const MASTER = 'CXM_CONTENT';
const MARGIN = 0.5;

type Slide = ReturnType<PptxGenJS['addSlide']>;

export async function writeRoadmapPptx(model: OfficeRoadmap, brand: Brand = {}): Promise<Uint8Array> {
  const accent = brand.accent ?? DEFAULT_ACCENT;
  const dark = brand.dark ?? DEFAULT_DARK;
  const headFont = brand.headingFont ?? 'Calibri';
  const bodyFont = brand.bodyFont ?? 'Calibri';
  const lang = languageTag(model.lang);
  const t = (key: Parameters<typeof officeLabel>[0]) => officeLabel(key, model.lang);

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'CX Maturity Toolkit';
  // Not the client's name: pptxgenjs writes `company` into docProps/app.xml without escaping it.
  pptx.company = 'CX Maturity Toolkit';
  pptx.title = `${model.title} — ${model.client}`;
  pptx.subject = model.subtitle || model.title;
  pptx.theme = { headFontFace: headFont, bodyFontFace: bodyFont };

  const logo = brand.pptx?.logo;
  const logoObject = logo
    ? [{ image: { data: dataUri(logo.data, logo.type), x: inches(logo.xEmu ?? (W - 1.6) * EMU_PER_INCH), y: inches(logo.yEmu ?? 0.25 * EMU_PER_INCH), w: inches(logo.widthEmu), h: inches(logo.heightEmu) } }]
    : [];
  const footer = [model.client, model.dateText].filter(Boolean).join(' · ');
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: accent } } },
      { text: { text: footer, options: { x: MARGIN, y: H - 0.45, w: 8, h: 0.3, fontSize: 10, color: '777777', fontFace: bodyFont } } },
      ...logoObject,
    ],
    slideNumber: { x: W - 1.0, y: H - 0.45, w: 0.6, h: 0.3, fontSize: 10, color: '777777', fontFace: bodyFont },
  });

  const titled = (title: string): Slide => {
    const slide = pptx.addSlide({ masterName: MASTER });
    slide.addText(title, { x: MARGIN, y: 0.3, w: W - 2 * MARGIN - (logo ? 1.6 : 0), h: 0.8, fontSize: 26, bold: true, color: dark, fontFace: headFont, lang, valign: 'middle' });
    return slide;
  };
  const tableRows = (table: OfficeTable) => [
    table.columns.map((text) => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: accent } } })),
    ...table.rows.map((row, r) => row.map((text) => ({ text, options: r % 2 === 1 ? { fill: { color: 'F2F6F9' } } : {} }))),
  ];
  /**
   * A table on as many slides as its rows need (pptxgenjs's own auto-paging stretches rows): rows
   * are measured by their longest cell, and each slide repeats the header.
   */
  const addTableSlides = (title: string, table: OfficeTable, fontSize = 12, notes?: string, lead?: string): Slide[] => {
    const width = W - 2 * MARGIN;
    const weights = table.widths ?? table.columns.map(() => 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const colW = weights.map((w) => (width * w) / total);
    const top = lead ? 1.75 : 1.3;
    const pages = paginate(table, colW, fontSize, H - top - 0.75);
    return pages.map((rows, index) => {
      const slide = titled(pages.length > 1 && index > 0 ? `${title} (${t('continued')})` : title);
      if (lead) slide.addText(lead, { x: MARGIN, y: 1.15, w: width, h: 0.45, fontSize: 15, italic: true, color: accent, fontFace: bodyFont, lang });
      slide.addTable(tableRows({ ...table, rows }), {
        x: MARGIN, y: top, w: width, colW, fontSize, fontFace: bodyFont, color: '222222',
        border: { type: 'solid', pt: 0.5, color: 'BFBFBF' }, valign: 'top', margin: 0.05, lang,
      });
      if (notes) slide.addNotes(notes);
      return slide;
    });
  };

  // 1. Title
  const cover = pptx.addSlide({ masterName: MASTER });
  cover.addShape('rect', { x: 0, y: 2.2, w: 0.25, h: 2.6, fill: { color: accent }, line: { color: accent } });
  cover.addText(model.client, { x: 0.8, y: 1.9, w: W - 2, h: 0.8, fontSize: 20, color: accent, bold: true, fontFace: headFont, lang });
  cover.addText(model.title, { x: 0.8, y: 2.7, w: W - 2, h: 1.6, fontSize: 34, bold: true, color: dark, fontFace: headFont, lang, valign: 'top' });
  const coverLines = [model.subtitle, model.dateText].filter((line): line is string => Boolean(line));
  if (coverLines.length > 0) cover.addText(coverLines.join('\n'), { x: 0.8, y: 4.4, w: W - 2, h: 1, fontSize: 18, color: '555555', fontFace: bodyFont, lang });

  // 2. Executive summary: the key messages, the alerts, the decision asked of the board
  const deck = model.deck;
  const summary = titled(deck.summary.heading);
  summary.addText([
    ...deck.summary.alerts.map((text) => ({ text, options: { bold: true, color: 'C0392B', breakLine: true, paraSpaceAfter: 8 } })),
    ...deck.summary.messages.map((text) => ({ text, options: { bullet: true, breakLine: true, paraSpaceAfter: 10 } })),
    { text: deck.summary.decisionHeading, options: { bold: true, color: accent, breakLine: true, paraSpaceBefore: 6 } },
    { text: deck.summary.decision, options: { breakLine: true } },
  ], { x: MARGIN, y: 1.25, w: W - 2 * MARGIN, h: H - 2.0, fontSize: 16, color: '222222', fontFace: bodyFont, valign: 'top', fit: 'shrink', lang });

  // 3. Radar: a native chart, its data editable in PowerPoint (one series per assessment).
  const radar = titled(deck.standingHeading);
  radar.addChart(pptx.ChartType.radar, deck.radar.series.map((series) => ({ name: series.name, labels: deck.radar.labels, values: series.values })), {
    x: MARGIN, y: 1.2, w: W - 2 * MARGIN, h: H - 1.9, radarStyle: 'marker', chartColors: [accent, brand.accent2 ?? 'C0392B'],
    showLegend: true, legendPos: 'b', legendFontSize: 12, catAxisLabelFontSize: 12, catAxisLabelFontFace: bodyFont, legendFontFace: bodyFont,
    valAxisMinVal: 0, valAxisMaxVal: 5, valAxisMajorUnit: 1, valAxisLabelFontSize: 9, lineSize: 2, lineDataSymbolSize: 7,
  });
  radar.addNotes(deck.maturityNotes.join('\n'));

  // 4. The maturity table, the evidence in the notes
  addTableSlides(deck.maturityHeading, deck.maturity, 11, deck.maturityNotes.join('\n'));

  // 5. Timeline: PowerPoint shapes drawn from the document's own geometry, as many slides as it needs
  deck.timelines.forEach((view, index, all) => {
    const slide = titled(all.length > 1 ? `${deck.timelineHeading} (${index + 1}/${all.length})` : deck.timelineHeading);
    addTimelineShapes(slide, view, { x: MARGIN, y: 1.25, w: W - 2 * MARGIN, h: H - 2.0 }, bodyFont, lang);
  });

  // 6. One slide per phase (more when its initiatives need them), the evidence in the notes
  for (const phase of deck.phases) {
    addTableSlides(phase.title, phase.table, 12, phase.notes.join('\n\n') || phase.goal, phase.goal);
  }

  // 7. Segments, 8. Risks
  addTableSlides(deck.segmentsHeading, deck.segments, 12);
  if (deck.risks.rows.length > 0) addTableSlides(deck.risksHeading, deck.risks, 12);

  const written = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return normaliseOfficePackage(written, { isoDate: model.isoDate });
}

const inches = (emu: number) => emu / EMU_PER_INCH;

/** Rows per slide: a cell's lines from its length and its column's width (about half an em a character). */
function paginate(table: OfficeTable, colW: number[], fontSize: number, height: number): string[][][] {
  const lineHeight = (fontSize * 1.25) / 72;
  const rowHeight = (row: string[]) => {
    const lines = Math.max(1, ...row.map((text, i) => text.split('\n').reduce((sum, part) =>
      sum + Math.max(1, Math.ceil(part.length / Math.max(4, ((colW[i]! - 0.1) * 72) / (fontSize * 0.5)))), 0)));
    return lines * lineHeight + 0.12;
  };
  const room = height - rowHeight(table.columns);
  const pages: string[][][] = [];
  let current: string[][] = [];
  let used = 0;
  for (const row of table.rows) {
    const needed = rowHeight(row);
    if (current.length > 0 && used + needed > room) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(row);
    used += needed;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

function dataUri(bytes: Uint8Array, type: string): string {
  const mime = type === 'jpg' ? 'jpeg' : type;
  return `image/${mime};base64,${base64(bytes)}`;
}

function base64(bytes: Uint8Array): string {
  // Buffer would tie the core to Node; btoa over chunks works in any JavaScript host.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
