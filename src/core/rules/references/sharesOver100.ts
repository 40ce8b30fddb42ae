/**
 * `shares-over-100` (error): The segment shares add up to more than 100%.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  sharesOver100: {
    en: ({ total }: { total: number }) => `Segment shares add up to ${total}%, more than 100%.`,
    fr: ({ total }: { total: number }) => `Les parts des segments totalisent ${total} %, plus de 100 %.`,
  },
} satisfies RuleMessages;

/** Reported once, on the share that takes the sum over 100. */
function checkShares(facts: EngagementFacts, sink: DiagnosticSink): void {
  const { segments } = facts.engagement;
  let total = 0;
  for (const segment of segments) {
    if (segment.share === undefined) continue;
    total += segment.share;
    // Shares are written with decimals (32.1 + 32.7 + 35.2): compare at a precision no one writes.
    if (total > 100 + 1e-9) {
      const sum = segments.reduce((acc, s) => acc + (s.share ?? 0), 0);
      sink.atValue('shares-over-100', `segments.${segment.index}.share`, messages.sharesOver100, { total: Math.round(sum * 100) / 100 });
      return;
    }
  }
}

const page = {
  en: `**Error.** The segments' \`share\` values add up to more than 100%. Reported once, on the share that
takes the sum over 100.

**Why it matters.** Shares weigh each segment's findings; more than the whole customer base means
at least one estimate is wrong.

**Fix.** Correct the estimates. Segments without \`share\` are fine, and the sum may be under 100.

\`\`\`yaml
segments:
  - id: artisans
    share: 70
    digitalIntensity: multichannel
  - id: key-accounts
    share: 40            # shares-over-100: 110%
    digitalIntensity: traditional
\`\`\``,
  fr: `**Erreur.** Les parts (\`share\`) des segments dépassent 100 % au total. Signalé une fois, sur la
part qui fait passer la somme au-dessus de 100.

**Pourquoi c'est important.** Les parts pondèrent les constats de chaque segment ; plus que toute
la clientèle signifie qu'au moins une estimation est fausse.

**Correction.** Corrigez les estimations. Des segments sans \`share\` conviennent, et la somme peut
rester sous 100.

\`\`\`yaml
segments:
  - id: artisans
    share: 70
    digitalIntensity: multichannel
  - id: key-accounts
    share: 40            # shares-over-100 : 110 %
    digitalIntensity: traditional
\`\`\``,
};

export const sharesOver100 = defineRule({
  code: 'shares-over-100',
  severity: 'error',
  family: 'references',
  summary: 'The segment shares add up to more than 100%.',
  messages,
  check: checkShares,
  page,
});
