/** The maturity as a short Markdown page: the "Show Maturity" view in VS Code. */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { escapeMarkdown } from '../templates/escapeMarkdown';
import { word } from '../templates/templateLabels';
import { dimensionLabel } from './dimensionLabels';
import { assessedEngagementOf } from './assessedEngagementOf';

export function formatMaturityMarkdown(analysis: EngagementAnalysis): string {
  const lang = analysis.language;
  const fr = lang === 'fr';
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) return fr ? "# Maturité\n\nLe fichier ne passe pas le schéma : corrigez les erreurs d'abord.\n" : '# Maturity\n\nThe file does not pass the schema: fix its errors first.\n';
  const { engagement, maturity } = assessed;
  const bar = (level: number) => '●'.repeat(level) + '○'.repeat(5 - level);
  const lines = [
    `# ${fr ? 'Maturité' : 'Maturity'} — ${escapeMarkdown(engagement.engagement.client)}`,
    '',
    `**${fr ? 'Niveau global' : 'Overall level'}**: ${maturity.overall.level}/5 ${bar(maturity.overall.level)} (${word(maturity.overall.maturity, lang)}) · ` +
      `**${fr ? 'Stade de changement' : 'Change stage'}**: ${word(engagement.change.stage, lang)}`,
    '',
    `| ${fr ? 'Dimension' : 'Dimension'} | ${fr ? 'Niveau' : 'Level'} | ${fr ? 'Source' : 'Source'} | ${fr ? 'Éléments' : 'Evidence'} |`,
    '|---|---|---|---|',
    ...maturity.dimensions.map((d) => `| ${dimensionLabel(d.id, lang)} | ${d.level}/5 ${bar(d.level)} | ${word(d.source, lang)} | ${d.evidence
      .map((e) => `${escapeMarkdown(e.text)}${e.line === undefined ? '' : ` (${fr ? 'ligne' : 'line'} ${e.line})`}`)
      .join('<br>')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
