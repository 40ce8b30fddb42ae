/**
 * `relapse-risk` (warning): The file says maintenance while a dimension is at level 1 or 2.
 */
import { defineRule, type RuleMessages } from '../rule';
import { listed } from '../ruleTexts';
import { dimensionLabel } from '../../maturity/dimensionLabels';
import { assessMaturity } from '../../maturity/assessMaturity';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  relapseRisk: {
    en: ({ dimensions }: { dimensions: string }) =>
      `The file says maintenance, yet ${dimensions} at level 1 or 2: the organisation claims to sustain a change its own facts do not show (relapse risk, Prochaska & DiClemente). The roadmap recycles the plan.`,
    fr: ({ dimensions }: { dimensions: string }) =>
      `Le fichier indique le maintien, mais ${dimensions} au niveau 1 ou 2\u00a0: l'organisation dit maintenir un changement que ses propres faits ne montrent pas (risque de rechute, Prochaska et DiClemente). La feuille de route reprend le plan.`,
  },
  /** The weak dimensions as the subject of the sentence: "Channels (1/5) and Data (2/5) are". */
  weakDimensions: {
    en: ({ names }: { names: readonly string[] }) => `${listed(names, ' and ')} ${names.length === 1 ? 'is' : 'are'}`,
    fr: ({ names }: { names: readonly string[] }) => `${listed(names, ' et ')} ${names.length === 1 ? 'est' : 'sont'}`,
  },
} satisfies RuleMessages;

/** `change.stage: maintenance` while the levels the roadmap shows (assessed ones count) put a dimension at 1 or 2. */
function checkRelapse(facts: EngagementFacts, sink: DiagnosticSink): void {
  const { engagement } = facts;
  if (engagement.change.stage !== 'maintenance') return;
  // Evidence positions are not needed here.
  const maturity = assessMaturity(engagement, facts, () => undefined, sink.lang);
  const weak = maturity.dimensions.filter((d) => d.level <= 2);
  if (weak.length === 0) return;
  const names = weak.map((d) => `${dimensionLabel(d.id, sink.lang)} (${d.level}/5)`);
  sink.atValue('relapse-risk', 'change.stage', messages.relapseRisk, { dimensions: messages.weakDimensions[sink.lang]({ names }) });
}

const page = {
  en: `**Warning**, on \`change.stage\`. The file says \`maintenance\` while some dimension (derived or
assessed) is at level 1 or 2: the organisation claims to sustain a change its own facts do not show.
In Prochaska & DiClemente's model, maintenance means a change that has lasted; a claim without the
facts is where relapse starts. The roadmap then carries the alert \`relapse-risk\` and recycles the
action work on the weak dimensions into its maintenance phase.

- EN: \`The file says maintenance, yet Data trust (1/5) is at level 1 or 2: the organisation claims to sustain a change its own facts do not show (relapse risk, Prochaska & DiClemente). The roadmap recycles the plan.\`
- FR: \`Le fichier indique le maintien, mais Confiance et données (1/5) est au niveau 1 ou 2 : l'organisation dit maintenir un changement que ses propres faits ne montrent pas (risque de rechute, Prochaska et DiClemente). La feuille de route reprend le plan.\`

**Fix.** Either the stage is wrong (say \`action\`), or the facts are missing from the file.

\`\`\`yaml
change:
  stage: maintenance     # relapse-risk: no channel shares the history, no data charter
\`\`\``,
  fr: `**Avertissement**, sur \`change.stage\`. Le fichier indique \`maintenance\` alors qu'une dimension
(déduite ou évaluée) est au niveau 1 ou 2 : l'organisation dit maintenir un changement que ses
propres faits ne montrent pas. Dans le modèle de Prochaska et DiClemente, le maintien est un
changement qui a duré ; l'affirmer sans les faits, c'est là que commence la rechute. La feuille de
route porte alors l'alerte \`relapse-risk\` et reprend le travail d'action sur les dimensions faibles
dans sa phase de maintien.

- EN : \`The file says maintenance, yet Data trust (1/5) is at level 1 or 2: the organisation claims to sustain a change its own facts do not show (relapse risk, Prochaska & DiClemente). The roadmap recycles the plan.\`
- FR : \`Le fichier indique le maintien, mais Confiance et données (1/5) est au niveau 1 ou 2 : l'organisation dit maintenir un changement que ses propres faits ne montrent pas (risque de rechute, Prochaska et DiClemente). La feuille de route reprend le plan.\`

**Correction.** Soit le stade est faux (indiquez \`action\`), soit les faits manquent au fichier.

\`\`\`yaml
change:
  stage: maintenance     # relapse-risk : aucun canal ne partage l'historique, pas de charte des données
\`\`\``,
};

export const relapseRisk = defineRule({
  code: 'relapse-risk',
  severity: 'warning',
  family: 'plan',
  summary: 'The file says maintenance while a dimension is at level 1 or 2.',
  messages,
  check: checkRelapse,
  page,
});
