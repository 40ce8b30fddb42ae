/** The human `cxm assess` output: the overall maturity, then each dimension with its evidence. */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { word } from '../templates/templateLabels';
import { dimensionLabel } from './dimensionLabels';
import { assessedEngagementOf } from './assessedEngagementOf';

export function formatAssessmentText(analysis: EngagementAnalysis): string {
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) return '';
  const { engagement, maturity } = assessed;
  const fr = analysis.language === 'fr';
  const channelMaturity = word(maturity.overall.maturity, analysis.language);
  const lines = [
    fr
      ? `${engagement.engagement.client} : niveau global ${maturity.overall.level}/5, ${channelMaturity}`
      : `${engagement.engagement.client}: overall level ${maturity.overall.level}/5, ${channelMaturity}`,
  ];
  const width = Math.max(...maturity.dimensions.map((d) => dimensionLabel(d.id, analysis.language).length));
  for (const d of maturity.dimensions) {
    lines.push(`  ${dimensionLabel(d.id, analysis.language).padEnd(width)}  ${d.level}/5  ${word(d.source, analysis.language)}  [${d.id}]`);
    for (const e of d.evidence) {
      lines.push(`      - ${e.text}${e.line === undefined ? '' : fr ? ` (ligne ${e.line})` : ` (line ${e.line})`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
