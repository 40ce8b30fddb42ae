/**
 * Reads one engagement file for the CLI: stat first, so a file over the limit is never read and a
 * device or pipe is never opened (reading /dev/zero would never end); then decode as UTF-8 and drop
 * a byte-order mark, as VS Code does, so printed columns match the editor's.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileDiagnostic, MAX_FILE_BYTES } from '../core/analysis/fileDiagnostics';
import type { Language } from '../core/model/vocabulary';
import type { InputFile } from './expandInputs';
import { WHOLE_FILE, type ReportedDiagnostic } from './fileReport';
import { cliMessages } from './messages';

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: ReportedDiagnostic };

export function readEngagementFile(file: InputFile, lang: Language): ReadResult {
  const failed = (diagnostic: ReportedDiagnostic): ReadResult => ({ ok: false, diagnostic });
  if (file.missing) return failed(fileDiagnostic('file-not-found', file.path, lang));
  try {
    const stats = statSync(file.absolutePath);
    if (!stats.isFile()) return failed(unreadable(cliMessages(lang).notAFile(file.path)));
    if (stats.size > MAX_FILE_BYTES) return failed(fileDiagnostic('file-too-large', file.path, lang));
    const text = readFileSync(file.absolutePath, 'utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failed(fileDiagnostic('file-not-found', file.path, lang));
    return failed(unreadable(cliMessages(lang).unreadable(file.path, code ?? String(error))));
  }
}

function unreadable(message: string): ReportedDiagnostic {
  return { code: 'file-unreadable', severity: 'error', message, path: '', range: { ...WHOLE_FILE } };
}
