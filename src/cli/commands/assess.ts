/**
 * `cxm assess`: the ten-dimension maturity of each file, as text or as the contract's JSON. Several
 * files print one after the other: text under a `== path ==` heading, JSON as one line per file
 * (JSON Lines), so one file prints exactly one contract object.
 */
import { formatAssessmentText } from '../../core/maturity/formatAssessmentText';
import { maturityToJson } from '../../core/maturity/maturityAssessment';
import type { CommandArguments } from '../arguments';
import type { CliIo, ExitCode } from '../cliIo';
import { terminalBlock, terminalLine } from '../output/terminalText';
import { runDocumentCommand } from './runDocumentCommand';

export function runAssess(args: CommandArguments, io: CliIo): ExitCode | Promise<ExitCode> {
  const json = args.format === 'json';
  return runDocumentCommand(
    {
      args,
      suffix: json ? '.assessment.json' : '.assessment.txt',
      allowsSeveralOnStdout: true,
      render(analysis, { file, sharedStdout }) {
        if (!analysis.maturity) throw new Error('no maturity in the analysis');
        if (json) return { ok: true, text: JSON.stringify(maturityToJson(analysis.maturity)) + '\n' };
        const heading = sharedStdout ? `== ${terminalLine(file.path)} ==\n` : '';
        return { ok: true, text: heading + terminalBlock(formatAssessmentText(analysis)) + (sharedStdout ? '\n' : '') };
      },
    },
    io,
  );
}
