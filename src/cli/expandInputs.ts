/**
 * Turns `cxm` arguments (files, folders, globs) into the list of engagement files to process, in
 * sorted path order. Folders and `**` skip `node_modules` and dot-folders. Symbolic links to folders
 * are not followed, so a link cycle cannot make the search endless; a link to a file is taken only
 * when it leads to a regular file inside the folder searched (a link named `x.engagement.yaml` to
 * `~/.env` or `/proc/self/environ` is never read), and the read checks it again. Globs are bounded:
 * braces expand to at most 1,000 patterns and each folder is walked once per pattern segment.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isInside, realFolder } from '../node/readRegularFile';
import { collapseGlobStars, expandBraces, GlobTooLarge, isGlob, isLiteralSegment, segmentMatcher } from './globPattern';

export const ENGAGEMENT_FILE = /\.engagement\.ya?ml$/;

export interface InputFile {
  /** As printed: relative to the working directory (or absolute if given so), forward slashes. */
  path: string;
  absolutePath: string;
  /** A file named explicitly that does not exist: reported as `file-not-found`. */
  missing: boolean;
  /** Found by searching this folder (a real path): read only if it still lies inside it. */
  confinedTo?: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Arguments (folders, globs) that matched no file. */
  unmatched: string[];
  /** A glob too large to expand (bad usage). */
  tooLarge?: string;
}

export function expandInputs(argumentsGiven: readonly string[], cwd: string): ExpandedInputs {
  const byAbsolutePath = new Map<string, InputFile>();
  const unmatched: string[] = [];
  for (const argument of argumentsGiven) {
    const normalised = sep === '\\' ? argument.replace(/\\/g, '/') : argument;
    const absolute = isAbsolute(normalised);
    let matched = 0;
    const add = (absolutePath: string, missing = false, confinedTo?: string) => {
      matched++;
      if (!byAbsolutePath.has(absolutePath)) {
        byAbsolutePath.set(absolutePath, {
          path: displayPath(cwd, absolutePath, absolute), absolutePath, missing, ...(confinedTo !== undefined ? { confinedTo } : {}),
        });
      }
    };
    const target = resolve(cwd, normalised);
    const stats = statOrUndefined(target);
    let globbed: GlobMatch[] | undefined;
    try {
      if (stats === undefined && isGlob(normalised)) globbed = expandGlob(normalised, cwd);
    } catch (error) {
      if (error instanceof GlobTooLarge) return { files: [], unmatched: [], tooLarge: argument };
      throw error;
    }
    if (globbed) {
      for (const match of globbed) addPath(match.path, add, undefined, match.confinedTo);
    } else if (stats === undefined) {
      add(target, true);
    } else {
      addPath(target, add, stats);
    }
    if (matched === 0) unmatched.push(argument);
  }
  const files = [...byAbsolutePath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unmatched };
}

type Add = (absolutePath: string, missing?: boolean, confinedTo?: string) => void;

/** A file is taken as named (or as matched inside `confinedTo`); a folder is searched for engagement files. */
function addPath(path: string, add: Add, stats = statOrUndefined(path), confinedTo?: string): void {
  if (stats?.isDirectory()) {
    const root = realFolder(path);
    for (const file of searchFolder(path, root)) add(file, false, root);
  } else if (stats) {
    add(path, false, confinedTo);
  }
}

function searchFolder(folder: string, root: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const entry of readFolder(current)) {
      const path = join(current, entry.name);
      if (isSearchableFolder(entry)) pending.push(path);
      else if (ENGAGEMENT_FILE.test(entry.name) && isFileEntry(entry, path, root)) found.push(path);
    }
  }
  return found;
}

function isSearchableFolder(entry: Dirent): boolean {
  return entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.');
}

/** A regular file, or a link to one whose real path is inside the folder searched. */
function isFileEntry(entry: Dirent, path: string, root: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return isInside(realpathSync(path), root) && statSync(path).isFile();
  } catch {
    return false;
  }
}

interface GlobMatch {
  path: string;
  /** The real path of the pattern's literal base, for a match found by a wildcard. */
  confinedTo?: string;
}

function expandGlob(pattern: string, cwd: string): GlobMatch[] {
  return expandBraces(pattern).flatMap((alternative): GlobMatch[] => {
    const segments = collapseGlobStars(alternative.split('/'));
    const literalCount = segments.findIndex((segment) => !isLiteralSegment(segment));
    if (literalCount < 0) {
      const path = resolve(cwd, alternative);
      return statOrUndefined(path) ? [{ path }] : [];
    }
    const literal = segments.slice(0, literalCount).join('/');
    const base = resolve(cwd, literal === '' && alternative.startsWith('/') ? '/' : literal || '.');
    const matches: string[] = [];
    walkGlob(base, segments.slice(literalCount), 0, matches, new Set());
    const confinedTo = realFolder(base);
    return matches.map((path) => ({ path, confinedTo }));
  });
}

/** Each (folder, segment) pair is walked once: `**` then `*` then `**`… can reach a folder many ways. */
function walkGlob(folder: string, segments: readonly string[], index: number, matches: string[], visited: Set<string>): void {
  const visit = `${index}\0${folder}`;
  if (visited.has(visit)) return;
  visited.add(visit);
  const segment = segments[index];
  if (segment === undefined) {
    matches.push(folder);
    return;
  }
  if (segment === '**') {
    walkGlob(folder, segments, index + 1, matches, visited);
    for (const entry of readFolder(folder)) {
      if (isSearchableFolder(entry)) walkGlob(join(folder, entry.name), segments, index, matches, visited);
    }
    return;
  }
  if (segment === '' || segment === '.') {
    walkGlob(folder, segments, index + 1, matches, visited);
    return;
  }
  const matchesName = segmentMatcher(segment);
  for (const entry of readFolder(folder)) {
    if (!matchesName(entry.name)) continue;
    const path = join(folder, entry.name);
    if (index === segments.length - 1) {
      if (entry.isFile() || entry.isDirectory() || isFileEntry(entry, path, realFolder(folder))) matches.push(path);
    } else if (entry.isDirectory()) {
      walkGlob(path, segments, index + 1, matches, visited);
    }
  }
}

function readFolder(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    // An unreadable or vanished folder holds no file we could read anyway.
    return [];
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function displayPath(cwd: string, absolutePath: string, givenAbsolute: boolean): string {
  const shown = givenAbsolute ? absolutePath : relative(cwd, absolutePath) || '.';
  return sep === '\\' ? shown.replace(/\\/g, '/') : shown;
}
