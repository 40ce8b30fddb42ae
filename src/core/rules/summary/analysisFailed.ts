/**
 * `analysis-failed` (error): cxm failed to analyse the file.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { None } from '../ruleTexts';

// The extension's words (its worker died or overran); `cxm` words an unexpected exception itself, with its cause.
const messages = {
  memory: {
    en: ({ megabytes }: { megabytes: number }) => `The file could not be analysed: it needs more than ${megabytes} MB of memory. Split or simplify it.`,
    fr: ({ megabytes }: { megabytes: number }) => `Le fichier n'a pas pu être analysé : il demande plus de ${megabytes} Mo de mémoire. Scindez ou simplifiez-le.`,
  },
  time: {
    en: (_: None) => 'The file could not be analysed: the analysis took longer than 30 seconds. Split or simplify it.',
    fr: (_: None) => "Le fichier n'a pas pu être analysé : l'analyse a duré plus de 30 secondes. Scindez ou simplifiez-le.",
  },
  crashed: {
    en: (_: None) => 'The file could not be analysed (see the "CX Maturity Toolkit" log).',
    fr: (_: None) => "Le fichier n'a pas pu être analysé (voir le journal « CX Maturity Toolkit »).",
  },
} satisfies RuleMessages;

const page = {
  en: `**Error.** The analysis of the file itself failed: in VS Code, the analysis worker died or took
longer than 30 seconds; in \`cxm\`, an unexpected exception. Reported at 1:1 on that file only; the
other files are still validated. The cause is in the *CX Maturity Toolkit* log (VS Code) or in the
message (CLI).

**Fix.** Please report it with the file: the validator must give every file a located diagnostic.`,
  fr: `**Erreur.** L'analyse du fichier elle-même a échoué : dans VS Code, le processus d'analyse s'est
arrêté ou a pris plus de 30 secondes ; dans \`cxm\`, une exception inattendue. Signalé en 1:1 sur ce
seul fichier ; les autres fichiers sont toujours validés. La cause figure dans le journal *CX
Maturity Toolkit* (VS Code) ou dans le message (ligne de commande).

**Correction.** Signalez-le avec le fichier : le validateur doit donner à chaque fichier un
diagnostic positionné.`,
};

export const analysisFailed = defineRule({
  code: 'analysis-failed',
  severity: 'error',
  family: 'summary',
  summary: 'cxm failed to analyse the file.',
  messages,
  page,
});
