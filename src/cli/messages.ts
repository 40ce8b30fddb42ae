/** The command line's own messages (diagnostic messages come from the core), in English and French. */
import type { Language } from '../core';

/** Whether a count takes the singular: French uses it for 0 and 1, English only for 1. */
const SINGULAR: Record<Language, (count: number) => boolean> = { en: (count) => count === 1, fr: (count) => count < 2 };

function plural(lang: Language, count: number, singular: string, pluralForm: string): string {
  return `${count} ${SINGULAR[lang](count) ? singular : pluralForm}`;
}

const en = {
  summary: (files: number, errors: number, warnings: number, infos: number) =>
    `${plural('en', files, 'file', 'files')}: ${plural('en', errors, 'error', 'errors')}, ` +
    `${plural('en', warnings, 'warning', 'warnings')}, ${plural('en', infos, 'info', 'infos')}`,
  unreadable: (path: string, reason: string) => `Cannot read ${path} (${reason}).`,
  notAFile: (path: string) => `${path} is not a regular file.`,
  templateTooSlow: (seconds: number) => `the custom template took longer than ${seconds} seconds to render (stopped)`,
  templateTooLarge: (megabytes: number) => `the custom template needed more than ${megabytes} MB of memory to render (stopped)`,
  outsideFolder: (path: string) => `${path} is a link that leads outside the folder searched: not read.`,
  internalError: (path: string, reason: string) =>
    `cxm could not analyse ${path}: ${reason}. Please report this with the file.`,
  noMatch: (argument: string) => `cxm: no engagement file matches ${argument}`,
  nothingMatched: 'no engagement file matches the arguments',
  skippedWithErrors: (path: string) => `${path}: not processed, the file has errors (run cxm validate).`,
  wrote: (path: string) => `Wrote ${path}`,
  exists: (path: string) => `${path} already exists: nothing written (use --force to replace it).`,
  writeFailed: (path: string, reason: string) => `Cannot write ${path} (${reason}).`,
  outIsFile: (path: string) => `--out ${path} is a file: with several inputs, --out must be a folder`,
  severalNeedOut: 'several files: give --out <folder> (one document per file)',
  unknownJourney: (path: string, id: string, known: string) =>
    `${path}: unknown journey "${id}" (journeys: ${known || 'none'})`,
  unknownTemplate: (name: string) => `unknown template "${name}": use markdown, html, docx, pptx or the path of a .hbs file`,
  referenceNeedsOffice: '--reference applies to --template docx or pptx only',
  officeNeedsFile: 'a Word or PowerPoint file is not printed on a terminal: give --out <file> (or redirect the output)',
  referenceTooLarge: (path: string) => `${path}: the reference file is larger than 20 MB`,
};

const fr: typeof en = {
  summary: (files, errors, warnings, infos) =>
    `${plural('fr', files, 'fichier', 'fichiers')} : ${plural('fr', errors, 'erreur', 'erreurs')}, ` +
    `${plural('fr', warnings, 'avertissement', 'avertissements')}, ${plural('fr', infos, 'info', 'infos')}`,
  unreadable: (path, reason) => `Impossible de lire ${path} (${reason}).`,
  notAFile: (path) => `${path} n'est pas un fichier ordinaire.`,
  templateTooSlow: (seconds) => `le modèle personnalisé a mis plus de ${seconds} secondes à produire le document (arrêté)`,
  templateTooLarge: (megabytes) => `le modèle personnalisé a demandé plus de ${megabytes} Mo de mémoire (arrêté)`,
  outsideFolder: (path) => `${path} est un lien qui mène hors du dossier parcouru : non lu.`,
  internalError: (path, reason) =>
    `cxm n'a pas pu analyser ${path} : ${reason}. Merci de signaler ce problème avec le fichier.`,
  noMatch: (argument) => `cxm : aucun fichier d'engagement ne correspond à ${argument}`,
  nothingMatched: "aucun fichier d'engagement ne correspond aux arguments",
  skippedWithErrors: (path) => `${path} : non traité, le fichier contient des erreurs (lancez cxm validate).`,
  wrote: (path) => `Écrit : ${path}`,
  exists: (path) => `${path} existe déjà : rien n'a été écrit (--force pour le remplacer).`,
  writeFailed: (path, reason) => `Impossible d'écrire ${path} (${reason}).`,
  outIsFile: (path) => `--out ${path} est un fichier : avec plusieurs entrées, --out doit être un dossier`,
  severalNeedOut: 'plusieurs fichiers : indiquez --out <dossier> (un document par fichier)',
  unknownJourney: (path, id, known) => `${path} : parcours « ${id} » inconnu (parcours : ${known || 'aucun'})`,
  unknownTemplate: (name) => `modèle « ${name} » inconnu : utilisez markdown, html, docx, pptx ou le chemin d'un fichier .hbs`,
  referenceNeedsOffice: '--reference ne s’applique qu’à --template docx ou pptx',
  officeNeedsFile: 'un fichier Word ou PowerPoint ne s’affiche pas dans un terminal : indiquez --out <fichier> (ou redirigez la sortie)',
  referenceTooLarge: (path) => `${path} : le fichier de référence dépasse 20 Mo`,
};

export type CliMessages = typeof en;

/** The command line's texts are a catalogue per language, picked by the language, never by a comparison. */
const CLI_MESSAGES: Record<Language, CliMessages> = { en, fr };

export function cliMessages(lang: Language): CliMessages {
  return CLI_MESSAGES[lang];
}

const usageEn = {
  noCommand: 'no command given (validate, assess, roadmap, journey, compare or portfolio)',
  unknownCommand: (word: string) => `unknown command "${word}"`,
  unknownOption: (option: string, command?: string) => `unknown option ${option}${command ? ` for "cxm ${command}"` : ''}`,
  noValueExpected: (option: string) => `${option} takes no value`,
  givenTwice: (option: string) => `${option} given twice`,
  valueNeeded: (option: string) => `${option} needs a value`,
  oneOf: (option: string, allowed: readonly string[], got: string) => `${option} must be one of ${allowed.join(', ')} (got "${got}")`,
  templateWithJson: '--template does not apply to --format json',
  noInputs: 'no file, folder or glob given',
  globTooLarge: (pattern: string, max: number) => `the pattern ${pattern} expands to more than ${max} alternatives`,
};

const usageFr: typeof usageEn = {
  noCommand: 'aucune commande donnée (validate, assess, roadmap, journey, compare ou portfolio)',
  unknownCommand: (word) => `commande « ${word} » inconnue`,
  unknownOption: (option, command) => `option ${option} inconnue${command ? ` pour « cxm ${command} »` : ''}`,
  noValueExpected: (option) => `${option} ne prend pas de valeur`,
  givenTwice: (option) => `option ${option} donnée deux fois`,
  valueNeeded: (option) => `${option} attend une valeur`,
  oneOf: (option, allowed, got) => `${option} doit valoir l'une des valeurs ${allowed.join(', ')} (reçu « ${got} »)`,
  templateWithJson: '--template ne s\'applique pas à --format json',
  noInputs: 'aucun fichier, dossier ou motif donné',
  globTooLarge: (pattern, max) => `le motif ${pattern} se développe en plus de ${max} variantes`,
};

export type UsageMessages = typeof usageEn;

const USAGE_MESSAGES: Record<Language, UsageMessages> = { en: usageEn, fr: usageFr };

export function usageMessages(lang: Language): UsageMessages {
  return USAGE_MESSAGES[lang];
}
