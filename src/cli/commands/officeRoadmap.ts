/**
 * `cxm roadmap --template docx|pptx [--reference <firm.docx|firm.pptx>]`: the roadmap as a Word
 * report or a PowerPoint deck. The reference is read once here and its bytes go with each file to
 * wherever it is rendered; a binary document is never printed on a terminal.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, type CliIo, type ExitCode } from '../cliIo';
import { cliMessages } from '../messages';
import { terminalLine } from '../output/terminalText';
import { reportBadUsage } from '../usage';
import { runDocumentCommand } from './runDocumentCommand';

/** A firm's template with a few logos weighs a few hundred KB; 20 MB leaves room and bounds memory. */
const MAX_REFERENCE_BYTES = 20 * 1024 * 1024;

export function runOfficeRoadmap(args: CommandArguments, format: 'docx' | 'pptx', io: CliIo): ExitCode | Promise<ExitCode> {
  const messages = cliMessages(args.lang ?? io.environmentLanguage);
  if (args.out === undefined && io.stdoutIsTerminal) return reportBadUsage(io, messages.officeNeedsFile, args.command);
  let reference: Uint8Array | undefined;
  if (args.reference !== undefined) {
    const path = resolve(io.cwd, args.reference);
    try {
      if (statSync(path).size > MAX_REFERENCE_BYTES) {
        io.stderr.write(terminalLine(messages.referenceTooLarge(args.reference)) + '\n');
        return EXIT_ERRORS;
      }
      reference = new Uint8Array(readFileSync(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr.write(terminalLine(messages.unreadable(args.reference, code)) + '\n');
      return EXIT_ERRORS;
    }
  }
  return runDocumentCommand({
    args,
    suffix: `.roadmap.${format}`,
    allowsSeveralOnStdout: false,
    render: { kind: 'office', format, ...(reference ? { reference } : {}) },
  }, io);
}
