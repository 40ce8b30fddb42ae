/** One report to stdout, or to the one file `--out` names (never replacing a file without `--force`). */
import { resolve } from 'node:path';
import type { Language } from '../../core';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, EXIT_OK, type CliIo, type ExitCode } from '../cliIo';
import { cliMessages } from '../messages';
import { terminalLine } from '../output/terminalText';
import { shownPath, writeFileAtomically } from '../writeOutput';

export function writeReport(text: string, args: CommandArguments, io: CliIo, lang: Language, forTerminal: (text: string) => string): ExitCode {
  const messages = cliMessages(lang);
  if (args.out === undefined) {
    io.stdout.write(forTerminal(text));
    return EXIT_OK;
  }
  const path = resolve(io.cwd, args.out);
  const shown = shownPath(path, io.cwd);
  const written = writeFileAtomically(path, text, args.force);
  if (written.kind === 'written') {
    io.stdout.write(terminalLine(messages.wrote(shown)) + '\n');
    return EXIT_OK;
  }
  io.stderr.write(terminalLine(written.kind === 'exists' ? messages.exists(shown) : messages.writeFailed(shown, written.reason)) + '\n');
  return EXIT_ERRORS;
}
