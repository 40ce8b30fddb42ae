/**
 * Where a command's documents go: stdout, one file, or one file per input in a folder. Writing is
 * atomic (a temporary file then a rename or link), and an existing file is never replaced without
 * `--force`: the no-replace case links the temporary file into place, which fails if the target
 * appeared meanwhile, so there is no window between the check and the write.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, linkSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { InputFile } from './expandInputs';
import { ENGAGEMENT_FILE } from './expandInputs';
import { cliMessages } from './messages';
import type { Language } from '../core';

export type OutputTarget =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string }
  | { kind: 'folder'; path: string }
  | { kind: 'bad-usage'; reason: string };

/** With several inputs `--out` is a folder; with one, a folder if it exists as one or ends with `/`. */
export function resolveOutputTarget(out: string | undefined, inputCount: number, cwd: string, lang: Language): OutputTarget {
  if (out === undefined) return { kind: 'stdout' };
  const path = resolve(cwd, out);
  const existing = statOrUndefined(path);
  const wantsFolder = inputCount > 1 || /[\\/]$/.test(out) || existing?.isDirectory() === true;
  if (!wantsFolder) return { kind: 'file', path };
  if (existing && !existing.isDirectory()) return { kind: 'bad-usage', reason: cliMessages(lang).outIsFile(out) };
  return { kind: 'folder', path };
}

/**
 * The file written for `input` in an output folder: its name without `.engagement.yaml`, then
 * `suffix`. Two inputs with the same name in different folders get `-2`, `-3`… in input order.
 */
export function outputPathInFolder(folder: string, input: InputFile, suffix: string, used: Set<string>): string {
  const name = basename(input.absolutePath);
  const stem = ENGAGEMENT_FILE.test(name) ? name.replace(ENGAGEMENT_FILE, '') : name.replace(/\.[^.]*$/, '');
  let candidate = `${stem}${suffix}`;
  for (let n = 2; used.has(candidate); n++) candidate = `${stem}-${n}${suffix}`;
  used.add(candidate);
  return join(folder, candidate);
}

export type WriteOutcome = { kind: 'written' } | { kind: 'exists' } | { kind: 'failed'; reason: string };

/** A text handed over piece by piece, in order, as it is made (a journey map being drawn). */
export interface ChunkSource {
  write(sink: (chunk: string) => void): void;
}

export type FileContent = string | Uint8Array | readonly string[] | ChunkSource;

/**
 * `content` may come in chunks (a 50,000-step journey map is 50 MB of text): each is written into
 * the temporary file as it comes, so the document never exists as one string or buffer. A chunk
 * source that throws leaves nothing behind (the temporary file is removed) and is a `failed` write.
 */
export function writeFileAtomically(path: string, content: FileContent, force: boolean): WriteOutcome {
  let temporary: string | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (!force && statOrUndefined(path)) return { kind: 'exists' };
    temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    writeNewFile(temporary, content);
    if (force) {
      renameSync(temporary, path);
      temporary = undefined;
      return { kind: 'written' };
    }
    return placeWithoutReplacing(temporary, path) ? { kind: 'written' } : { kind: 'exists' };
  } catch (error) {
    return { kind: 'failed', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    if (temporary !== undefined) unlinkQuietly(temporary);
  }
}

/** Creates `path` (failing if it exists) and writes every byte of `content` into it. */
function writeNewFile(path: string, content: FileContent): void {
  const fd = openSync(path, 'wx');
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeAll(fd, content);
    else if (isChunkSource(content)) content.write((chunk) => writeAll(fd, chunk));
    else for (const chunk of content) writeAll(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function isChunkSource(content: readonly string[] | ChunkSource): content is ChunkSource {
  return !Array.isArray(content);
}

/** writeSync may write less than asked (a full disk, a signal): the rest is written after it. */
function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** False when `path` exists (it appeared since the check). */
function placeWithoutReplacing(temporary: string, path: string): boolean {
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Some file systems (FAT, some network shares) have no hard links: an exclusive copy still never replaces.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    try {
      copyFileSync(temporary, path, constants.COPYFILE_EXCL);
      return true;
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw copyError;
    }
  }
}

/** How a written file is named to the user: relative to the working directory, forward slashes. */
export function shownPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  const display = shown.startsWith('..') ? path : shown;
  return sep === '\\' ? display.replace(/\\/g, '/') : display;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to clean.
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
