/**
 * The flow `assess`, `roadmap` and `journey` share: expand the inputs, analyse them one at a time,
 * refuse files with errors (their errors on stderr, nothing written for them), render the others,
 * and send each document to stdout or to `--out`. A failure on one file never stops the batch.
 */
import { analyseInputs } from '../analyseInputs';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, worstExit, type CliIo, type ExitCode } from '../cliIo';
import { cliMessages } from '../messages';
import { terminalBlock, terminalJson, terminalLine } from '../output/terminalText';
import { formatTextDiagnostics } from '../output/textReport';
import { reportBadUsage } from '../usage';
import { outputPathInFolder, resolveOutputTarget, shownPath, writeFileAtomically } from '../writeOutput';
import { collectInputs } from './collectInputs';
import { heldChunks, type DocumentRender } from './renderDocument';

export interface DocumentCommand {
  args: CommandArguments;
  /** The end of the name of the file written for each input in an `--out` folder, e.g. `.roadmap.md`. */
  suffix: string;
  /** Whether several inputs may print to stdout (JSON Lines, text sections); else `--out` is required. */
  allowsSeveralOnStdout: boolean;
  /** What to make of each file without errors (rendered where the file is analysed). */
  render: DocumentRender;
}

export async function runDocumentCommand(command: DocumentCommand, io: CliIo): Promise<ExitCode> {
  const { args } = command;
  const lang = args.lang ?? io.environmentLanguage;
  const messages = cliMessages(lang);
  const files = collectInputs(args, io);
  if (!Array.isArray(files)) return files.exit;
  const target = resolveOutputTarget(args.out, files.length, io.cwd, lang);
  if (target.kind === 'bad-usage') return reportBadUsage(io, target.reason, args.command);
  const sharedStdout = target.kind === 'stdout' && files.length > 1;
  if (sharedStdout && !command.allowsSeveralOnStdout) return reportBadUsage(io, messages.severalNeedOut, args.command);

  let exit: ExitCode = EXIT_OK;
  const usedNames = new Set<string>();
  const analysed = analyseInputs(files, {
    lang: args.lang, fallbackLang: io.environmentLanguage, workerScript: io.analysisWorkerScript,
    render: { document: command.render, sharedStdout, lang },
  });
  for await (const file of analysed) {
    const outcome = file.rendered;
    if (!outcome) {
      const errors = file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      io.stderr.write(formatTextDiagnostics({ path: file.path, diagnostics: errors }));
      io.stderr.write(terminalLine(messages.skippedWithErrors(file.path)) + '\n');
      exit = worstExit(exit, EXIT_ERRORS);
      continue;
    }
    if (!outcome.ok) {
      if (outcome.exit === EXIT_USAGE) reportBadUsage(io, outcome.message, args.command);
      else io.stderr.write(terminalBlock(outcome.message) + '\n');
      exit = worstExit(exit, outcome.exit);
      continue;
    }
    if (target.kind === 'stdout') {
      if ('bytes' in outcome) io.stdout.write(outcome.bytes);
      else if ('chunks' in outcome) {
        // Made before the first byte is printed: a drawing that fails prints nothing but its error.
        let chunks: readonly string[];
        try {
          chunks = heldChunks(outcome.chunks);
        } catch (error) {
          io.stderr.write(terminalLine(messages.internalError(file.path, error instanceof Error ? error.message : String(error))) + '\n');
          exit = worstExit(exit, EXIT_ERRORS);
          continue;
        }
        if (io.stdoutIsTerminal) io.stdout.write(terminalBlock(chunks.join('')));
        else {
          // A slow reader (a pipe into a pager) is waited for between chunks, so a 50 MB map never
          // queues in the stream's buffer as well.
          for (const chunk of chunks) {
            io.stdout.write(chunk);
            await io.stdout.ready?.();
          }
        }
      } else io.stdout.write(!io.stdoutIsTerminal ? outcome.text : outcome.json ? terminalJson(outcome.text) : terminalBlock(outcome.text));
      continue;
    }
    const path = target.kind === 'file' ? target.path : outputPathInFolder(target.path, file.input, command.suffix, usedNames);
    const shown = shownPath(path, io.cwd);
    const written = writeFileAtomically(path, 'bytes' in outcome ? outcome.bytes : 'chunks' in outcome ? outcome.chunks : outcome.text, args.force);
    if (written.kind === 'written') {
      io.stdout.write(terminalLine(messages.wrote(shown)) + '\n');
    } else {
      const message = written.kind === 'exists' ? messages.exists(shown) : messages.writeFailed(shown, written.reason);
      io.stderr.write(terminalLine(message) + '\n');
      exit = worstExit(exit, EXIT_ERRORS);
    }
  }
  return exit;
}
