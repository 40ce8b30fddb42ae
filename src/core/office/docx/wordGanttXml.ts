/**
 * The report's timeline as a Gantt table: one row per phase (its months shaded lightly) followed by
 * its initiatives (their months shaded: the work dark, the follow-up light, a quick win in orange),
 * one column per period, the month names above as in the drawing. From the same geometry the
 * deck's shapes and the HTML's SVG are drawn from (timelineView.ts): the months, the phases, the
 * bars and the tick labels. A table, not a picture: nothing to rasterise (the picture was most of
 * a report's time), every title is text Word and LibreOffice lay out, search and let a consultant
 * retype, and its header row repeats on every page, so a long plan needs no slicing.
 */
import type { TimelineView } from '../../roadmapDocument/timelineView';
import { xmlText, type TableGeometry } from './wordTableXml';

/** At most this many period columns: a column stays wider than 3 mm on a 17 cm line. */
const MAX_COLUMNS = 36;
const GREY = 'BFBFBF';
const PHASE_FILL = 'DCE8F1';
const WORK = '2A7AB0';
const FOLLOW_UP = 'A9CBE3';
const QUICK_WORK = 'D35400';
const QUICK_FOLLOW_UP = 'F2C3A0';

function cell(width: number, text: string, options: { fill?: string; span?: number; bold?: boolean; colour?: string; size: number }): string {
  const shading = options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : '';
  const span = options.span && options.span > 1 ? `<w:gridSpan w:val="${options.span}"/>` : '';
  const run = text === '' ? '' : `<w:r><w:rPr>${options.bold ? '<w:b/><w:bCs/>' : ''}${options.colour ? `<w:color w:val="${options.colour}"/>` : ''}<w:sz w:val="${options.size}"/><w:szCs w:val="${options.size}"/></w:rPr><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${shading}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>${run}</w:p></w:tc>`;
}

const row = (cells: string[], header = false) => `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.join('')}</w:tr>`;

export function wordGanttXml(view: TimelineView, accent: string, geometry: TableGeometry, initiativeLabel: string): string {
  const perColumn = Math.max(1, Math.ceil(view.months / MAX_COLUMNS));
  const columns = Math.max(1, Math.ceil(view.months / perColumn));
  const labelWidth = Math.floor(geometry.textTwips * 0.4);
  const periodWidth = Math.floor((geometry.textTwips - labelWidth) / columns);
  const widths = [labelWidth, ...Array.from({ length: columns }, () => periodWidth)];
  const covers = (col: number, start: number, end: number) => col * perColumn < end && (col + 1) * perColumn > start;

  // The month names over the columns their tick spans (a tick whose label did not fit stays blank).
  const header = [cell(labelWidth, initiativeLabel, { fill: accent, bold: true, colour: 'FFFFFF', size: 17 })];
  const ticks = view.ticks.map((tick) => ({ column: Math.floor(tick.month / perColumn), text: tick.lines.join(' ') }))
    .filter((tick, i, all) => tick.column < columns && (i === 0 || tick.column > all[i - 1]!.column));
  if (ticks.length === 0 || ticks[0]!.column > 0) ticks.unshift({ column: 0, text: '' });
  ticks.forEach((tick, i) => {
    const span = (ticks[i + 1]?.column ?? columns) - tick.column;
    header.push(cell(periodWidth * span, tick.text, { fill: accent, span, bold: true, colour: 'FFFFFF', size: 14 }));
  });

  const rows = [row(header, true)];
  for (const phase of view.phases) {
    rows.push(row([
      cell(labelWidth, phase.name, { fill: PHASE_FILL, bold: true, colour: '1D4E70', size: 17 }),
      ...Array.from({ length: columns }, (_, col) => cell(periodWidth, '', { size: 14, ...(covers(col, phase.startMonth, phase.endMonth) ? { fill: PHASE_FILL } : {}) })),
    ]));
    for (const bar of view.bars.filter((b) => b.phaseId === phase.id)) {
      const workEnd = Math.min(bar.endMonth, bar.workEndMonth ?? bar.endMonth);
      rows.push(row([
        cell(labelWidth, bar.title, { size: 16 }),
        ...Array.from({ length: columns }, (_, col) => {
          const fill = covers(col, bar.startMonth, Math.max(workEnd, bar.startMonth + 0.01)) ? (bar.quickWin ? QUICK_WORK : WORK)
            : covers(col, bar.startMonth, bar.endMonth) ? (bar.quickWin ? QUICK_FOLLOW_UP : FOLLOW_UP) : undefined;
          return cell(periodWidth, '', { size: 14, ...(fill ? { fill } : {}) });
        }),
      ]));
    }
  }
  const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${GREY}"/>`;
  return '<w:tbl><w:tblPr>'
    + `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>`
    + `<w:tblBorders>${line('top')}${line('left')}${line('bottom')}${line('right')}${line('insideH')}<w:insideV w:val="dotted" w:sz="2" w:space="0" w:color="${GREY}"/></w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/>'
    + '<w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tblCellMar>'
    + '</w:tblPr>'
    + `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
    + rows.join('')
    + '</w:tbl>';
}
