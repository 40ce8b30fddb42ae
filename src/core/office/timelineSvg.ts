/**
 * The dated roadmap as a picture for Office documents: one band per phase, one bar per initiative
 * over its months. Labels that do not fit wrap onto more lines (nothing is clipped). Plain SVG with
 * inline attributes, rasterised by resvg.
 */
import { escapeAttribute, escapeText } from '../journey/virtualTree';
import { wrapText } from '../journey/wrapText';

export interface TimelineRow {
  phase: string;
  bars: { id: string; label: string; startMonth: number; endMonth: number; emphasis?: boolean }[];
}

const WIDTH = 900;
const LABEL_WIDTH = 170;
const LINE = 14;
const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

export function timelineSvg(rows: readonly TimelineRow[], monthsWord: string, title: string, span?: number): string {
  const months = span ?? monthsSpan(rows);
  const step = months <= 12 ? 3 : 6;
  const plot = WIDTH - LABEL_WIDTH - 24;
  const x = (month: number) => LABEL_WIDTH + (plot * Math.min(months, Math.max(0, month))) / months;
  const bands: string[] = [];
  const marks: string[] = [];
  let y = 34;
  rows.forEach((row, r) => {
    const top = y;
    const phaseLines = wrapText(row.phase, 24, 8);
    let cursor = y + 6;
    for (const bar of row.bars) {
      const left = x(bar.startMonth) + 2;
      const width = Math.max(10, x(Math.max(bar.endMonth, bar.startMonth + 0.5)) - left - 2);
      // The label wraps inside its bar; a bar too short for words has it on its right, in dark ink.
      const inside = width >= 90;
      const textWidth = inside ? width - 12 : Math.max(120, WIDTH - 8 - (left + width + 6));
      const lines = wrapText(bar.label, Math.max(8, Math.floor(textWidth / 6.3)), 20);
      const height = lines.length * LINE + 8;
      marks.push(`<g data-initiative="${escapeAttribute(bar.id)}"><rect x="${fmt(left)}" y="${cursor}" width="${fmt(width)}" height="${height}" rx="3" fill="${bar.emphasis ? '#c0392b' : '#2a7ab0'}"/>`);
      const textX = inside ? left + 6 : left + width + 6;
      lines.forEach((line, i) => marks.push(`<text x="${fmt(textX)}" y="${cursor + 14 + i * LINE}" font-size="11.5" font-family="sans-serif" fill="${inside ? '#ffffff' : '#1d3b53'}">${escapeText(line)}</text>`));
      marks.push('</g>');
      cursor += height + 4;
    }
    const bottom = Math.max(cursor + 4, top + phaseLines.length * 16 + 14, top + 30);
    if (r % 2 === 0) bands.push(`<rect x="0" y="${top}" width="${WIDTH}" height="${bottom - top}" fill="#eef4f8"/>`);
    phaseLines.forEach((line, i) => marks.push(`<text x="8" y="${top + 20 + i * 16}" font-size="13" font-weight="bold" font-family="sans-serif" fill="#1d3b53">${escapeText(line)}</text>`));
    y = bottom;
  });
  const height = y + 6;
  const axis: string[] = [`<text x="8" y="20" font-size="11" font-family="sans-serif" fill="#555">${escapeText(monthsWord)}</text>`];
  for (let month = 0; month <= months; month += step) {
    axis.push(`<line x1="${fmt(x(month))}" y1="28" x2="${fmt(x(month))}" y2="${y}" stroke="#c8c8c8" stroke-width="1"/>`);
    axis.push(`<text x="${fmt(x(month))}" y="20" text-anchor="middle" font-size="11" font-family="sans-serif" fill="#555">${month}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeAttribute(title)}"><rect width="${WIDTH}" height="${height}" fill="#ffffff"/>${bands.join('')}${axis.join('')}${marks.join('')}</svg>`;
}

const monthsSpan = (rows: readonly TimelineRow[]) => Math.max(12, ...rows.flatMap((row) => row.bars.map((bar) => bar.endMonth)));
const heightOf = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);

/**
 * The timeline cut into pictures no taller than `maxHeight` (a page, a slide), on one month scale:
 * whole phases where they fit, a long phase continued on the next picture.
 */
export function timelineSvgs(rows: readonly TimelineRow[], monthsWord: string, title: string, maxHeight: number, continued: (phase: string) => string): string[] {
  const span = monthsSpan(rows);
  const draw = (group: TimelineRow[]) => timelineSvg(group, monthsWord, title, span);
  const pieces: TimelineRow[] = [];
  for (const row of rows) {
    let bars = row.bars;
    let first = true;
    do {
      // The most bars of this phase that still fit on one picture (at least one).
      let count = bars.length;
      while (count > 1 && heightOf(draw([{ phase: row.phase, bars: bars.slice(0, count) }])) > maxHeight) count = Math.ceil(count / 2);
      pieces.push({ phase: first ? row.phase : continued(row.phase), bars: bars.slice(0, Math.max(1, count)) });
      bars = bars.slice(Math.max(1, count));
      first = false;
    } while (bars.length > 0);
  }
  const pictures: string[] = [];
  let current: TimelineRow[] = [];
  for (const piece of pieces) {
    const candidate = [...current, piece];
    if (current.length > 0 && heightOf(draw(candidate)) > maxHeight) {
      pictures.push(draw(current));
      current = [piece];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) pictures.push(draw(current));
  return pictures;
}
