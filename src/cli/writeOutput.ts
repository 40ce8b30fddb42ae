/**
 * Where a command's documents go: stdout, one file, or one file per input in a folder. Writing is
 * atomic (a temporary file then a rename or link), and an existing file is never replaced without
 * `--force`: the no-replace case links the temporary file into place, which fails if the target
 * appeared meanwhile, so there is no window between the check and the write.
 */
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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

export function writeFileAtomically(path: string, text: string | Uint8Array, force: boolean): WriteOutcome {
  let temporary: string | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (!force && statOrUndefined(path)) return { kind: 'exists' };
    temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(temporary, text, { flag: 'wx' });
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
