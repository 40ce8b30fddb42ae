/** The maturity as a short Markdown page: the "Show Maturity" view in VS Code. */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { escapeMarkdown } from '../templates/escapeMarkdown';
import { word } from '../templates/templateLabels';
import { dimensionLabel } from './dimensionLabels';
import { assessedEngagementOf } from './assessedEngagementOf';
import { textsIn, type Catalogue, type None } from '../i18n/localized';

const MATURITY_TEXTS = {
  noSchema: { en: (_: None) => '# Maturity\n\nThe file does not pass the schema: fix its errors first.\n', fr: (_: None) => "# Maturité\n\nLe fichier ne passe pas le schéma : corrigez les erreurs d'abord.\n" },
  maturity: { en: (_: None) => 'Maturity', fr: (_: None) => 'Maturité' },
  overallLevel: { en: (_: None) => 'Overall level', fr: (_: None) => 'Niveau global' },
  changeStage: { en: (_: None) => 'Change stage', fr: (_: None) => 'Stade de changement' },
  dimension: { en: (_: None) => 'Dimension', fr: (_: None) => 'Dimension' },
  level: { en: (_: None) => 'Level', fr: (_: None) => 'Niveau' },
  source: { en: (_: None) => 'Source', fr: (_: None) => 'Source' },
  evidence: { en: (_: None) => 'Evidence', fr: (_: None) => 'Éléments' },
  line: { en: (_: None) => 'line', fr: (_: None) => 'ligne' },
} satisfies Catalogue;

export function formatMaturityMarkdown(analysis: EngagementAnalysis): string {
  const lang = analysis.language;
  const say = textsIn(MATURITY_TEXTS, lang);
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) return say.noSchema();
  const { engagement, maturity } = assessed;
  const bar = (level: number) => '●'.repeat(level) + '○'.repeat(5 - level);
  const lines = [
    `# ${say.maturity()} — ${escapeMarkdown(engagement.engagement.client)}`,
    '',
    `**${say.overallLevel()}**: ${maturity.overall.level}/5 ${bar(maturity.overall.level)} (${word(maturity.overall.maturity, lang)}) · ` +
      `**${say.changeStage()}**: ${word(engagement.change.stage, lang)}`,
    '',
    `| ${say.dimension()} | ${say.level()} | ${say.source()} | ${say.evidence()} |`,
    '|---|---|---|---|',
    ...maturity.dimensions.map((d) => `| ${dimensionLabel(d.id, lang)} | ${d.level}/5 ${bar(d.level)} | ${word(d.source, lang)} | ${d.evidence
      .map((e) => `${escapeMarkdown(e.text)}${e.line === undefined ? '' : ` (${say.line()} ${e.line})`}`)
      .join('<br>')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
