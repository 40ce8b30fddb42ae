/**
 * Diagnostics about a file as a whole (it is missing, or too large to read), for the hosts that read
 * files: the CLI and the extension. They sit at 1:1 since there is no text to point into.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Language } from '../model/vocabulary';
import { fileNotFound } from '../rules/file/fileNotFound';
import { fileTooLarge } from '../rules/file/fileTooLarge';

export { MAX_FILE_BYTES } from './fileSize';

// The two records themselves, not the registry: the extension host imports this module and must not bundle every rule.
const RULES = {
  'file-not-found': { rule: fileNotFound, message: fileNotFound.messages.notFound },
  'file-too-large': { rule: fileTooLarge, message: fileTooLarge.messages.tooLargeFile },
} as const;

export function fileDiagnostic(code: keyof typeof RULES, path: string, lang: Language): Diagnostic {
  const { rule, message } = RULES[code];
  return {
    code,
    severity: rule.severity,
    message: message[lang]({ path }),
    path: '',
    range: { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}
