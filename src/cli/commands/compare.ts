/**
 * `cxm compare <before> <after>`: the progress between two versions of an engagement, as text,
 * the contract's JSON, Markdown or HTML. Thin: reading the sides here, everything else in the core
 * (src/core/snapshot, src/core/compare). Exit 1 when either side has errors (printed as
 * `cxm validate` prints them); the report is still written when both sides were assessed.
 */
import { comparisonHtml, compareSnapshots, comparisonToJson, formatComparisonMarkdown, formatComparisonText, type Language, type EngagementSnapshot } from '../../core';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../cliIo';
import type { FileReport } from '../fileReport';
import { terminalBlock } from '../output/terminalText';
import { formatTextDiagnostics } from '../output/textReport';
import { reportBadUsage } from '../usage';
import { readCompareSide } from './compareInput';
import { snapshotInWorker, snapshotOfText } from './snapshotWorker';
import { writeReport } from './writeReport';

const TWO_INPUTS = { en: 'compare takes exactly two inputs: <before> <after>', fr: 'compare attend exactement deux entrées : <avant> <après>' } as const;

export async function runCompare(args: CommandArguments, io: CliIo): Promise<ExitCode> {
  const hostLang = args.lang ?? io.environmentLanguage;
  if (args.inputs.length !== 2) return reportBadUsage(io, TWO_INPUTS[hostLang], args.command);
  const [beforeArg, afterArg] = args.inputs as [string, string];
  const [beforeSide, afterSide] = await Promise.all([readCompareSide(beforeArg, io.cwd, hostLang), readCompareSide(afterArg, io.cwd, hostLang)]);

  // Both versions at once: the earlier in a worker thread. The after file decides the language of
  // the report (unless --lang); in the rare case the earlier one declares another language, it is
  // analysed again in the report's, so every message of the report speaks one language.
  // The size limit is counted on the bytes read (a 4 MiB file of invalid UTF-8 decodes to 12 MiB of text).
  const options = { lang: args.lang, fallbackLang: io.environmentLanguage };
  const [beforeFirst, after] = await Promise.all([
    beforeSide.ok ? snapshotInWorker(beforeSide.text, { ...options, byteLength: beforeSide.byteLength }, io.analysisWorkerScript) : undefined,
    afterSide.ok ? snapshotOfText(afterSide.text, { ...options, byteLength: afterSide.byteLength }) : undefined,
  ]);
  const lang: Language = args.lang ?? after?.snapshot.language ?? hostLang;
  const before = beforeSide.ok && beforeFirst && beforeFirst.snapshot.language !== lang ? snapshotOfText(beforeSide.text, { lang, byteLength: beforeSide.byteLength }) : beforeFirst;

  let exit: ExitCode = EXIT_OK;
  const report = (file: FileReport) => {
    if (file.diagnostics.length === 0) return;
    io.stderr.write(formatTextDiagnostics(file));
    exit = EXIT_ERRORS;
  };
  report({ path: beforeSide.path, diagnostics: beforeSide.ok ? before!.errors : [beforeSide.diagnostic] });
  report({ path: afterSide.path, diagnostics: afterSide.ok ? after!.errors : [afterSide.diagnostic] });
  if (!before?.snapshot.overall || !after?.snapshot.overall) return EXIT_ERRORS;

  const snapshots: [EngagementSnapshot, EngagementSnapshot] = [before.snapshot, after.snapshot];
  const comparison = compareSnapshots({ path: beforeSide.path, snapshot: snapshots[0] }, { path: afterSide.path, snapshot: snapshots[1] });
  const text = args.format === 'json' ? JSON.stringify(comparisonToJson(comparison), null, 2) + '\n'
    : args.format === 'markdown' ? formatComparisonMarkdown(comparison, lang)
      : args.format === 'html' ? comparisonHtml(comparison, lang)
        : formatComparisonText(comparison, lang);
  const written = writeReport(text, args, io, hostLang, (shown) => (io.stdoutIsTerminal ? terminalBlock(shown) : shown));
  return written > exit ? written : exit;
}
