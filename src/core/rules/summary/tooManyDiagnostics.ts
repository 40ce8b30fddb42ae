/**
 * `too-many-diagnostics` (info): More than 1,000 diagnostics: the rest are summarised.
 */
import { defineRule, type RuleMessages } from '../rule';

const messages = {
  tooMany: {
    en: ({ count }: { count: number }) => `${count} more diagnostics are not shown: fix the ones above first.`,
    fr: ({ count }: { count: number }) => `${count} autres diagnostics ne sont pas affichés : corrigez d'abord ceux ci-dessus.`,
  },
} satisfies RuleMessages;

const page = {
  en: `**Info.** A file has more than 1,000 diagnostics: the first 1,000 (in position order) are shown,
and this one summarises the rest, placed where the first one left out was.

- EN: \`100 more diagnostics are not shown: fix the ones above first.\`
- FR: \`100 autres diagnostics ne sont pas affichés : corrigez d'abord ceux ci-dessus.\`

**Fix.** Fix the diagnostics shown (often one misplaced indentation causes hundreds), then validate
again.`,
  fr: `**Information.** Un fichier a plus de 1 000 diagnostics : les 1 000 premiers (dans l'ordre des
positions) sont affichés, et celui-ci résume le reste, placé là où était le premier omis.

- EN : \`100 more diagnostics are not shown: fix the ones above first.\`
- FR : \`100 autres diagnostics ne sont pas affichés : corrigez d'abord ceux ci-dessus.\`

**Correction.** Corrigez les diagnostics affichés (souvent une seule indentation mal placée en
cause des centaines), puis validez de nouveau.`,
};

export const tooManyDiagnostics = defineRule({
  code: 'too-many-diagnostics',
  severity: 'info',
  family: 'summary',
  summary: 'More than 1,000 diagnostics: the rest are summarised.',
  messages,
  page,
});
