/**
 * The engagement files of the workspace folders that are not open in the editor, for
 * `workspace/symbol`: found and parsed on the first query (never at start-up), each file read as
 * the CLI reads one (src/node/readRegularFile.ts: confined to its folder, so a link never leads out
 * of it; non-blocking, regular files only, at most 10 MB), and only their outlines kept (the symbol
 * entities and the line index; the text and the YAML tree are let go). Bounded: at most
 * MAX_FILES files and MAX_ENTRIES directory entries looked at; directory links are never followed.
 * A file changed on disk (`workspace/didChangeWatchedFiles`) is read again on the next query; a
 * folder added or removed (`workspace/didChangeWorkspaceFolders`) makes the next query search again.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_FILE_BYTES, parseEngagementDocument, type Entity, type LineIndex } from '../core';
import { decodeEngagementBytes } from '../node/decodeEngagementBytes';
import { isInside, readRegularFile, realFolder } from '../node/readRegularFile';

export const ENGAGEMENT_FILE = /\.engagement\.ya?ml$/i;
/** At most this many files indexed across the folders (the first found, in folder order). */
export const MAX_FILES = 500;
/** At most this many directory entries looked at while searching: a huge tree never stalls a query. */
const MAX_ENTRIES = 50_000;
const MAX_DEPTH = 24;
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface Outline { entities: readonly Entity[]; lines: LineIndex }

interface Folder { path: string; real: string }

export class WorkspaceIndex {
  private folders: Folder[];
  /** Every file found, by path; `undefined` until read (or again after a change on disk). */
  private files: Map<string, Outline | null | undefined> | undefined;
  /** What the last search left out (limits), for the log. */
  truncated = false;

  constructor(folderUris: readonly string[]) {
    this.folders = foldersOf(folderUris);
  }

  /**
   * Folders added to or removed from the workspace. The files found so far are dropped, not patched:
   * the limits (MAX_FILES, MAX_ENTRIES) are shared by all folders in order, so only a new search
   * keeps them right; it runs lazily, on the next query, as the first one did.
   */
  changeFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(foldersOf(removed).map((folder) => folder.path));
    const kept = this.folders.filter((folder) => !gone.has(folder.path));
    const known = new Set(kept.map((folder) => folder.path));
    this.folders = [...kept, ...foldersOf(added).filter((folder) => !known.has(folder.path))];
    this.files = undefined;
    this.truncated = false;
  }

  /** The outlines of the indexed files not in `open` (paths), read now if not yet or changed since. */
  outlines(open: ReadonlySet<string>): Array<{ uri: string; outline: Outline }> {
    const files = (this.files ??= this.search());
    const found: Array<{ uri: string; outline: Outline }> = [];
    for (const [path, known] of files) {
      if (open.has(path)) continue;
      const outline = known === undefined ? this.read(path) : known;
      if (known === undefined) files.set(path, outline);
      if (outline) found.push({ uri: pathToFileURL(path).href, outline });
    }
    return found;
  }

  /** A file created, changed or deleted on disk (`workspace/didChangeWatchedFiles`). */
  changed(uri: string, deleted: boolean): void {
    const path = pathOf(uri);
    if (path === undefined || !ENGAGEMENT_FILE.test(path) || !this.files) return;
    if (deleted) this.files.delete(path);
    else if (this.files.has(path) || (this.files.size < MAX_FILES && this.folderOf(path) !== undefined)) this.files.set(path, undefined);
  }

  private folderOf(path: string): Folder | undefined {
    return this.folders.find((folder) => isInside(path, folder.path));
  }

  private read(path: string): Outline | null {
    const folder = this.folderOf(path);
    if (!folder) return null;
    const read = readRegularFile(path, MAX_FILE_BYTES, { confinedTo: folder.real });
    if (read.kind !== 'read') return null;
    const document = parseEngagementDocument(decodeEngagementBytes(read.bytes), { byteLength: read.bytes.length });
    const outline = { entities: document.symbols.entities, lines: document.lines };
    // Only the outline is kept: the YAML tree goes (the entities and the line index are all a query reads).
    document.release();
    return outline;
  }

  /** Breadth-first over each folder: dot folders and node_modules skipped, directory links never followed. */
  private search(): Map<string, undefined> {
    const files = new Map<string, undefined>();
    let entries = 0;
    for (const folder of this.folders) {
      let level = [folder.path];
      for (let depth = 0; level.length > 0 && depth <= MAX_DEPTH; depth++) {
        const next: string[] = [];
        for (const directory of level) {
          let names;
          try {
            names = readdirSync(directory, { withFileTypes: true });
          } catch {
            continue;
          }
          names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
          for (const entry of names) {
            if (++entries > MAX_ENTRIES || files.size >= MAX_FILES) {
              this.truncated = true;
              return files;
            }
            const path = join(directory, entry.name);
            if (entry.isDirectory()) {
              if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) next.push(path);
            } else if ((entry.isFile() || entry.isSymbolicLink()) && ENGAGEMENT_FILE.test(entry.name)) {
              // A link to a file is read only if it resolves inside the folder (readRegularFile's confinement).
              files.set(path, undefined);
            }
          }
        }
        level = next;
      }
    }
    return files;
  }
}

function foldersOf(uris: readonly string[]): Folder[] {
  return uris.flatMap((uri) => {
    const path = pathOf(uri);
    return path === undefined ? [] : [{ path, real: realFolder(path) }];
  });
}

/** The file-system path of a `file:` URI; undefined for any other scheme. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
