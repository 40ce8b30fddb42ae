/** `cxm journey`: the journey maps as a standalone HTML page, SVG, or Mermaid `journey` blocks. */
import { exportJourneyMap, journeyIds, type JourneyExportFormat } from '../../core/journey/exportJourneyMap';
import type { CommandArguments } from '../arguments';
import { EXIT_USAGE, type CliIo, type ExitCode } from '../cliIo';
import { cliMessages } from '../messages';
import { runDocumentCommand } from './runDocumentCommand';

const EXTENSIONS: Record<JourneyExportFormat, string> = { html: 'html', svg: 'svg', mermaid: 'mmd' };

export function runJourney(args: CommandArguments, io: CliIo): ExitCode | Promise<ExitCode> {
  const format = args.format as JourneyExportFormat;
  const journeyId = args.journey;
  return runDocumentCommand(
    {
      args,
      suffix: `${journeyId === undefined ? '' : `.${journeyId}`}.journey.${EXTENSIONS[format]}`,
      allowsSeveralOnStdout: false,
      render(analysis, { file }) {
        const known = journeyIds(analysis);
        if (journeyId !== undefined && !known.includes(journeyId)) {
          const message = cliMessages(args.lang ?? io.environmentLanguage).unknownJourney(file.path, journeyId, known.join(', '));
          return { ok: false, exit: EXIT_USAGE, message };
        }
        return { ok: true, text: exportJourneyMap(analysis, { journeyId, format }) };
      },
    },
    io,
  );
}
