/**
 * Node-only file reading shared by the hosts that read engagement files from disk (the CLI and the
 * extension host's workspace scan). A path is opened once, non-blocking (opening a FIFO or a device
 * never waits), the open descriptor is checked to be a regular file (so a file swapped for a FIFO
 * or a link to /proc/kmsg between a check and the read is refused, not read forever), and at most
 * `limit + 1` bytes are read whatever the size the file claims (/proc files claim 0).
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';

export type RegularFileRead =
  | { kind: 'read'; bytes: Buffer }
  | { kind: 'too-large' }
  | { kind: 'not-a-file' }
  | { kind: 'outside-folder' }
  | { kind: 'missing' }
  | { kind: 'failed'; code: string };

export interface ReadOptions {
  /** Read only if the path, links resolved, lies inside this folder (a real path): folder scans never leave the folder. */
  confinedTo?: string;
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1 << 20;

export function readRegularFile(path: string, limit: number, options: ReadOptions = {}): RegularFileRead {
  let fd: number | undefined;
  try {
    let target = path;
    if (options.confinedTo !== undefined) {
      target = realpathSync(path);
      if (!isInside(target, options.confinedTo)) return { kind: 'outside-folder' };
    }
    // With the path resolved inside the folder, a link put in its place since is not followed.
    fd = openSync(target, options.confinedTo !== undefined ? OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'not-a-file' };
    if (stats.size > limit) return { kind: 'too-large' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) break;
      chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count));
      total += count;
      if (total > limit) return { kind: 'too-large' };
    }
    return { kind: 'read', bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    // O_NOFOLLOW on a link, a read that would block (a device): not a regular file.
    if (code === 'ELOOP' || code === 'EAGAIN' || code === 'EWOULDBLOCK' || code === 'EISDIR') return { kind: 'not-a-file' };
    return { kind: 'failed', code };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether the real path `path` is `folder` or lies under it. */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The real path of a folder, or the path itself when it cannot be resolved. */
export function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}
