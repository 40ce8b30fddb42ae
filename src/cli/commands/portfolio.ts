/**
 * `cxm portfolio <inputs>`: the firm's benchmark across engagements. Thin: the files are analysed
 * on every core by the CLI's worker threads, each worker sends back one compact row per file (a
 * file with errors only its errors), and the core's PortfolioBuilder keeps nothing else, so memory
 * grows by one row per file. Files with errors are skipped and listed, never fatal (exit 0).
 */
import { PortfolioBuilder, formatPortfolioMarkdown, formatPortfolioText, portfolioHtml, type PortfolioRow } from '../../core';
import { analyseInputs } from '../analyseInputs';
import type { CommandArguments } from '../arguments';
import type { CliIo, ExitCode } from '../cliIo';
import { terminalBlock } from '../output/terminalText';
import { collectInputs } from './collectInputs';
import { writeReport } from './writeReport';

export async function runPortfolio(args: CommandArguments, io: CliIo): Promise<ExitCode> {
  const lang = args.lang ?? io.environmentLanguage;
  const files = collectInputs(args, io);
  if (!Array.isArray(files)) return files.exit;
  const builder = new PortfolioBuilder();
  const analysed = analyseInputs(files, {
    lang: args.lang, fallbackLang: io.environmentLanguage, workerScript: io.analysisWorkerScript, errorsOnly: true,
    render: { document: { kind: 'portfolio-row' }, sharedStdout: false, lang },
  });
  for await (const file of analysed) {
    const outcome = file.rendered;
    if (outcome?.ok && 'text' in outcome) {
      builder.add(file.path, JSON.parse(outcome.text) as PortfolioRow);
      continue;
    }
    const error = file.diagnostics.find((d) => d.severity === 'error');
    builder.skip(file.path, error ?? { code: 'analysis-failed', message: outcome && !outcome.ok ? outcome.message : '' });
  }
  const report = builder.finish({ by: args.by, redact: args.redact });
  const text = args.format === 'json' ? JSON.stringify(report, null, 2) + '\n'
    : args.format === 'markdown' ? formatPortfolioMarkdown(report, lang)
      : args.format === 'html' ? portfolioHtml(report, lang)
        : formatPortfolioText(report, lang);
  return writeReport(text, args, io, lang, (shown) => (io.stdoutIsTerminal ? terminalBlock(shown) : shown));
}
