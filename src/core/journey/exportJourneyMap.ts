/**
 * The journey-map exports as pure functions: the "Export Journey Map…" command, `cxm journey` and
 * the roadmap's HTML report all call these, so they draw exactly what the webview shows. The SVG
 * and HTML are written as they are drawn (drawJourneyMap into a MarkupWriter), in chunks: a
 * 50,000-step journey never exists as a tree of a million nodes, nor as one 50 MB string unless
 * the caller joins it.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { journeyMapLabels } from './journeyMapLabels';
import { journeyMapModel, mapJourneyIds, type JourneyMapModel } from './journeyMapModel';
import { JOURNEY_MAP_CSS } from './journeyMapStyle';
import { mermaidJourney } from './mermaidJourney';
import { MarkupWriter, escapeAttribute, escapeText } from './markupWriter';
import { drawJourneyMap, prepareJourneyMap, type PreparedJourneyMap } from './renderJourneyMap';

export type JourneyExportFormat = 'html' | 'svg' | 'mermaid';

export interface JourneyExportOptions {
  /** Without it, every journey of the engagement in one document. */
  journeyId?: string;
  format: JourneyExportFormat;
}

/** The ids of the engagement's journeys, in file order; empty when the schema did not pass. */
export function journeyIds(analysis: EngagementAnalysis): string[] {
  return mapJourneyIds(analysis);
}

export interface ExportJourneyChoice {
  /** Undefined for "all journeys". */
  id?: string;
  name: string;
  state?: 'current' | 'target';
  onScreen: boolean;
  count: number;
}

/**
 * What "Export Journey Map…" offers, in order: the journey on screen first (by name), then all
 * journeys, then the others in file order.
 */
export function exportJourneyChoices(analysis: EngagementAnalysis, onScreen: string | undefined): ExportJourneyChoice[] {
  const journeys = (analysis.engagement?.journeys ?? []).filter((journey, index, all) => all.findIndex((j) => j.id === journey.id) === index);
  const count = journeys.length;
  const choices = journeys.map((journey): ExportJourneyChoice => ({ id: journey.id, name: journey.name, state: journey.state, onScreen: journey.id === onScreen, count }));
  const shown = choices.filter((choice) => choice.onScreen);
  return [...shown, { name: '', onScreen: false, count }, ...choices.filter((choice) => !choice.onScreen)];
}

/** One journey as a standalone SVG document (no script, nothing loaded from outside). */
export function renderJourneySvg(analysis: EngagementAnalysis, journeyId: string): string {
  const writer = new MarkupWriter();
  drawJourneyMap(writer, prepareJourneyMap(journeyMapModel(analysis, journeyId), { standalone: true, fullText: true }));
  return writer.finish().join('');
}

/** Throws when `journeyId` is not a journey of the engagement, or the engagement is missing. */
export function exportJourneyMap(analysis: EngagementAnalysis, options: JourneyExportOptions): string {
  return exportJourneyMapChunks(analysis, options).join('');
}

/**
 * The export as chunks of text (tens of kilobytes each) that, joined, are exportJourneyMap's
 * document.
 */
export function exportJourneyMapChunks(analysis: EngagementAnalysis, options: JourneyExportOptions): string[] {
  const chunks: string[] = [];
  prepareJourneyMapExport(analysis, options).write((chunk) => chunks.push(chunk));
  return chunks;
}

/**
 * An export ready to be written: its maps are modelled and laid out (whatever can fail has failed
 * here), their text is made as it is written.
 */
export interface JourneyMapExport {
  /**
   * Hands the document to `sink` chunk by chunk, in order, as it is drawn (a file being written):
   * no chunk need outlive its writing, so a 50,000-step map costs the memory of its model, not of
   * its 50 MB of text. Can be called again: it draws again.
   */
  write(sink: (chunk: string) => void): void;
}

/** Throws what exportJourneyMap throws. */
export function prepareJourneyMapExport(analysis: EngagementAnalysis, options: JourneyExportOptions): JourneyMapExport {
  if (!analysis.engagement) throw new Error('The engagement did not pass the schema: no journey map can be exported.');
  const ids = options.journeyId === undefined ? journeyIds(analysis) : [options.journeyId];
  const models = ids.map((id) => journeyMapModel(analysis, id));
  if (options.format === 'mermaid') {
    const text = `${withTargets(models, analysis, options.journeyId).map((model) => mermaidJourney(model)).join('\n\n')}\n`;
    return { write: (sink) => sink(text) };
  }
  // Printed pages have no tooltip: every word of every card is wrapped in full.
  const maps = models.map((model) => prepareJourneyMap(model, { standalone: options.format === 'svg' && models.length === 1, fullText: true }));
  const format = options.format;
  return {
    write(sink) {
      const writer = new MarkupWriter(sink);
      if (format === 'svg') writeStackedSvg(writer, maps, analysis);
      else writeHtmlPage(writer, maps, analysis);
      writer.finish();
    },
  };
}

/**
 * Mermaid's journey diagram holds one curve: a current journey exported alone is followed by its
 * target's block, so the to-be journey travels with it (the HTML and SVG overlay both curves).
 */
function withTargets(models: JourneyMapModel[], analysis: EngagementAnalysis, journeyId: string | undefined): JourneyMapModel[] {
  if (journeyId === undefined) return models;
  const [model] = models;
  if (!model || model.state !== 'current' || model.comparison?.state !== 'target') return models;
  return [model, journeyMapModel(analysis, model.comparison.journeyId)];
}

const STACK_GAP = 24;

/**
 * One map alone is its own standalone SVG (prepared so); several stand one under the other in one
 * SVG file, with the stylesheet once.
 */
function writeStackedSvg(writer: MarkupWriter, maps: PreparedJourneyMap[], analysis: EngagementAnalysis): void {
  if (maps.length === 1) {
    drawJourneyMap(writer, maps[0]!);
    writer.raw('\n');
    return;
  }
  let y = 0;
  let width = 0;
  const tops = maps.map((map) => {
    const top = y;
    y += map.layout.height + STACK_GAP;
    width = Math.max(width, map.layout.width);
    return top;
  });
  const height = Math.max(0, y - STACK_GAP);
  writer.open('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${Math.max(width, 480)} ${Math.max(height, 48)}`,
    width: Math.max(width, 480),
    height: Math.max(height, 48),
  });
  writer.text('style', {}, JOURNEY_MAP_CSS);
  maps.forEach((map, index) => drawJourneyMap(writer, map, { x: 0, y: tops[index] }));
  if (maps.length === 0) writer.text('text', { x: 16, y: 32, class: 'cxm-journey-map' }, journeyMapLabels(analysis.language).noJourney);
  writer.close();
  writer.raw('\n');
}

const PAGE_CSS = `
@page { size: A4 landscape; margin: 10mm; }
html { background: #ffffff; color: #1f1f1f; }
h1 { font-size: 20px; margin: 0 0 12px; }
body { margin: 16px; font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
.journey { margin: 0 0 24px; overflow-x: auto; }
@media print {
  body { margin: 0; }
  .journey { overflow: visible; break-inside: avoid; }
  .journey + .journey { break-before: page; }
  .journey svg { width: 100%; height: auto; max-height: 185mm; }
}
`;

/** A self-contained page: inline CSS, no script, and a CSP that forbids loading anything. */
function writeHtmlPage(writer: MarkupWriter, maps: PreparedJourneyMap[], analysis: EngagementAnalysis): void {
  const labels = journeyMapLabels(analysis.language);
  const title = analysis.engagement!.engagement.title ?? analysis.engagement!.engagement.client;
  writer.raw([
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(analysis.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>${PAGE_CSS}${JOURNEY_MAP_CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeText(title)}</h1>`,
    '',
  ].join('\n'));
  if (maps.length === 0) writer.raw(`<p>${escapeText(labels.noJourney)}</p>`);
  maps.forEach((map, index) => {
    writer.raw(index === 0 ? '<section class="journey">' : '\n<section class="journey">');
    drawJourneyMap(writer, map);
    writer.raw('</section>');
  });
  writer.raw('\n</body>\n</html>\n');
}
