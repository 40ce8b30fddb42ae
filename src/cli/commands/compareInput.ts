/**
 * The two sides of `cxm compare`: a file, or `<git revision>:<path>` read from the git repository of
 * the working folder with `git show` (run through execFile: no shell, the argument never parsed
 * by anything but git). A path that exists as a file wins over the revision reading, so a file
 * whose name holds a colon still compares.
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileDiagnostic, MAX_FILE_BYTES, type Language } from '../../core';
import { decodeEngagementBytes } from '../../node/decodeEngagementBytes';
import type { InputFile } from '../expandInputs';
import type { ReportedDiagnostic } from '../fileReport';
import { readEngagementFile } from '../readEngagementFile';

/** `byteLength`: the size of the bytes read, so the 10 MB limit is counted on them, not on the decoded text. */
export type CompareSide = { ok: true; path: string; text: string; byteLength: number } | { ok: false; path: string; diagnostic: ReportedDiagnostic };

const MESSAGES = {
  en: {
    gitFailed: (spec: string, reason: string) => `Cannot read ${spec} from git: ${reason}`,
    noGit: 'git is not installed or not on the PATH',
  },
  fr: {
    gitFailed: (spec: string, reason: string) => `Impossible de lire ${spec} dans git : ${reason}`,
    noGit: "git n'est pas installé ou pas dans le PATH",
  },
} as const;

/** `rev:path` where `rev` is not a Windows drive letter and neither part is empty. */
export function parseRevisionSpec(argument: string): { revision: string; path: string } | undefined {
  const colon = argument.indexOf(':');
  if (colon <= 0 || colon === argument.length - 1) return undefined;
  if (colon === 1 && /^[A-Za-z]:[\\/]/.test(argument)) return undefined;
  return { revision: argument.slice(0, colon), path: argument.slice(colon + 1) };
}

export async function readCompareSide(argument: string, cwd: string, lang: Language): Promise<CompareSide> {
  const absolutePath = resolve(cwd, argument);
  const spec = parseRevisionSpec(argument);
  if (isFile(absolutePath) || !spec) {
    const input: InputFile = { path: argument, absolutePath, missing: false };
    const read = readEngagementFile(input, lang);
    return read.ok ? { ok: true, path: argument, text: read.text, byteLength: read.byteLength } : { ok: false, path: argument, diagnostic: read.diagnostic };
  }
  const shown = await gitShow(`${spec.revision}:${spec.path}`, cwd);
  const say = MESSAGES[lang];
  if (shown.kind === 'too-large') return { ok: false, path: argument, diagnostic: fileDiagnostic('file-too-large', argument, lang) };
  if (shown.kind === 'failed') {
    return { ok: false, path: argument, diagnostic: { ...fileDiagnostic('file-not-found', argument, lang), message: say.gitFailed(argument, shown.reason ?? say.noGit) } };
  }
  // The revision's bytes are decoded exactly as a file's (readEngagementFile): a byte-order mark
  // decides (UTF-8, UTF-16 LE or BE), UTF-8 otherwise; so both sides of a comparison read alike.
  return { ok: true, path: argument, text: decodeEngagementBytes(shown.bytes), byteLength: shown.bytes.length };
}

type Shown = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'too-large' } | { kind: 'failed'; reason?: string };

function gitShow(object: string, cwd: string): Promise<Shown> {
  return new Promise((done) => {
    execFile(
      'git', ['show', '--no-textconv', '--end-of-options', object],
      { cwd, encoding: 'buffer', maxBuffer: MAX_FILE_BYTES + 1, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException & { code?: unknown }).code;
          if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return done({ kind: 'too-large' });
          if (code === 'ENOENT') return done({ kind: 'failed' });
          const reason = stderr.toString('utf8').trim().split('\n').pop()?.replace(/^fatal: /, '') || error.message;
          return done({ kind: 'failed', reason });
        }
        if (stdout.length > MAX_FILE_BYTES) return done({ kind: 'too-large' });
        done({ kind: 'bytes', bytes: stdout });
      },
    );
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
