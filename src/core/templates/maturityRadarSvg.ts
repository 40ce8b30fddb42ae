/**
 * The maturity radar: ten axes, one per dimension in table order, levels 1..5 from the centre.
 * Plain SVG with inline presentation attributes, so the printed report needs nothing else.
 */
import { dimensionLabel } from '../maturity/dimensionLabels';
import type { MaturityJson } from '../maturity/maturityAssessment';
import type { Language } from '../model/vocabulary';
import { escapeAttribute, escapeText } from '../journey/virtualTree';

// Wider than tall: the labels of the side axes need room to the left and right.
const WIDTH = 660;
const HEIGHT = 430;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 150;
const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function point(axis: number, axes: number, level: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  const r = (RADIUS * level) / 5;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
}

const polygon = (points: [number, number][]) => points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');

export function maturityRadarSvg(assessment: MaturityJson, lang: Language, title: string): string {
  const dims = assessment.dimensions;
  const n = dims.length;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="radar" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-label="${escapeAttribute(title)}">`,
    `<title>${escapeText(title)}</title>`,
  ];
  for (let level = 1; level <= 5; level++) {
    parts.push(`<polygon points="${polygon(dims.map((_, i) => point(i, n, level)))}" fill="none" stroke="#c8c8c8" stroke-width="1"/>`);
  }
  dims.forEach((d, i) => {
    const [x, y] = point(i, n, 5);
    parts.push(`<line x1="${CX}" y1="${CY}" x2="${fmt(x)}" y2="${fmt(y)}" stroke="#c8c8c8" stroke-width="1"/>`);
    const [lx, ly] = point(i, n, 6.2);
    const anchor = Math.abs(lx - CX) < 5 ? 'middle' : lx > CX ? 'start' : 'end';
    parts.push(`<text x="${fmt(lx)}" y="${fmt(ly)}" text-anchor="${anchor}" dominant-baseline="middle" font-size="12" font-family="sans-serif" fill="#333">${escapeText(`${dimensionLabel(d.id, lang)} (${d.level})`)}</text>`);
  });
  parts.push(`<polygon points="${polygon(dims.map((d, i) => point(i, n, d.level)))}" fill="#2a7ab0" fill-opacity="0.3" stroke="#2a7ab0" stroke-width="2"/>`);
  dims.forEach((d, i) => {
    const [x, y] = point(i, n, d.level);
    parts.push(`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="${d.source === 'assessed' ? '#c0392b' : '#2a7ab0'}" data-dimension="${escapeAttribute(d.id)}"/>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
