/**
 * The benchmark as text, Markdown and a self-contained HTML page with one box plot per dimension.
 * They show only what the report holds: once redacted, no format can name a client.
 */
import { escapeAttribute as attr, escapeText as text } from '../journey/virtualTree';
import { dimensionLabel } from '../maturity/dimensionLabels';
import { pageHead, type PageOptions } from '../compare/comparisonHtml';
import { DIMENSIONS, type Language } from '../model/vocabulary';
import { escapeMarkdown as md } from '../templates/escapeMarkdown';
import { word } from '../templates/templateLabels';
import type { DimensionDistribution, PortfolioReport } from './portfolioReport';
import { localize, type Catalogue } from '../i18n/localized';

const NBSP = '\u00a0';

const en = {
  title: 'Portfolio benchmark',
  engagements: (n: number) => `${n} engagement${n === 1 ? '' : 's'}`,
  skipped: (n: number) => `Skipped (${n}, with errors)`,
  overall: 'Overall level',
  maturity: 'Channel maturity',
  stages: 'Change stages',
  dimensions: 'Distribution by dimension',
  dimension: 'Dimension',
  groups: (by: string) => `By ${by}`,
  unspecified: 'not given',
  findings: 'Most common findings',
  files: 'Files',
  share: 'Share',
  rows: 'Engagements',
  ref: 'Engagement',
  client: 'Client',
  stage: 'Stage',
  level: 'Level',
  percentiles: 'percentile',
  none: 'None.',
  colon: ':',
  percent: (n: number) => `${Math.round(n * 100)}%`,
  by: { sector: 'sector', size: 'size', stage: 'change stage', intensity: 'digital intensity' } as Record<string, string>,
  boxTitle: (label: string) => `${label}: min, quartiles, median, max and mean`,
  highlighted: 'highlighted: the active engagement',
};

const fr: typeof en = {
  title: 'Comparatif du portefeuille',
  engagements: (n) => `${n} engagement${n < 2 ? '' : 's'}`,
  skipped: (n) => `Écartés (${n}, avec erreurs)`,
  overall: 'Niveau global',
  maturity: 'Maturité des canaux',
  stages: 'Stades du changement',
  dimensions: 'Distribution par dimension',
  dimension: 'Dimension',
  groups: (by) => `Par ${by}`,
  unspecified: 'non renseigné',
  findings: 'Constats les plus fréquents',
  files: 'Fichiers',
  share: 'Part',
  rows: 'Engagements',
  ref: 'Engagement',
  client: 'Client',
  stage: 'Stade',
  level: 'Niveau',
  percentiles: 'centile',
  none: 'Aucun.',
  colon: `${NBSP}:`,
  percent: (n) => `${Math.round(n * 100)}${NBSP}%`,
  by: { sector: 'secteur', size: 'taille', stage: 'stade du changement', intensity: 'intensité numérique' },
  boxTitle: (label) => `${label}${NBSP}: min, quartiles, médiane, max et moyenne`,
  highlighted: 'en gras : l’engagement actif',
};

export type PortfolioLabels = typeof en;
const LABELS: Record<Language, PortfolioLabels> = { en, fr };
export function portfolioLabels(lang: Language): PortfolioLabels {
  return LABELS[lang];
}

const NUMBER_FORMS = {
  /** French writes a decimal comma. */
  decimal: { en: ({ value }: { value: number }) => String(value), fr: ({ value }: { value: number }) => String(value).replace('.', ',') },
} satisfies Catalogue;
const num = (value: number, lang: Language) => localize(NUMBER_FORMS.decimal, lang, { value });
const five = (d: { min: number; q1: number; median: number; q3: number; max: number }, lang: Language) =>
  [d.min, d.q1, d.median, d.q3, d.max].map((v) => num(v, lang)).join(' / ');

const groupValue = (value: string | null, lang: Language) => (value === null ? portfolioLabels(lang).unspecified : word(value, lang));

export interface PortfolioViewOptions extends PageOptions {
  /** The `ref` of the engagement to highlight (the active editor's, in VS Code). */
  highlightRef?: string;
}

export function formatPortfolioText(report: PortfolioReport, lang: Language): string {
  const say = portfolioLabels(lang);
  const c = say.colon;
  const lines = [`${say.title}${c} ${say.engagements(report.count)}`];
  if (report.overall.level) lines.push(`${say.overall} (min / q1 / median / q3 / max)${c} ${five(report.overall.level, lang)}`);
  lines.push(`${say.maturity}${c} ${Object.entries(report.overall.maturity).map(([k, n]) => `${word(k, lang)} ${n}`).join(', ')}`);
  lines.push(`${say.stages}${c} ${Object.entries(report.stages).map(([k, n]) => `${word(k, lang)} ${n}`).join(', ')}`);
  lines.push('', `${say.dimensions} (min / q1 / median / q3 / max · mean)`);
  const width = Math.max(...DIMENSIONS.map((id) => dimensionLabel(id, lang).length));
  const dimensionLines = (dims: readonly DimensionDistribution[], indent: string) =>
    dims.map((d) => `${indent}${dimensionLabel(d.id, lang).padEnd(width)}  ${five(d, lang)}  · ${num(d.mean, lang)}`);
  lines.push(...dimensionLines(report.dimensions, '  '));
  for (const group of report.groups) {
    lines.push('', `${say.groups(say.by[group.by]!)}${c} ${groupValue(group.value, lang)} (${say.engagements(group.count)})`);
    lines.push(...dimensionLines(group.dimensions, '  '));
  }
  lines.push('', say.findings);
  if (report.commonFindings.length === 0) lines.push(`  ${say.none}`);
  for (const f of report.commonFindings) lines.push(`  ${f.code}${c} ${f.files} (${say.percent(f.share)})`);
  lines.push('', say.rows);
  for (const e of report.engagements) {
    const levels = DIMENSIONS.map((id) => `${e.levels[id]}(P${e.percentiles[id]})`).join(' ');
    lines.push(`  ${e.ref}${c} ${e.client}${e.sector ? `, ${e.sector}` : ''}${e.size ? `, ${e.size}` : ''}, ${word(e.stage, lang)}${e.date ? `, ${e.date}` : ''} · ${say.level.toLowerCase()} ${e.overall} · ${levels}`);
  }
  if (report.skipped.length > 0) {
    lines.push('', say.skipped(report.skipped.length));
    for (const s of report.skipped) lines.push(`  ${s.path}${c} ${s.reason}`);
  }
  return lines.join('\n') + '\n';
}

export function formatPortfolioMarkdown(report: PortfolioReport, lang: Language, options: PortfolioViewOptions = {}): string {
  const say = portfolioLabels(lang);
  const c = say.colon;
  const out = [`### ${say.title}${c} ${say.engagements(report.count)}`, ''];
  if (report.overall.level) out.push(`**${say.overall}** (min / q1 / median / q3 / max)${c} ${five(report.overall.level, lang)}`, '');
  out.push(`**${say.maturity}**${c} ${Object.entries(report.overall.maturity).map(([k, n]) => `${word(k, lang)} ${n}`).join(', ')} · **${say.stages}**${c} ${Object.entries(report.stages).map(([k, n]) => `${word(k, lang)} ${n}`).join(', ')}`, '');
  const table = (dims: readonly DimensionDistribution[]) => [
    `| ${say.dimension} | min | q1 | median | q3 | max | mean |`, '|---|---:|---:|---:|---:|---:|---:|',
    ...dims.map((d) => `| ${dimensionLabel(d.id, lang)} | ${[d.min, d.q1, d.median, d.q3, d.max, d.mean].map((v) => num(v, lang)).join(' | ')} |`),
  ];
  out.push(`#### ${say.dimensions}`, '', ...table(report.dimensions));
  for (const group of report.groups) {
    out.push('', `#### ${md(say.groups(say.by[group.by]!))}${c} ${md(groupValue(group.value, lang))} (${say.engagements(group.count)})`, '', ...table(group.dimensions));
  }
  out.push('', `#### ${say.findings}`, '');
  if (report.commonFindings.length === 0) out.push(say.none);
  else out.push(`| code | ${say.files} | ${say.share} |`, '|---|---:|---:|', ...report.commonFindings.map((f) => `| ${f.code} | ${f.files} | ${say.percent(f.share)} |`));
  out.push('', `#### ${say.rows}`, '');
  out.push(`| ${say.ref} | ${say.client} | ${say.stage} | ${say.level} | ${DIMENSIONS.map((id) => md(dimensionLabel(id, lang))).join(' | ')} |`);
  out.push(`|---|---|---|---:|${DIMENSIONS.map(() => '---:').join('|')}|`);
  for (const e of report.engagements) {
    const strong = (s: string) => (e.ref === options.highlightRef ? `**${s}**` : s);
    out.push(`| ${strong(md(e.ref))} | ${strong(md(e.client))} | ${word(e.stage, lang)} | ${e.overall} | ${DIMENSIONS.map((id) => `${e.levels[id]} (P${e.percentiles[id]})`).join(' | ')} |`);
  }
  if (report.skipped.length > 0) {
    out.push('', `#### ${say.skipped(report.skipped.length)}`, '');
    for (const s of report.skipped) out.push(`- ${md(s.path)}${c} ${md(s.reason)}`);
  }
  return out.join('\n') + '\n';
}

export function portfolioHtml(report: PortfolioReport, lang: Language, options: PortfolioViewOptions = {}): string {
  const say = portfolioLabels(lang);
  const c = say.colon;
  const highlighted = report.engagements.find((e) => e.ref === options.highlightRef);
  const parts = [pageHead(say.title, lang, options), '<body>', `<h1>${text(say.title)}${c} ${text(say.engagements(report.count))}</h1>`];
  if (report.overall.level) parts.push(`<p><strong>${say.overall}</strong> (min / q1 / median / q3 / max)${c} ${five(report.overall.level, lang)}</p>`);
  parts.push(`<p><strong>${say.maturity}</strong>${c} ${Object.entries(report.overall.maturity).map(([k, n]) => `${word(k, lang)} ${n}`).join(', ')}</p>`);
  parts.push(`<p><strong>${say.stages}</strong>${c} ${Object.entries(report.stages).map(([k, n]) => `${word(k, lang)} ${n}`).join(', ')}</p>`);
  parts.push(`<h2>${say.dimensions}</h2>`);
  if (report.dimensions.length > 0) parts.push(boxPlotsSvg(report.dimensions, lang, say.dimensions, highlighted?.levels));
  for (const group of report.groups) {
    parts.push(`<h2>${text(say.groups(say.by[group.by]!))}${c} ${text(groupValue(group.value, lang))} <span class="muted">(${text(say.engagements(group.count))})</span></h2>`);
    parts.push(boxPlotsSvg(group.dimensions, lang, `${say.groups(say.by[group.by]!)}${c} ${groupValue(group.value, lang)}`));
  }
  parts.push(`<h2>${say.findings}</h2>`);
  if (report.commonFindings.length === 0) parts.push(`<p class="muted">${say.none}</p>`);
  else {
    parts.push(`<table data-table="findings"><thead><tr><th>code</th><th>${say.files}</th><th>${say.share}</th></tr></thead><tbody>`);
    for (const f of report.commonFindings) parts.push(`<tr><td><code>${text(f.code)}</code></td><td class="num">${f.files}</td><td class="num">${say.percent(f.share)}</td></tr>`);
    parts.push('</tbody></table>');
  }
  parts.push(`<h2>${say.rows}</h2>`);
  if (highlighted) parts.push(`<p class="muted">${say.highlighted}</p>`);
  parts.push(`<table data-table="engagements"><thead><tr><th>${say.ref}</th><th>${say.client}</th><th>${say.stage}</th><th>${say.level}</th>${DIMENSIONS.map((id) => `<th>${text(dimensionLabel(id, lang))}</th>`).join('')}</tr></thead><tbody>`);
  for (const e of report.engagements) {
    const cls = e.ref === options.highlightRef ? ' class="highlight"' : '';
    parts.push(`<tr data-ref="${attr(e.ref)}"${cls}><td>${text(e.ref)}</td><td>${text(e.client)}</td><td>${word(e.stage, lang)}</td><td class="num">${e.overall}</td>`
      + DIMENSIONS.map((id) => `<td class="num">${e.levels[id]} <span class="muted">(P${e.percentiles[id]})</span></td>`).join('') + '</tr>');
  }
  parts.push('</tbody></table>');
  if (report.skipped.length > 0) {
    parts.push(`<h2>${text(say.skipped(report.skipped.length))}</h2><ul data-skipped="">${report.skipped.map((s) => `<li>${text(s.path)}${c} ${text(s.reason)}</li>`).join('')}</ul>`);
  }
  parts.push('</body></html>\n');
  return parts.join('\n');
}

/** One horizontal box plot per dimension on a shared 1..5 axis; the mean a diamond, the highlighted engagement a dot. */
function boxPlotsSvg(dims: readonly DimensionDistribution[], lang: Language, title: string, highlight?: Record<string, number>): string {
  const say = portfolioLabels(lang);
  const labelWidth = 190;
  const plotWidth = 400;
  const rowHeight = 30;
  const top = 24;
  const width = labelWidth + plotWidth + 30;
  const height = top + rowHeight * dims.length + 10;
  const x = (level: number) => labelWidth + ((level - 1) * plotWidth) / 4;
  const f = (n: number) => (Math.round(n * 10) / 10).toString();
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="${attr(title)}"><title>${text(title)}</title>`];
  for (let level = 1; level <= 5; level++) {
    parts.push(`<line class="grid" x1="${f(x(level))}" y1="${top - 8}" x2="${f(x(level))}" y2="${height - 6}"/><text x="${f(x(level))}" y="${top - 12}" text-anchor="middle" font-size="11">${level}</text>`);
  }
  dims.forEach((d, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    const label = dimensionLabel(d.id, lang);
    parts.push(`<g data-dimension="${d.id}"><title>${text(`${say.boxTitle(label)}${say.colon} ${five(d, lang)}  · ${num(d.mean, lang)}`)}</title>`);
    parts.push(`<text x="${labelWidth - 10}" y="${f(cy + 4)}" text-anchor="end" font-size="12">${text(label)}</text>`);
    parts.push(`<line class="whisker" x1="${f(x(d.min))}" y1="${f(cy)}" x2="${f(x(d.q1))}" y2="${f(cy)}"/><line class="whisker" x1="${f(x(d.q3))}" y1="${f(cy)}" x2="${f(x(d.max))}" y2="${f(cy)}"/>`);
    parts.push(`<line class="whisker" x1="${f(x(d.min))}" y1="${f(cy - 6)}" x2="${f(x(d.min))}" y2="${f(cy + 6)}"/><line class="whisker" x1="${f(x(d.max))}" y1="${f(cy - 6)}" x2="${f(x(d.max))}" y2="${f(cy + 6)}"/>`);
    parts.push(`<rect class="box" x="${f(x(d.q1))}" y="${f(cy - 9)}" width="${f(Math.max(x(d.q3) - x(d.q1), 1.5))}" height="18"/>`);
    parts.push(`<line class="whisker" x1="${f(x(d.median))}" y1="${f(cy - 9)}" x2="${f(x(d.median))}" y2="${f(cy + 9)}" stroke-width="3"/>`);
    parts.push(`<path class="whisker" d="M${f(x(d.mean))} ${f(cy - 5)} l5 5 l-5 5 l-5 -5 z" fill="none"/>`);
    const mine = highlight?.[d.id];
    if (mine !== undefined) parts.push(`<circle class="mark" data-highlight="" cx="${f(x(mine))}" cy="${f(cy)}" r="5"/>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
