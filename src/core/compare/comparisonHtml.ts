/**
 * The comparison as one self-contained HTML page: the two radars overlaid, each journey's emotion
 * curve before and after, breaks closed and opened, findings fixed and new, initiatives. No script,
 * nothing loaded from outside, every user string escaped; no `style` attribute either, so the VS
 * Code webview can show the very same page under a CSP that allows only its nonce'd stylesheet.
 */
import { escapeAttribute as attr, escapeText as text } from '../journey/virtualTree';
import { dimensionLabel } from '../maturity/dimensionLabels';
import type { DimensionId, Language } from '../model/vocabulary';
import { compareLabels, signed, type CompareLabels } from './compareLabels';
import type { Comparison, JourneyComparison } from './compareSnapshots';

export interface PageOptions {
  /** A `<meta http-equiv="Content-Security-Policy">` content (the webview's). */
  csp?: string;
  /** Put on the page's one `<style>` element, for a CSP that allows styles by nonce. */
  styleNonce?: string;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** Colours of the two versions, readable in light and dark themes and told apart by the dash too. */
export const PAGE_STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #fff); margin: 1.5rem; line-height: 1.4; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--vscode-panel-border, #ccc); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.up { color: var(--vscode-testing-iconPassed, #1a7f37); } .down { color: var(--vscode-testing-iconFailed, #c0392b); }
.highlight td { font-weight: bold; background: var(--vscode-editor-selectionHighlightBackground, #fff3c4); }
svg { max-width: 100%; height: auto; } svg text { fill: currentColor; font-family: inherit; }
.grid { stroke: #9a9a9a; stroke-opacity: .5; fill: none; }
.before { stroke: #8c6d1f; fill: #d9a520; fill-opacity: .18; stroke-dasharray: 6 4; }
.after { stroke: #2a7ab0; fill: #2a7ab0; fill-opacity: .25; }
polyline.before, polyline.after { fill: none; stroke-width: 2.5; }
circle.before { fill: #8c6d1f; } circle.after { fill: #2a7ab0; }
.box { fill: #2a7ab0; fill-opacity: .25; stroke: #2a7ab0; } .whisker { stroke: #2a7ab0; } .mark { fill: #c0392b; }
.legend { font-size: .9rem; } .muted { opacity: .75; }
.banner { padding: .5rem .75rem; border-left: 4px solid var(--vscode-editorWarning-foreground, #c08000); margin: .5rem 0; }
`;

export function pageHead(title: string, lang: Language, options: PageOptions, style = PAGE_STYLE): string {
  const csp = options.csp ? `<meta http-equiv="Content-Security-Policy" content="${attr(options.csp)}">` : '';
  const nonce = options.styleNonce ? ` nonce="${attr(options.styleNonce)}"` : '';
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">${csp}<meta name="viewport" content="width=device-width, initial-scale=1"><title>${text(title)}</title><style${nonce}>${style}</style></head>`;
}

export function comparisonHtml(comparison: Comparison, lang: Language, options: PageOptions = {}): string {
  const say = compareLabels(lang);
  const c = say.colon;
  const client = comparison.after.client ?? comparison.before.client ?? '';
  const o = comparison.overall;
  const parts: string[] = [pageHead(say.title(client), lang, options), '<body>'];
  parts.push(`<h1>${text(say.title(client))}</h1>`);
  parts.push(`<p>${say.before}${c} ${text(comparison.before.path)}${comparison.before.date ? ` (${text(comparison.before.date)})` : ''} · ${say.after}${c} ${text(comparison.after.path)}${comparison.after.date ? ` (${text(comparison.after.date)})` : ''}</p>`);
  parts.push(`<p><strong>${say.overall}${c}</strong> ${o.before} → ${o.after} (${signed(o.after - o.before)}) · <strong>${say.maturity}${c}</strong> ${text(say.maturityName[o.maturityBefore]!)} → ${text(say.maturityName[o.maturityAfter]!)}</p>`);

  parts.push(`<h2>${say.dimensions}</h2>`);
  parts.push(overlaidRadarSvg(comparison.dimensions.map((d) => ({ id: d.id, before: d.before, after: d.after })), lang, say.radar));
  parts.push(`<p class="legend"><svg width="40" height="10" aria-hidden="true"><line class="before" x1="0" y1="5" x2="40" y2="5"/></svg> ${say.legendBefore} &#160; <svg width="40" height="10" aria-hidden="true"><line class="after" x1="0" y1="5" x2="40" y2="5"/></svg> ${say.legendAfter}</p>`);
  parts.push(`<table data-table="dimensions"><thead><tr><th>${say.dimension}</th><th>${say.before}</th><th>${say.after}</th><th>${say.delta}</th></tr></thead><tbody>`);
  for (const d of comparison.dimensions) {
    const cls = d.delta > 0 ? 'num up' : d.delta < 0 ? 'num down' : 'num';
    parts.push(`<tr data-dimension="${d.id}"><td>${text(dimensionLabel(d.id, lang))}</td><td class="num">${d.before}</td><td class="num">${d.after}</td><td class="${cls}">${signed(d.delta)}</td></tr>`);
  }
  parts.push('</tbody></table>');

  for (const [title, list, kind] of [[say.fixedFindings(comparison.diagnostics.fixed.length), comparison.diagnostics.fixed, 'fixed'], [say.newFindings(comparison.diagnostics.new.length), comparison.diagnostics.new, 'new']] as const) {
    parts.push(`<h2>${text(title)}</h2>`);
    if (list.length === 0) parts.push(`<p class="muted">${say.nothing}</p>`);
    else parts.push(`<ul data-findings="${kind}">${list.map((d) => `<li><code>${text(d.code)}</code>${d.path ? ` <span class="muted">${text(d.path)}</span>` : ''}${c} ${text(d.message)}</li>`).join('')}</ul>`);
  }

  parts.push(`<h2>${say.moments}</h2>`);
  if (comparison.moments.length === 0) parts.push(`<p class="muted">${say.nothing}</p>`);
  else {
    parts.push('<ul data-moments="">');
    for (const m of comparison.moments) {
      const cls = m.direction === 'improved' ? 'up' : 'down';
      const word = m.direction === 'improved' ? say.improved : say.worsened;
      parts.push(`<li><strong class="${cls}">${word}</strong>${c} ${text(m.journeyName)} / ${text(m.action)} (${say.emotion.toLowerCase()} ${emotion(m.emotionBefore, say)} → ${emotion(m.emotionAfter, say)} · ${m.servedAfter ? say.served : say.notServed})</li>`);
    }
    parts.push('</ul>');
  }

  parts.push(`<h2>${say.journeys}</h2>`);
  if (comparison.journeys.length === 0) parts.push(`<p class="muted">${say.nothing}</p>`);
  for (const journey of comparison.journeys) parts.push(journeySection(journey, say));

  if (comparison.initiatives.length > 0) {
    parts.push(`<h2>${say.initiatives}</h2><table data-table="initiatives"><thead><tr><th>${say.initiative}</th><th>${say.before}</th><th>${say.after}</th></tr></thead><tbody>`);
    for (const i of comparison.initiatives) {
      parts.push(`<tr data-initiative="${attr(i.id)}"><td>${text(i.title)}</td><td>${status(i.statusBefore, say)}</td><td>${status(i.statusAfter, say)}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  parts.push('</body></html>\n');
  return parts.join('\n');
}

const emotion = (value: number | null, say: CompareLabels) => (value === null ? say.noEmotion : value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0');
const status = (value: string | null, say: CompareLabels) => text(value === null ? say.none : say.initiativeStatus[value] ?? value);

function journeySection(journey: JourneyComparison, say: CompareLabels): string {
  const c = say.colon;
  const parts = [`<section data-journey="${attr(journey.id)}" data-status="${journey.status}">`, `<h3>${text(journey.name)} <span class="muted">(${text(say.journeyStatus[journey.status]!)})</span></h3>`];
  parts.push(`<p>${say.breaks}${c} ${journey.breaksBefore} → ${journey.breaksAfter}</p>`);
  parts.push(emotionCurvesSvg(journey, say));
  for (const [title, list, kind] of [[say.breaksClosed, journey.breaksClosed, 'closed'], [say.breaksOpened, journey.breaksOpened, 'opened']] as const) {
    if (list.length === 0) continue;
    parts.push(`<p><strong>${title}</strong></p><ul data-breaks="${kind}">${list.map((b) => `<li>${text(b.from.action)} (${text(b.from.channel)}) → ${text(b.to.action)} (${text(b.to.channel)})</li>`).join('')}</ul>`);
  }
  const changed = journey.steps.filter((s) => s.status !== 'unchanged');
  if (changed.length > 0) {
    parts.push(`<table data-table="steps"><thead><tr><th>${say.steps}</th><th>${say.status}</th><th>${say.before}</th><th>${say.after}</th></tr></thead><tbody>`);
    for (const s of changed) {
      parts.push(`<tr data-step-status="${s.status}"><td>${text(s.detail.stageName)} / ${text(s.detail.action)}</td><td>${text(say.stepStatus[s.status]!)}</td>`
        + `<td>${s.channelBefore === null ? say.none : `${text(s.channelBefore)}, ${emotion(s.emotionBefore, say)}`}</td>`
        + `<td>${s.channelAfter === null ? say.none : `${text(s.channelAfter)}, ${emotion(s.emotionAfter, say)}`}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** One x position per compared step (removed ones included), emotion −2..2 upwards; a missing emotion leaves a gap. */
function emotionCurvesSvg(journey: JourneyComparison, say: CompareLabels): string {
  const steps = journey.steps;
  const step = 56;
  const left = 34;
  const width = Math.max(left + 40 + step * Math.max(steps.length - 1, 1), 240);
  const height = 150;
  const y = (e: number) => 20 + ((2 - e) * (height - 40)) / 4;
  const x = (i: number) => left + 20 + i * step;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="${attr(say.curve(journey.name))}"><title>${text(say.curve(journey.name))}</title>`];
  for (let e = -2; e <= 2; e++) {
    parts.push(`<line class="grid" x1="${left}" y1="${fmt(y(e))}" x2="${width - 10}" y2="${fmt(y(e))}"/><text x="${left - 6}" y="${fmt(y(e) + 4)}" text-anchor="end" font-size="11">${e > 0 ? `+${e}` : e < 0 ? `\u2212${-e}` : '0'}</text>`);
  }
  for (const curve of ['before', 'after'] as const) {
    const runs: string[][] = [];
    let run: string[] = [];
    const dots: string[] = [];
    steps.forEach((s, i) => {
      const present = curve === 'before' ? s.before !== null : s.after !== null;
      const value = curve === 'before' ? s.emotionBefore : s.emotionAfter;
      if (!present) return; // a step absent from this version does not cut its curve
      if (value === null) {
        if (run.length) runs.push(run);
        run = [];
        return;
      }
      run.push(`${fmt(x(i))},${fmt(y(value))}`);
      dots.push(`<circle class="${curve}" cx="${fmt(x(i))}" cy="${fmt(y(value))}" r="3.5"/>`);
    });
    if (run.length) runs.push(run);
    parts.push(`<g data-curve="${curve}">${runs.map((points) => `<polyline class="${curve}" points="${points.join(' ')}"/>`).join('')}${dots.join('')}</g>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

const R_WIDTH = 800; // room for the side labels with their "before → after" (nothing clipped)
const R_HEIGHT = 430;
const R = 150;

function radarPoint(axis: number, axes: number, level: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  const r = (R * level) / 5;
  return [R_WIDTH / 2 + r * Math.cos(angle), R_HEIGHT / 2 + r * Math.sin(angle)];
}

/** The radar of both versions on the same axes: before dashed, after filled. */
export function overlaidRadarSvg(levels: readonly { id: DimensionId; before: number; after: number }[], lang: Language, title: string): string {
  const n = levels.length;
  const polygon = (points: [number, number][]) => points.map(([px, py]) => `${fmt(px)},${fmt(py)}`).join(' ');
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" class="radar" role="img" viewBox="0 0 ${R_WIDTH} ${R_HEIGHT}" width="${R_WIDTH}" height="${R_HEIGHT}" aria-label="${attr(title)}"><title>${text(title)}</title>`];
  for (let level = 1; level <= 5; level++) parts.push(`<polygon class="grid" points="${polygon(levels.map((_, i) => radarPoint(i, n, level)))}"/>`);
  levels.forEach((d, i) => {
    const [ex, ey] = radarPoint(i, n, 5);
    parts.push(`<line class="grid" x1="${R_WIDTH / 2}" y1="${R_HEIGHT / 2}" x2="${fmt(ex)}" y2="${fmt(ey)}"/>`);
    const [lx, ly] = radarPoint(i, n, 6.2);
    const anchor = Math.abs(lx - R_WIDTH / 2) < 5 ? 'middle' : lx > R_WIDTH / 2 ? 'start' : 'end';
    const label = `${dimensionLabel(d.id, lang)} (${d.before} → ${d.after})`;
    parts.push(`<text x="${fmt(lx)}" y="${fmt(ly)}" text-anchor="${anchor}" dominant-baseline="middle" font-size="12">${text(label)}</text>`);
  });
  parts.push(`<polygon class="before" data-curve="before" points="${polygon(levels.map((d, i) => radarPoint(i, n, d.before)))}" stroke-width="2"/>`);
  parts.push(`<polygon class="after" data-curve="after" points="${polygon(levels.map((d, i) => radarPoint(i, n, d.after)))}" stroke-width="2"/>`);
  parts.push('</svg>');
  return parts.join('');
}
