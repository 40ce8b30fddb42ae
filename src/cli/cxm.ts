/**
 * The `cxm` executable: wires the process (arguments, working directory, streams, locale) to runCli.
 * The same bundle also runs as the analysis worker threads it starts to use every core.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ANALYSIS_WORKER_ROLE, runAnalysisWorker } from './analyseInputs';
import { languageOfEnvironment, type TextSink } from './cliIo';
import { runCli } from './runCli';
import { runSnapshotWorker, SNAPSHOT_WORKER_ROLE } from './commands/snapshotWorker';
import { runLanguageServer } from '../lsp/runLanguageServer';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ANALYSIS_WORKER_ROLE) {
  runAnalysisWorker(parentPort!);
} else if (!isMainThread && (workerData as { role?: string } | null)?.role === SNAPSHOT_WORKER_ROLE) {
  runSnapshotWorker(parentPort!, workerData as { text: string; options: object });
} else if (isMainThread && process.argv[2] === 'lsp') {
  // A long-running server speaking LSP on stdio: none of the one-shot commands' wiring applies.
  const code = runLanguageServer(process.argv.slice(3), process.stderr);
  if (code !== undefined) process.exitCode = code;
} else {
  // `cxm validate … | head` closes the pipe early, and a CI log collector may close stderr: the
  // output is then dropped, but the batch runs to its end and the exit code is the one it earned
  // (a broken repository never passes because its report could not be printed).
  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: tolerantSink(process.stdout),
    stderr: tolerantSink(process.stderr),
    stdoutIsTerminal: process.stdout.isTTY === true,
    environmentLanguage: languageOfEnvironment(process.env),
    analysisWorkerScript: __filename,
  }).then((code) => {
    process.exitCode = code;
  });
}

/**
 * A stream whose write errors (EPIPE, a closed descriptor) stop the writing, never the process;
 * `ready` waits while the stream's buffer is full (a slow reader) and never once it is closed.
 */
function tolerantSink(stream: NodeJS.WriteStream): TextSink {
  let closed = false;
  let draining: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const awake = (): void => {
    draining = undefined;
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  stream.on('error', () => {
    closed = true;
    awake();
  });
  stream.on('close', awake);
  stream.on('drain', awake);
  return {
    write(text: string) {
      if (closed) return;
      try {
        if (!stream.write(text) && draining === undefined) draining = new Promise((resolve) => (wake = resolve));
      } catch {
        closed = true;
        awake();
      }
    },
    ready() {
      return closed || draining === undefined ? Promise.resolve() : draining;
    },
  };
}
