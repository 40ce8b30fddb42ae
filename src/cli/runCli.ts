/** Dispatches `cxm` arguments to a command; in-process, so tests run it with their own I/O. */
import { version } from '../../package.json';
import { parseArguments, type CommandArguments, type CommandName } from './arguments';
import { EXIT_OK, type CliIo, type ExitCode } from './cliIo';
import { runAssess } from './commands/assess';
import { runCompare } from './commands/compare';
import { runJourney } from './commands/journey';
import { runPortfolio } from './commands/portfolio';
import { runRoadmap } from './commands/roadmap';
import { runValidate } from './commands/validate';
import { commandHelp, generalHelp, reportBadUsage } from './usage';

const COMMAND_RUNNERS: Record<CommandName, (args: CommandArguments, io: CliIo) => ExitCode | Promise<ExitCode>> = {
  validate: runValidate,
  assess: runAssess,
  roadmap: runRoadmap,
  journey: runJourney,
  compare: runCompare,
  portfolio: runPortfolio,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArguments(argv, io.environmentLanguage);
  switch (parsed.kind) {
    case 'help':
      io.stdout.write(parsed.command ? commandHelp(parsed.command, io.environmentLanguage) : generalHelp(io.environmentLanguage));
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${version}\n`);
      return EXIT_OK;
    case 'bad-usage':
      return reportBadUsage(io, parsed.reason, parsed.command);
    case 'run':
      return COMMAND_RUNNERS[parsed.args.command](parsed.args, io);
  }
}
