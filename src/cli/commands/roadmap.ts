/**
 * `cxm roadmap`: the roadmap document from a built-in (markdown, html) or custom Handlebars
 * template, or with `--format json` the planned roadmap exactly as the contract writes it.
 */
import type { CommandArguments } from '../arguments';
import { EXIT_ERRORS, type CliIo, type ExitCode } from '../cliIo';
import { loadTemplate } from '../loadTemplate';
import { cliMessages } from '../messages';
import { terminalLine } from '../output/terminalText';
import { reportBadUsage } from '../usage';
import { runDocumentCommand } from './runDocumentCommand';
import { runOfficeRoadmap } from './officeRoadmap';

export function runRoadmap(args: CommandArguments, io: CliIo): ExitCode | Promise<ExitCode> {
  const messages = cliMessages(args.lang ?? io.environmentLanguage);
  if (args.format === 'json') {
    return runDocumentCommand({ args, suffix: '.roadmap.json', allowsSeveralOnStdout: true, render: { kind: 'roadmap-json' } }, io);
  }
  const templateName = args.template ?? 'markdown';
  if (templateName === 'docx' || templateName === 'pptx') return runOfficeRoadmap(args, templateName, io);
  if (args.reference !== undefined) return reportBadUsage(io, messages.referenceNeedsOffice, args.command);
  const loaded = loadTemplate(templateName, io.cwd);
  if (!loaded.ok && loaded.unknown) return reportBadUsage(io, messages.unknownTemplate(templateName), args.command);
  if (!loaded.ok) {
    io.stderr.write(terminalLine(messages.unreadable(templateName, loaded.reason)) + '\n');
    return EXIT_ERRORS;
  }
  const { template, extension } = loaded;
  return runDocumentCommand({ args, suffix: `.roadmap.${extension}`, allowsSeveralOnStdout: false, render: { kind: 'roadmap', template } }, io);
}
