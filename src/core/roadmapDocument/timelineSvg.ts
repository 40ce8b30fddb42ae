/**
 * The dated roadmap drawn from its geometry (timelineView.ts): one <rect data-initiative="<id>">
 * per initiative, the dependencies as arrows (data-from / data-to), the phases as bands. Plain SVG,
 * inline attributes, nothing loaded from outside; every text escaped here.
 */
import { escapeAttribute, escapeText } from '../journey/virtualTree';
import { LABEL_X, type TimelineView } from './timelineView';

const PHASE_FILLS = ['#eef4f8', '#e3eef6', '#eef4f8', '#e3eef6', '#eef4f8', '#e3eef6'];

export function timelineSvg(view: TimelineView): string {
  const p: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 0 ${view.width} ${view.height}" width="${view.width}" height="${view.height}" aria-label="${escapeAttribute(view.title)}" font-family="sans-serif">`,
    `<title>${escapeText(view.title)}</title>`,
    '<defs><marker id="cxm-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>',
  ];
  const bottom = view.height - 4;
  view.phases.forEach((phase, i) => {
    p.push(`<g class="phase" data-phase="${escapeAttribute(phase.id)}">`);
    p.push(`<rect x="${phase.x}" y="${view.bandY}" width="${phase.width}" height="${bottom - view.bandY}" fill="${PHASE_FILLS[i % PHASE_FILLS.length]}" stroke="#fff" stroke-width="2"/>`);
    const lines = phase.lines.map((line, k) => `<tspan x="${phase.x + 4}" y="${view.bandY + 14 + k * (view.lineHeight - 1)}">${escapeText(line)}</tspan>`).join('');
    p.push(`<text class="phase-label" font-size="${view.fontSize - 1}" font-weight="700" fill="#1d4e70">${lines}</text></g>`);
  });
  for (const tick of view.ticks) {
    p.push(`<line x1="${tick.x}" y1="${view.tickY}" x2="${tick.x}" y2="${bottom}" stroke="#c8c8c8" stroke-dasharray="2 3"/>`);
    const lines = tick.lines.map((line, k) => `<tspan x="${tick.x + 3}" y="${view.tickY + 10 + k * (view.lineHeight - 3)}">${escapeText(line)}</tspan>`).join('');
    p.push(`<text class="tick" font-size="${view.fontSize - 2}" fill="#555">${lines}</text>`);
  }
  for (const bar of view.bars) {
    const lines = bar.lines.map((line, k) => `<tspan x="${LABEL_X}" y="${bar.rowY + bar.rowHeight / 2 + (k - (bar.lines.length - 1) / 2) * view.lineHeight}">${escapeText(line)}</tspan>`).join('');
    p.push(`<line x1="0" y1="${bar.rowY + bar.rowHeight}" x2="${view.width}" y2="${bar.rowY + bar.rowHeight}" stroke="#e4e4e4"/>`);
    p.push(`<text class="bar-label" font-size="${view.fontSize}" fill="#222" dominant-baseline="central">${lines}</text>`);
    const colour = bar.quickWin ? '#d35400' : '#2a7ab0';
    // The whole bar (work and follow-up) carries the initiative; the work is drawn solid on top.
    p.push(`<rect class="bar${bar.quickWin ? ' quick-win' : ''}" data-initiative="${escapeAttribute(bar.id)}" x="${bar.x}" y="${bar.barY}" width="${bar.width}" height="14" rx="3" fill="${colour}" fill-opacity="${bar.workWidth < bar.width ? 0.3 : 1}"><title>${escapeText(`${bar.title} — ${bar.windowText}`)}</title></rect>`);
    if (bar.workWidth < bar.width) p.push(`<rect class="work" x="${bar.x}" y="${bar.barY}" width="${bar.workWidth}" height="14" rx="3" fill="${colour}" pointer-events="none"/>`);
  }
  for (const arrow of view.dependencies) {
    p.push(`<path class="dependency" data-from="${escapeAttribute(arrow.from)}" data-to="${escapeAttribute(arrow.to)}" d="${arrow.path}" fill="none" stroke="#555" stroke-width="1.2" marker-end="url(#cxm-arrow)"/>`);
  }
  p.push('</svg>');
  return p.join('');
}
