/**
 * `cxm assess`: the ten-dimension maturity of each file, as text or as the contract's JSON. Several
 * files print one after the other: text under a `== path ==` heading, JSON as one line per file
 * (JSON Lines), so one file prints exactly one contract object.
 */
import type { CommandArguments } from '../arguments';
import type { CliIo, ExitCode } from '../cliIo';
import { runDocumentCommand } from './runDocumentCommand';

export function runAssess(args: CommandArguments, io: CliIo): Promise<ExitCode> {
  const json = args.format === 'json';
  return runDocumentCommand(
    {
      args,
      suffix: json ? '.assessment.json' : '.assessment.txt',
      allowsSeveralOnStdout: true,
      render: { kind: 'assessment', json },
    },
    io,
  );
}
