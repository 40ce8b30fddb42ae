/**
 * Turns `cxm` arguments (files, folders, globs) into the list of engagement files to process, in
 * sorted path order. Folders and `**` skip `node_modules` and dot-folders. Symbolic links to folders
 * are not followed, so a link cycle cannot make the search endless.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { expandBraces, isGlob, isLiteralSegment, segmentMatcher } from './globPattern';

export const ENGAGEMENT_FILE = /\.engagement\.ya?ml$/;

export interface InputFile {
  /** As printed: relative to the working directory (or absolute if given so), forward slashes. */
  path: string;
  absolutePath: string;
  /** A file named explicitly that does not exist: reported as `file-not-found`. */
  missing: boolean;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Arguments (folders, globs) that matched no file. */
  unmatched: string[];
}

export function expandInputs(argumentsGiven: readonly string[], cwd: string): ExpandedInputs {
  const byAbsolutePath = new Map<string, InputFile>();
  const unmatched: string[] = [];
  for (const argument of argumentsGiven) {
    const normalised = sep === '\\' ? argument.replace(/\\/g, '/') : argument;
    const absolute = isAbsolute(normalised);
    let matched = 0;
    const add = (absolutePath: string, missing = false) => {
      matched++;
      if (!byAbsolutePath.has(absolutePath)) {
        byAbsolutePath.set(absolutePath, { path: displayPath(cwd, absolutePath, absolute), absolutePath, missing });
      }
    };
    const target = resolve(cwd, normalised);
    const stats = statOrUndefined(target);
    if (stats === undefined && isGlob(normalised)) {
      for (const match of expandGlob(normalised, cwd)) addPath(match, add);
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

/** A file is taken as named; a folder is searched for engagement files. */
function addPath(path: string, add: (absolutePath: string) => void, stats = statOrUndefined(path)): void {
  if (stats?.isDirectory()) for (const file of searchFolder(path)) add(file);
  else if (stats) add(path);
}

function searchFolder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readFolder(folder)) {
    const path = join(folder, entry.name);
    if (isSearchableFolder(entry)) found.push(...searchFolder(path));
    else if (ENGAGEMENT_FILE.test(entry.name) && isFileEntry(entry, path)) found.push(path);
  }
  return found;
}

function isSearchableFolder(entry: Dirent): boolean {
  return entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.');
}

function isFileEntry(entry: Dirent, path: string): boolean {
  return entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(path)?.isFile() === true);
}

function expandGlob(pattern: string, cwd: string): string[] {
  return expandBraces(pattern).flatMap((alternative) => {
    const segments = alternative.split('/');
    const literalCount = segments.findIndex((segment) => !isLiteralSegment(segment));
    if (literalCount < 0) {
      const path = resolve(cwd, alternative);
      return statOrUndefined(path) ? [path] : [];
    }
    const literal = segments.slice(0, literalCount).join('/');
    const base = resolve(cwd, literal === '' && alternative.startsWith('/') ? '/' : literal || '.');
    const matches: string[] = [];
    walkGlob(base, segments.slice(literalCount), matches);
    return matches;
  });
}

function walkGlob(folder: string, segments: readonly string[], matches: string[]): void {
  const [segment, ...rest] = segments;
  if (segment === undefined) {
    matches.push(folder);
    return;
  }
  if (segment === '**') {
    walkGlob(folder, rest, matches);
    for (const entry of readFolder(folder)) {
      if (isSearchableFolder(entry)) walkGlob(join(folder, entry.name), segments, matches);
    }
    return;
  }
  if (segment === '' || segment === '.') {
    walkGlob(folder, rest, matches);
    return;
  }
  const matchesName = segmentMatcher(segment);
  for (const entry of readFolder(folder)) {
    if (!matchesName(entry.name)) continue;
    const path = join(folder, entry.name);
    if (rest.length === 0) matches.push(path);
    else if (entry.isDirectory()) walkGlob(path, rest, matches);
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
