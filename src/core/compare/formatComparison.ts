/**
 * The comparison as plain text (the terminal) and as Markdown fit for a pull-request comment: a
 * table of dimension deltas, what was fixed, what is new, moments of truth better or worse,
 * journeys and initiatives. Every user string is escaped for Markdown.
 */
import { dimensionLabel } from '../maturity/dimensionLabels';
import type { Language } from '../model/vocabulary';
import { escapeMarkdown } from '../templates/escapeMarkdown';
import { compareLabels, signed, type CompareLabels } from './compareLabels';
import type { Comparison, MomentChange } from './compareSnapshots';

const emotionText = (value: number | null, say: CompareLabels) => (value === null ? say.noEmotion : signedEmotion(value));
const signedEmotion = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0');
const status = (value: string | null, say: CompareLabels) => (value === null ? say.none : say.initiativeStatus[value] ?? value);

export function formatComparisonText(comparison: Comparison, lang: Language): string {
  const say = compareLabels(lang);
  const c = say.colon;
  const lines: string[] = [];
  const client = comparison.after.client ?? comparison.before.client ?? '';
  lines.push(say.title(client));
  lines.push(`${say.before}${c} ${comparison.before.path}${comparison.before.date ? ` (${comparison.before.date})` : ''}`);
  lines.push(`${say.after}${c} ${comparison.after.path}${comparison.after.date ? ` (${comparison.after.date})` : ''}`);
  const o = comparison.overall;
  lines.push(`${say.overall}${c} ${o.before} → ${o.after} (${signed(o.after - o.before)})`);
  lines.push(`${say.maturity}${c} ${say.maturityName[o.maturityBefore]} → ${say.maturityName[o.maturityAfter]}`);
  lines.push('', say.dimensions);
  const width = Math.max(...comparison.dimensions.map((d) => dimensionLabel(d.id, lang).length));
  for (const d of comparison.dimensions) lines.push(`  ${dimensionLabel(d.id, lang).padEnd(width)}  ${d.before} → ${d.after}  ${signed(d.delta)}`);
  for (const [title, list] of [[say.fixedFindings(comparison.diagnostics.fixed.length), comparison.diagnostics.fixed], [say.newFindings(comparison.diagnostics.new.length), comparison.diagnostics.new]] as const) {
    lines.push('', title);
    if (list.length === 0) lines.push(`  ${say.nothing}`);
    for (const d of list) lines.push(`  ${d.code}${d.path ? ` ${d.path}` : ''}${c} ${d.message}`);
  }
  lines.push('', say.moments);
  if (comparison.moments.length === 0) lines.push(`  ${say.nothing}`);
  for (const m of comparison.moments) lines.push(`  ${momentText(m, say)}`);
  lines.push('', say.journeys);
  if (comparison.journeys.length === 0) lines.push(`  ${say.nothing}`);
  for (const j of comparison.journeys) {
    lines.push(`  ${j.name} (${say.journeyStatus[j.status]})${c} ${say.breaks.toLowerCase()} ${j.breaksBefore} → ${j.breaksAfter}`);
    for (const b of j.breaksClosed) lines.push(`    − ${b.from.action} (${b.from.channel}) → ${b.to.action} (${b.to.channel})`);
    for (const b of j.breaksOpened) lines.push(`    + ${b.from.action} (${b.from.channel}) → ${b.to.action} (${b.to.channel})`);
    for (const s of j.steps) {
      if (s.status === 'unchanged') continue;
      lines.push(`    ${say.stepStatus[s.status]}${c} ${s.detail.stageName} / ${s.detail.action} [${s.channelBefore ?? say.none} → ${s.channelAfter ?? say.none} · ${emotionText(s.emotionBefore, say)} → ${emotionText(s.emotionAfter, say)}]`);
    }
  }
  lines.push('', say.initiatives);
  if (comparison.initiatives.length === 0) lines.push(`  ${say.nothing}`);
  for (const i of comparison.initiatives) lines.push(`  ${i.title}${c} ${status(i.statusBefore, say)} → ${status(i.statusAfter, say)}`);
  return lines.join('\n') + '\n';
}

function momentText(m: MomentChange, say: CompareLabels): string {
  const word = m.direction === 'improved' ? say.improved : say.worsened;
  return `${word}${say.colon} ${m.journeyName} / ${m.action} (${say.emotion.toLowerCase()} ${emotionText(m.emotionBefore, say)} → ${emotionText(m.emotionAfter, say)} · ${m.servedAfter ? say.served : say.notServed})`;
}

export function formatComparisonMarkdown(comparison: Comparison, lang: Language): string {
  const say = compareLabels(lang);
  const md = escapeMarkdown;
  const c = say.colon;
  const out: string[] = [];
  const client = comparison.after.client ?? comparison.before.client ?? '';
  const o = comparison.overall;
  out.push(`### ${md(say.title(client))}`, '');
  out.push(`**${say.overall}${c}** ${o.before} → ${o.after} (${signed(o.after - o.before)}) · **${say.maturity}${c}** ${say.maturityName[o.maturityBefore]} → ${say.maturityName[o.maturityAfter]} · ${say.summary(comparison.diagnostics.fixed.length, comparison.diagnostics.new.length)}`, '');
  out.push(`${say.before}${c} ${md(comparison.before.path)}${comparison.before.date ? ` (${md(comparison.before.date)})` : ''} · ${say.after}${c} ${md(comparison.after.path)}${comparison.after.date ? ` (${md(comparison.after.date)})` : ''}`, '');
  out.push(`| ${say.dimension} | ${say.before} | ${say.after} | ${say.delta} |`, '|---|---:|---:|---:|');
  for (const d of comparison.dimensions) {
    const mark = d.delta > 0 ? ' ▲' : d.delta < 0 ? ' ▼' : '';
    out.push(`| ${dimensionLabel(d.id, lang)} | ${d.before} | ${d.after} | ${signed(d.delta)}${mark} |`);
  }
  for (const [title, list] of [[say.fixedFindings(comparison.diagnostics.fixed.length), comparison.diagnostics.fixed], [say.newFindings(comparison.diagnostics.new.length), comparison.diagnostics.new]] as const) {
    out.push('', `#### ${title}`, '');
    if (list.length === 0) out.push(say.nothing);
    for (const d of list) out.push(`- \`${d.code}\`${d.path ? ` ${md(d.path)}` : ''}${c} ${md(d.message)}`);
  }
  out.push('', `#### ${say.moments}`, '');
  if (comparison.moments.length === 0) out.push(say.nothing);
  for (const m of comparison.moments) {
    const word = m.direction === 'improved' ? `✅ ${say.improved}` : `⚠️ ${say.worsened}`;
    out.push(`- ${word}${c} ${md(m.journeyName)} / ${md(m.action)} (${say.emotion.toLowerCase()} ${emotionText(m.emotionBefore, say)} → ${emotionText(m.emotionAfter, say)} · ${m.servedAfter ? say.served : say.notServed})`);
  }
  out.push('', `#### ${say.journeys}`, '');
  if (comparison.journeys.length === 0) out.push(say.nothing);
  else out.push(`| ${say.journey} | ${say.status} | ${say.breaks} | ${say.steps} |`, '|---|---|---:|---|');
  for (const j of comparison.journeys) {
    const counts = new Map<string, number>();
    for (const s of j.steps) if (s.status !== 'unchanged') counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    const steps = [...counts].map(([k, n]) => `${n} ${say.stepStatus[k]}`).join(', ') || say.none;
    out.push(`| ${md(j.name)} | ${say.journeyStatus[j.status]} | ${j.breaksBefore} → ${j.breaksAfter} | ${steps} |`);
  }
  const closed = comparison.journeys.flatMap((j) => j.breaksClosed.map((b) => ({ j, b })));
  const opened = comparison.journeys.flatMap((j) => j.breaksOpened.map((b) => ({ j, b })));
  for (const [title, list] of [[say.breaksClosed, closed], [say.breaksOpened, opened]] as const) {
    if (list.length === 0) continue;
    out.push('', `**${title}**`, '');
    for (const { j, b } of list) out.push(`- ${md(j.name)}${c} ${md(b.from.action)} (${md(b.from.channel)}) → ${md(b.to.action)} (${md(b.to.channel)})`);
  }
  if (comparison.initiatives.length > 0) {
    out.push('', `#### ${say.initiatives}`, '', `| ${say.initiative} | ${say.before} | ${say.after} |`, '|---|---|---|');
    for (const i of comparison.initiatives) out.push(`| ${md(i.title)} | ${status(i.statusBefore, say)} | ${status(i.statusAfter, say)} |`);
  }
  return out.join('\n') + '\n';
}
