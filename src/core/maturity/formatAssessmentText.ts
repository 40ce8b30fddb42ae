/** The human `cxm assess` output: the overall maturity, then each dimension with its evidence. */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { word } from '../templates/templateLabels';
import { dimensionLabel } from './dimensionLabels';
import { assessedEngagementOf } from './assessedEngagementOf';
import { localize, type Catalogue } from '../i18n/localized';

const ASSESSMENT_TEXTS = {
  overall: {
    en: ({ client, level, maturity }: { client: string; level: number; maturity: string }) => `${client}: overall level ${level}/5, ${maturity}`,
    fr: ({ client, level, maturity }: { client: string; level: number; maturity: string }) => `${client} : niveau global ${level}/5, ${maturity}`,
  },
  atLine: { en: ({ line }: { line: number }) => ` (line ${line})`, fr: ({ line }: { line: number }) => ` (ligne ${line})` },
} satisfies Catalogue;

export function formatAssessmentText(analysis: EngagementAnalysis): string {
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) return '';
  const { engagement, maturity } = assessed;
  const channelMaturity = word(maturity.overall.maturity, analysis.language);
  const lines = [localize(ASSESSMENT_TEXTS.overall, analysis.language, { client: engagement.engagement.client, level: maturity.overall.level, maturity: channelMaturity })];
  const width = Math.max(...maturity.dimensions.map((d) => dimensionLabel(d.id, analysis.language).length));
  for (const d of maturity.dimensions) {
    lines.push(`  ${dimensionLabel(d.id, analysis.language).padEnd(width)}  ${d.level}/5  ${word(d.source, analysis.language)}  [${d.id}]`);
    for (const e of d.evidence) {
      lines.push(`      - ${e.text}${e.line === undefined ? '' : localize(ASSESSMENT_TEXTS.atLine, analysis.language, { line: e.line })}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
