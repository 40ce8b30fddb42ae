/**
 * What a command needs from the process, passed in so the commands run in-process in tests with
 * their own working directory and captured output.
 */
import type { Language } from '../core';

export interface TextSink {
  write(text: string | Uint8Array): void;
  /**
   * Resolves once the sink can take more without buffering (its stream drained) or is closed;
   * long reports await it between chunks. Absent: always ready (an in-memory sink).
   */
  ready?(): Promise<void>;
}

export interface CliIo {
  /** Relative arguments and printed paths are resolved against this folder. */
  cwd: string;
  stdout: TextSink;
  stderr: TextSink;
  /** Documents printed to a terminal get their control characters escaped; piped, they stay byte-exact. */
  stdoutIsTerminal?: boolean;
  /** The language of the user's environment, used when neither `--lang` nor the file names one. */
  environmentLanguage: Language;
  /** A script that runs the analysis worker (the `cxm` bundle itself): files are then analysed on every core. */
  analysisWorkerScript?: string;
}

/** Exit codes of the contract: success, errors found, bad usage. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_ERRORS | typeof EXIT_USAGE;

/** The worst of two outcomes: bad usage outranks errors, which outrank success. */
export function worstExit(a: ExitCode, b: ExitCode): ExitCode {
  return a > b ? a : b;
}

/** `fr` when the POSIX locale variables name French, else `en`. */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
