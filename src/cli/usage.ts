/** `cxm` help texts, in English and French, and the bad-usage report (one line of reason, then usage). */
import type { Language } from '../core';
import type { CommandName } from './arguments';
import { EXIT_USAGE, type CliIo, type ExitCode } from './cliIo';
import { terminalLine } from './output/terminalText';

const SYNOPSIS: Record<CommandName, string> = {
  validate: 'cxm validate <file|dir|glob>... [--format text|json|sarif] [--lang en|fr]',
  assess: 'cxm assess <file|dir|glob>... [--format text|json] [--lang en|fr] [--out <file|dir>] [--force]',
  roadmap:
    'cxm roadmap <file|dir|glob>... [--template markdown|html|docx|pptx|<path.hbs>] [--reference <firm.docx|firm.pptx>] [--format json] [--lang en|fr] [--out <file|dir>] [--force]',
  journey:
    'cxm journey <file|dir|glob>... [--journey <id>] [--format html|svg|mermaid] [--lang en|fr] [--out <file|dir>] [--force]',
  compare: 'cxm compare <before> <after> [--format text|json|markdown|html] [--lang en|fr] [--out <file>] [--force]',
  portfolio:
    'cxm portfolio <file|dir|glob>... [--by sector|size|stage|intensity] [--redact] [--format text|json|markdown|html] [--lang en|fr] [--out <file>] [--force]',
};

const SUMMARY: Record<Language, Record<CommandName, string>> = {
  en: {
    validate: 'Check engagement files; exit 0 when no errors, 1 when any error, 2 on bad usage.',
    assess: 'Print the maturity assessment (ten dimensions, with their evidence).',
    roadmap: 'Write the transformation roadmap from a built-in or custom Handlebars template, as a Word report or PowerPoint deck, or as JSON.',
    journey: 'Export the journey maps as a standalone HTML page, SVG, or a Mermaid journey block.',
    compare: 'Show the progress between two versions of an engagement (files, or <git revision>:<path>).',
    portfolio: "Benchmark many engagements: distributions per dimension, groups, common findings (--redact: no client's name).",
  },
  fr: {
    validate: "Vérifie les fichiers d'engagement ; code 0 sans erreur, 1 s'il y a une erreur, 2 si la commande est mal formée.",
    assess: "Affiche l'évaluation de maturité (dix dimensions, avec leurs preuves).",
    roadmap: 'Écrit la feuille de route à partir d’un modèle Handlebars intégré ou personnalisé, en rapport Word ou présentation PowerPoint, ou en JSON.',
    journey: 'Exporte les cartes de parcours en page HTML autonome, en SVG ou en bloc Mermaid journey.',
    compare: 'Montre les progrès entre deux versions d’un engagement (fichiers, ou <révision git>:<chemin>).',
    portfolio: 'Compare de nombreux engagements : distributions par dimension, groupes, constats fréquents (--redact : aucun nom de client).',
  },
};

const LSP_SUMMARY: Record<Language, string> = {
  en: 'The language service for any editor (Language Server Protocol on stdio): see the README for Neovim and Helix.',
  fr: 'Le service de langage pour tout éditeur (Language Server Protocol sur stdio) : voir le README pour Neovim et Helix.',
};

const COMMON: Record<Language, string> = {
  en: `Inputs: files, folders (searched for *.engagement.yaml|yml, skipping node_modules and dot-folders)
and globs (*, **, ?, {a,b}; quote them so cxm expands them itself).
assess, roadmap and journey process only files without errors; with several files, --out is a folder,
and an existing file is replaced only with --force.`,
  fr: `Entrées : fichiers, dossiers (recherche des *.engagement.yaml|yml, sauf node_modules et dossiers cachés)
et motifs (*, **, ?, {a,b} ; entre guillemets pour que cxm les développe lui-même).
assess, roadmap et journey ne traitent que les fichiers sans erreur ; avec plusieurs fichiers, --out est
un dossier, et un fichier existant n'est remplacé qu'avec --force.`,
};

const OPTIONS: Record<Language, string> = { en: 'Options: --help, --version', fr: 'Options : --help, --version' };

export function generalHelp(lang: Language): string {
  const commands = (Object.keys(SYNOPSIS) as CommandName[])
    .map((command) => `  ${SYNOPSIS[command]}\n      ${SUMMARY[lang][command]}`)
    .join('\n');
  return `cxm — CX Maturity Toolkit\n\n${commands}\n  cxm lsp --stdio\n      ${LSP_SUMMARY[lang]}\n\n${COMMON[lang]}\n${OPTIONS[lang]}\n`;
}

export function commandHelp(command: CommandName, lang: Language): string {
  return `Usage: ${SYNOPSIS[command]}\n\n${SUMMARY[lang][command]}\n\n${COMMON[lang]}\n`;
}

export function reportBadUsage(io: CliIo, reason: string, command?: CommandName): ExitCode {
  const usage = command ? SYNOPSIS[command] : 'cxm <validate|assess|roadmap|journey|compare|portfolio> <file|dir|glob>... (cxm --help)';
  io.stderr.write(`cxm${command ? ` ${command}` : ''}: ${terminalLine(reason)}\nUsage: ${usage}\n`);
  return EXIT_USAGE;
}
