/** The human `cxm assess` output: the overall maturity, then each dimension with its evidence. */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { dimensionLabel } from './dimensionLabels';
import { assessedEngagementOf } from './assessedEngagementOf';

export function formatAssessmentText(analysis: EngagementAnalysis): string {
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) return '';
  const { engagement, maturity } = assessed;
  const fr = analysis.language === 'fr';
  const lines = [
    fr
      ? `${engagement.engagement.client} : niveau global ${maturity.overall.level}/5, ${maturity.overall.maturity}`
      : `${engagement.engagement.client}: overall level ${maturity.overall.level}/5, ${maturity.overall.maturity}`,
  ];
  const width = Math.max(...maturity.dimensions.map((d) => dimensionLabel(d.id, analysis.language).length));
  for (const d of maturity.dimensions) {
    const source = d.source === 'assessed' ? (fr ? 'évalué' : 'assessed') : fr ? 'déduit' : 'derived';
    lines.push(`  ${dimensionLabel(d.id, analysis.language).padEnd(width)}  ${d.level}/5  ${source}  [${d.id}]`);
    for (const e of d.evidence) {
      lines.push(`      - ${e.text}${e.line === undefined ? '' : fr ? ` (ligne ${e.line})` : ` (line ${e.line})`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
