/**
 * Reads one engagement file for the CLI: opened once, non-blocking, checked on the open descriptor
 * to be a regular file, at most the 10 MB limit + 1 bytes read (see src/node/readRegularFile.ts);
 * a file found by a folder scan is read only if its real path is inside the folder. The bytes are
 * decoded as VS Code does (a byte-order mark decides, UTF-8 otherwise), so printed columns match
 * the editor's; the size limit counts the file's bytes, not its decoded text.
 */
import { decodeEngagementBytes } from '../node/decodeEngagementBytes';
import { fileDiagnostic, MAX_FILE_BYTES, type Language } from '../core';
import { readRegularFile } from '../node/readRegularFile';
import type { InputFile } from './expandInputs';
import { WHOLE_FILE, type ReportedDiagnostic } from './fileReport';
import { cliMessages } from './messages';

export type ReadResult = { ok: true; text: string; byteLength: number } | { ok: false; diagnostic: ReportedDiagnostic };

export function readEngagementFile(file: InputFile, lang: Language): ReadResult {
  const failed = (diagnostic: ReportedDiagnostic): ReadResult => ({ ok: false, diagnostic });
  if (file.missing) return failed(fileDiagnostic('file-not-found', file.path, lang));
  const read = readRegularFile(file.absolutePath, MAX_FILE_BYTES, file.confinedTo !== undefined ? { confinedTo: file.confinedTo } : {});
  switch (read.kind) {
    case 'read':
      return { ok: true, text: decodeEngagementBytes(read.bytes), byteLength: read.bytes.length };
    case 'too-large':
      return failed(fileDiagnostic('file-too-large', file.path, lang));
    case 'missing':
      return failed(fileDiagnostic('file-not-found', file.path, lang));
    case 'not-a-file':
      return failed(unreadable(cliMessages(lang).notAFile(file.path)));
    case 'outside-folder':
      return failed(unreadable(cliMessages(lang).outsideFolder(file.path)));
    case 'failed':
      return failed(unreadable(cliMessages(lang).unreadable(file.path, read.code)));
  }
}

function unreadable(message: string): ReportedDiagnostic {
  return { code: 'file-unreadable', severity: 'error', message, path: '', range: { ...WHOLE_FILE } };
}
