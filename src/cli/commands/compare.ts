/**
 * `cxm compare <before> <after>`: the progress between two versions of an engagement, as text,
 * the contract's JSON, Markdown or HTML. Thin: reading the sides here, everything else in the core
 * (src/core/snapshot, src/core/compare). Exit 1 when either side has errors (printed as
 * `cxm validate` prints them); the report is still written when both sides were assessed.
 */
import { analyseEngagement } from '../../core/analysis/analyseEngagement';
import { comparisonHtml } from '../../core/compare/comparisonHtml';
import { compareSnapshots, comparisonToJson } from '../../core/compare/compareSnapshots';
import { formatComparisonMarkdown, formatComparisonText } from '../../core/compare/formatComparison';
import type { Language } from '../../core/model/vocabulary';
import { snapshotOf, type EngagementSnapshot } from '../../core/snapshot/engagementSnapshot';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../cliIo';
import type { FileReport } from '../fileReport';
import { terminalBlock } from '../output/terminalText';
import { formatTextDiagnostics } from '../output/textReport';
import { reportBadUsage } from '../usage';
import { readCompareSide } from './compareInput';
import { writeReport } from './writeReport';

const TWO_INPUTS = { en: 'compare takes exactly two inputs: <before> <after>', fr: 'compare attend exactement deux entrées : <avant> <après>' } as const;

export async function runCompare(args: CommandArguments, io: CliIo): Promise<ExitCode> {
  const hostLang = args.lang ?? io.environmentLanguage;
  if (args.inputs.length !== 2) return reportBadUsage(io, TWO_INPUTS[hostLang], args.command);
  const [beforeArg, afterArg] = args.inputs as [string, string];
  const [beforeSide, afterSide] = await Promise.all([readCompareSide(beforeArg, io.cwd, hostLang), readCompareSide(afterArg, io.cwd, hostLang)]);

  // The after file decides the language of the report (unless --lang), and the before file's messages follow it.
  const after = afterSide.ok ? analyseEngagement(afterSide.text, { lang: args.lang, fallbackLang: io.environmentLanguage }) : undefined;
  const lang: Language = args.lang ?? after?.language ?? hostLang;
  const before = beforeSide.ok ? analyseEngagement(beforeSide.text, { lang }) : undefined;

  let exit: ExitCode = EXIT_OK;
  const report = (file: FileReport) => {
    const errors = file.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) return;
    io.stderr.write(formatTextDiagnostics({ path: file.path, diagnostics: errors }));
    exit = EXIT_ERRORS;
  };
  report({ path: beforeSide.path, diagnostics: beforeSide.ok ? before!.diagnostics : [beforeSide.diagnostic] });
  report({ path: afterSide.path, diagnostics: afterSide.ok ? after!.diagnostics : [afterSide.diagnostic] });
  if (!before?.maturity || !after?.maturity) return EXIT_ERRORS;

  const snapshots: [EngagementSnapshot, EngagementSnapshot] = [snapshotOf(before), snapshotOf(after)];
  const comparison = compareSnapshots({ path: beforeSide.path, snapshot: snapshots[0] }, { path: afterSide.path, snapshot: snapshots[1] });
  const text = args.format === 'json' ? JSON.stringify(comparisonToJson(comparison), null, 2) + '\n'
    : args.format === 'markdown' ? formatComparisonMarkdown(comparison, lang)
      : args.format === 'html' ? comparisonHtml(comparison, lang)
        : formatComparisonText(comparison, lang);
  const written = writeReport(text, args, io, hostLang, (shown) => (args.format === 'text' && io.stdoutIsTerminal ? terminalBlock(shown) : shown));
  return written > exit ? written : exit;
}
