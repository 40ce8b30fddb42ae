/**
 * `cxm roadmap`: the roadmap document from a built-in (markdown, html) or custom Handlebars
 * template, or with `--format json` the planned roadmap exactly as the contract writes it.
 */
import { roadmapToJson } from '../../core/roadmap/roadmap';
import { renderRoadmap } from '../../core/templates/renderRoadmap';
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, type CliIo, type ExitCode } from '../cliIo';
import { loadTemplate } from '../loadTemplate';
import { cliMessages } from '../messages';
import { terminalLine } from '../output/terminalText';
import { reportBadUsage } from '../usage';
import { runDocumentCommand } from './runDocumentCommand';

export function runRoadmap(args: CommandArguments, io: CliIo): ExitCode | Promise<ExitCode> {
  const messages = cliMessages(args.lang ?? io.environmentLanguage);
  if (args.format === 'json') {
    return runDocumentCommand(
      {
        args,
        suffix: '.roadmap.json',
        allowsSeveralOnStdout: true,
        render(analysis) {
          if (!analysis.roadmap) throw new Error('no roadmap in the analysis');
          return { ok: true, text: JSON.stringify(roadmapToJson(analysis.roadmap)) + '\n' };
        },
      },
      io,
    );
  }
  const templateName = args.template ?? 'markdown';
  const loaded = loadTemplate(templateName, io.cwd);
  if (!loaded.ok && loaded.unknown) return reportBadUsage(io, messages.unknownTemplate(templateName), args.command);
  if (!loaded.ok) {
    io.stderr.write(terminalLine(messages.unreadable(templateName, loaded.reason)) + '\n');
    return EXIT_ERRORS;
  }
  const { template, extension } = loaded;
  return runDocumentCommand(
    {
      args,
      suffix: `.roadmap.${extension}`,
      allowsSeveralOnStdout: false,
      render(analysis) {
        const rendered = renderRoadmap(analysis, template);
        return rendered.ok ? rendered : { ok: false, exit: EXIT_ERRORS, message: rendered.message };
      },
    },
    io,
  );
}
