/**
 * The dated roadmap as geometry: months across, one row per initiative (its bar from its start to
 * its end month), the phases as bands above, dependencies as arrows from the end of one bar to the
 * start of the next. Labels are wrapped into the label column and the phase bands, and every row is
 * as tall as its label: nothing is clipped. `timelineSvg` draws it.
 */
import { textWidth, wrapText } from './wrapText';

export interface TimelinePhaseInput { id: string; name: string; startMonth: number; endMonth: number }
export interface TimelineBarInput {
  id: string;
  title: string;
  phaseId: string;
  startMonth: number;
  /** The end of the work; the bar goes on, lighter, to `endMonth` (the follow-up). Default: `endMonth`. */
  workEndMonth?: number;
  endMonth: number;
  quickWin: boolean;
  dependsOn: string[];
  /** « mois 0 à 2 », shown as the bar's tooltip. */
  windowText: string;
}

export interface TimelinePhaseBand extends TimelinePhaseInput { x: number; width: number; lines: string[] }
export interface TimelineBar extends TimelineBarInput {
  /** The label lines in the left column, and the row's top and height. */
  lines: string[];
  rowY: number;
  rowHeight: number;
  x: number;
  width: number;
  /** The width of the work part (the rest of the bar is the follow-up). */
  workWidth: number;
  /** The bar's own vertical position (centred in the row). */
  barY: number;
}
export interface TimelineTick { month: number; x: number; lines: string[] }
export interface TimelineArrow { from: string; to: string; path: string }

export interface TimelineView {
  title: string;
  months: number;
  width: number;
  height: number;
  labelWidth: number;
  chartX: number;
  chartWidth: number;
  monthWidth: number;
  fontSize: number;
  lineHeight: number;
  bandY: number;
  bandHeight: number;
  tickY: number;
  phases: TimelinePhaseBand[];
  ticks: TimelineTick[];
  bars: TimelineBar[];
  dependencies: TimelineArrow[];
}

const FONT = 12;
const LINE = 15;
const LABEL_WIDTH = 250;
/** Where the labels start: a little room for glyphs that overhang their origin. */
export const LABEL_X = 3;
const GAP = 14;
const RIGHT_MARGIN = 12;
const CHART_WIDTH = 560;
const BAR_HEIGHT = 14;
const ROW_PADDING = 8;
const r1 = (n: number) => Math.round(n * 10) / 10;

export function timelineView(
  title: string, phases: readonly TimelinePhaseInput[], bars: readonly TimelineBarInput[], tickLabel: (month: number) => string,
): TimelineView {
  const months = Math.max(1, ...phases.map((p) => p.endMonth), ...bars.map((b) => b.endMonth));
  const chartX = LABEL_WIDTH + GAP;
  // Wide enough for every phase name to wrap between words inside its band (a short phase in a
  // long plan), up to twice the usual width; past that a word is cut with a hyphen, never clipped.
  const needed = Math.max(0, ...phases.map((p) => (longestWord(p.name, FONT - 1) + 10) / Math.max(0.5, p.endMonth - p.startMonth)));
  const chartWidth = Math.min(CHART_WIDTH * 2, Math.max(CHART_WIDTH, Math.ceil(needed * months)));
  const monthWidth = chartWidth / months;
  const xOf = (month: number) => r1(chartX + month * monthWidth);

  const bandLines = phases.map((p) => wrapText(p.name, Math.max(24, (p.endMonth - p.startMonth) * monthWidth - 8), FONT - 1));
  const bandHeight = Math.max(...bandLines.map((l) => l.length), 1) * (LINE - 1) + 10;
  const bandY = 0;
  const step = months <= 12 ? 1 : months <= 24 ? 3 : 6;
  const tickEvery = Math.max(step, Math.ceil(textWidthOfTicks(months, tickLabel) / monthWidth / step) * step);
  const ticks: TimelineTick[] = [];
  // The end of the last month gets no label: it would run past the chart.
  for (let m = 0; m < months; m += tickEvery) {
    // A label has the room up to the next tick (the last one: up to the drawing's edge); a tick
    // whose label would not fit there between words is left unlabelled rather than clipped.
    const room = (Math.min(m + tickEvery, months) - m) * monthWidth + (m + tickEvery >= months ? RIGHT_MARGIN : 0) - 4;
    const label = tickLabel(m);
    const fits = longestWord(label, FONT - 2) <= room;
    ticks.push({ month: m, x: xOf(m), lines: fits ? wrapText(label, room, FONT - 2) : [] });
  }
  const tickY = bandY + bandHeight + 4;
  const tickHeight = Math.max(...ticks.map((t) => t.lines.length)) * (LINE - 3) + 6;

  let y = tickY + tickHeight + 4;
  const placed: TimelineBar[] = bars.map((b) => {
    const lines = wrapText(b.title, LABEL_WIDTH - LABEL_X * 2, FONT);
    const rowHeight = Math.max(BAR_HEIGHT + ROW_PADDING * 2, lines.length * LINE + ROW_PADDING);
    const bar: TimelineBar = {
      ...b, lines, rowY: y, rowHeight,
      x: xOf(b.startMonth), width: r1(Math.max(4, (b.endMonth - b.startMonth) * monthWidth)),
      workWidth: r1(Math.max(4, (Math.min(b.endMonth, b.workEndMonth ?? b.endMonth) - b.startMonth) * monthWidth)),
      barY: r1(y + (rowHeight - BAR_HEIGHT) / 2),
    };
    y += rowHeight;
    return bar;
  });
  const byId = new Map(placed.map((b) => [b.id, b]));
  const dependencies: TimelineArrow[] = [];
  for (const bar of placed) {
    for (const dep of bar.dependsOn) {
      const from = byId.get(dep);
      if (!from) continue;
      const x1 = r1(from.x + from.workWidth);
      const y1 = r1(from.barY + BAR_HEIGHT / 2);
      const x2 = bar.x;
      const y2 = r1(bar.barY + BAR_HEIGHT / 2);
      // An elbow: out of the dependency's end, down (or up) to the row, into the dependent's start.
      const bend = r1(Math.max(x1 + 6, Math.min(x2 - 6, x1 + 6)));
      const path = x2 - 6 >= x1 + 6
        ? `M${x1},${y1} H${bend} V${y2} H${x2}`
        : `M${x1},${y1} h6 V${r1((y1 + y2) / 2)} H${r1(x2 - 6)} V${y2} H${x2}`;
      dependencies.push({ from: dep, to: bar.id, path });
    }
  }
  return {
    title, months, width: chartX + chartWidth + RIGHT_MARGIN, height: Math.ceil(y + 6), labelWidth: LABEL_WIDTH, chartX, chartWidth,
    monthWidth: r1(monthWidth), fontSize: FONT, lineHeight: LINE, bandY, bandHeight, tickY,
    phases: phases.map((p, i) => ({ ...p, x: xOf(p.startMonth), width: r1((p.endMonth - p.startMonth) * monthWidth), lines: bandLines[i]! })),
    ticks, bars: placed, dependencies,
  };
}

function longestWord(text: string, fontSize: number): number {
  return Math.max(0, ...text.split(/[ \t\r\n]+/).map((word) => textWidth(word, fontSize)));
}

function textWidthOfTicks(months: number, tickLabel: (month: number) => string): number {
  let widest = 0;
  for (let m = 0; m <= months; m++) widest = Math.max(widest, textWidth(tickLabel(m), FONT - 2));
  return Math.min(widest, 90) + 6;
}
