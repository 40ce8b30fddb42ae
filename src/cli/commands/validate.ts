/** `cxm validate`: every file's diagnostics as text, JSON or SARIF; exit 1 when any file has an error. */
import { version } from '../../../package.json';
import { analyseInputs } from '../analyseInputs';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../cliIo';
import { addToCounts, emptyCounts, type FileReport } from '../fileReport';
import { jsonReport } from '../output/jsonReport';
import { ChunkedWriter } from '../output/jsonStream';
import { sarifReport } from '../output/sarifReport';
import { terminalJson } from '../output/terminalText';
import { formatTextDiagnostics, formatTextSummary } from '../output/textReport';
import { collectInputs } from './collectInputs';

export async function runValidate(args: CommandArguments, io: CliIo): Promise<ExitCode> {
  const files = collectInputs(args, io);
  if (!Array.isArray(files)) return files.exit;
  const counts = emptyCounts();
  // Nothing is kept between files but the counts: JSON and SARIF are written a file, and within it
  // a chunk of diagnostics, at a time, waiting whenever stdout asks to (a pipe read slowly).
  const report = args.format === 'json' ? jsonReport() : args.format === 'sarif' ? sarifReport(version, io.cwd) : undefined;
  const out = new ChunkedWriter(io.stdout, io.stdoutIsTerminal ? terminalJson : undefined);
  if (report) out.write(report.head());
  const options = { lang: args.lang, fallbackLang: io.environmentLanguage, validateOnly: true, workerScript: io.analysisWorkerScript };
  for await (const analysed of analyseInputs(files, options)) {
    const fileReport: FileReport = { path: analysed.path, diagnostics: analysed.diagnostics };
    addToCounts(counts, fileReport);
    if (!report) {
      io.stdout.write(formatTextDiagnostics(fileReport));
      continue;
    }
    for (const piece of report.file(fileReport)) {
      out.write(piece);
      await out.flushIfFull();
    }
  }
  if (report) {
    out.write(report.end());
    await out.flush();
  } else {
    io.stdout.write(formatTextSummary(counts, args.lang ?? io.environmentLanguage));
  }
  return counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
}
