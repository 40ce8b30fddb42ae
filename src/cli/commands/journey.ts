/** `cxm journey`: the journey maps as a standalone HTML page, SVG, or Mermaid `journey` blocks. */
import type { JourneyExportFormat } from '../../core';
import type { CommandArguments } from '../arguments';
import type { CliIo, ExitCode } from '../cliIo';
import { runDocumentCommand } from './runDocumentCommand';

const EXTENSIONS: Record<JourneyExportFormat, string> = { html: 'html', svg: 'svg', mermaid: 'mmd' };

export function runJourney(args: CommandArguments, io: CliIo): Promise<ExitCode> {
  const format = args.format as JourneyExportFormat;
  const journeyId = args.journey;
  return runDocumentCommand(
    {
      args,
      suffix: `${journeyId === undefined ? '' : `.${journeyId}`}.journey.${EXTENSIONS[format]}`,
      allowsSeveralOnStdout: false,
      render: { kind: 'journey', format, ...(journeyId === undefined ? {} : { journeyId }) },
    },
    io,
  );
}
