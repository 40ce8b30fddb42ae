/** The input step every command shares: expand the arguments, note the ones that matched nothing. */
import type { CommandArguments } from '../arguments';
import type { CliIo, ExitCode } from '../cliIo';
import { expandInputs, type InputFile } from '../expandInputs';
import { capQuoted } from '../../core';
import { MAX_BRACE_ALTERNATIVES } from '../globPattern';
import { cliMessages, usageMessages } from '../messages';
import { terminalLine } from '../output/terminalText';
import { reportBadUsage } from '../usage';

/** The files to process, or the exit code of bad usage when the arguments match nothing at all. */
export function collectInputs(args: CommandArguments, io: CliIo): InputFile[] | { exit: ExitCode } {
  const messages = cliMessages(args.lang ?? io.environmentLanguage);
  const { files, unmatched, tooLarge } = expandInputs(args.inputs, io.cwd);
  if (tooLarge !== undefined) {
    return { exit: reportBadUsage(io, usageMessages(args.lang ?? io.environmentLanguage).globTooLarge(terminalLine(capQuoted(tooLarge)), MAX_BRACE_ALTERNATIVES), args.command) };
  }
  if (files.length === 0) return { exit: reportBadUsage(io, messages.nothingMatched, args.command) };
  for (const argument of unmatched) io.stderr.write(terminalLine(messages.noMatch(argument)) + '\n');
  return files;
}
