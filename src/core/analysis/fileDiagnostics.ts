/**
 * Diagnostics about a file as a whole (it is missing, or too large to read), for the hosts that read
 * files: the CLI and the extension. They sit at 1:1 since there is no text to point into.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import { severityOf } from '../diagnostics/diagnostic';
import type { Language } from '../model/vocabulary';

export { MAX_FILE_BYTES } from './fileSize';

const MESSAGES = {
  'file-not-found': {
    en: (path: string) => `File not found: ${path}.`,
    fr: (path: string) => `Fichier introuvable : ${path}.`,
  },
  'file-too-large': {
    en: (path: string) => `${path} is larger than 10 MB: split the engagement (one client engagement per file).`,
    fr: (path: string) => `${path} dépasse 10 Mo : scindez l'engagement (un engagement client par fichier).`,
  },
} as const;

export function fileDiagnostic(code: keyof typeof MESSAGES, path: string, lang: Language): Diagnostic {
  return {
    code,
    severity: severityOf(code),
    message: MESSAGES[code][lang](path),
    path: '',
    range: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}
