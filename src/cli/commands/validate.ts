/** `cxm validate`: every file's diagnostics as text, JSON or SARIF; exit 1 when any file has an error. */
import { version } from '../../../package.json';
import { analyseInputs } from '../analyseInputs';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../cliIo';
import { addToCounts, emptyCounts, type FileReport } from '../fileReport';
import { formatJsonReport } from '../output/jsonReport';
import { formatSarifReport } from '../output/sarifReport';
import { terminalJson } from '../output/terminalText';
import { formatTextDiagnostics, formatTextSummary } from '../output/textReport';
import { collectInputs } from './collectInputs';

export async function runValidate(args: CommandArguments, io: CliIo): Promise<ExitCode> {
  const files = collectInputs(args, io);
  if (!Array.isArray(files)) return files.exit;
  const counts = emptyCounts();
  // Only paths and diagnostics are kept between files, never texts or models.
  const reports: FileReport[] = [];
  const options = { lang: args.lang, fallbackLang: io.environmentLanguage, validateOnly: true, workerScript: io.analysisWorkerScript };
  for await (const analysed of analyseInputs(files, options)) {
    const report: FileReport = { path: analysed.path, diagnostics: analysed.diagnostics };
    addToCounts(counts, report);
    if (args.format === 'text') io.stdout.write(formatTextDiagnostics(report));
    else reports.push(report);
  }
  if (args.format === 'text') io.stdout.write(formatTextSummary(counts, args.lang ?? io.environmentLanguage));
  else {
    const json = args.format === 'json' ? formatJsonReport(reports) : formatSarifReport(reports, version, io.cwd);
    io.stdout.write(io.stdoutIsTerminal ? terminalJson(json) : json);
  }
  return counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
}
