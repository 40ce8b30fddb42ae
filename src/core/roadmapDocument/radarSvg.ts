/**
 * The maturity radar drawn from its geometry (radarView.ts): plain SVG with inline presentation
 * attributes, so the printed report needs nothing else. Labels are wrapped in <tspan> lines and the
 * viewBox holds every label box: nothing is clipped. Every text is escaped here.
 */
import { escapeAttribute, escapeText } from '../journey/virtualTree';
import type { RadarView } from './radarView';

const pts = (points: [number, number][]) => points.map(([x, y]) => `${x},${y}`).join(' ');

export function radarSvg(view: RadarView): string {
  const { x, y, width, height } = view.viewBox;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="radar" role="img" viewBox="${x} ${y} ${width} ${height}" width="${width}" height="${height}" aria-label="${escapeAttribute(view.title)}">`,
    `<title>${escapeText(view.title)}</title>`,
  ];
  for (const ring of view.rings) parts.push(`<polygon points="${pts(ring)}" fill="none" stroke="#c8c8c8" stroke-width="1"/>`);
  for (const axis of view.axes) {
    parts.push(`<line x1="0" y1="0" x2="${axis.end[0]}" y2="${axis.end[1]}" stroke="#c8c8c8" stroke-width="1"/>`);
    const lines = axis.lines.map((line, k) => `<tspan x="${axis.x}" y="${axis.lineY[k]}">${escapeText(line)}</tspan>`).join('');
    parts.push(`<text class="radar-label" data-dimension="${escapeAttribute(axis.id)}" text-anchor="${axis.anchor}" dominant-baseline="central" font-size="${view.fontSize}" font-family="sans-serif" fill="#333">${lines}</text>`);
  }
  parts.push(`<polygon points="${pts(view.axes.map((a) => a.point))}" fill="#2a7ab0" fill-opacity="0.3" stroke="#2a7ab0" stroke-width="2"/>`);
  for (const axis of view.axes) {
    parts.push(`<circle cx="${axis.point[0]}" cy="${axis.point[1]}" r="3.5" fill="${axis.assessed ? '#c0392b' : '#2a7ab0'}" data-dimension="${escapeAttribute(axis.id)}"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

