/**
 * The `cxm` executable: wires the process (arguments, working directory, streams, locale) to runCli.
 * The same bundle also runs as the analysis worker threads it starts to use every core.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ANALYSIS_WORKER_ROLE, runAnalysisWorker } from './analyseInputs';
import { languageOfEnvironment } from './cliIo';
import { runCli } from './runCli';
import { runSnapshotWorker, SNAPSHOT_WORKER_ROLE } from './commands/snapshotWorker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ANALYSIS_WORKER_ROLE) {
  runAnalysisWorker(parentPort!);
} else if (!isMainThread && (workerData as { role?: string } | null)?.role === SNAPSHOT_WORKER_ROLE) {
  runSnapshotWorker(parentPort!, workerData as { text: string; options: object });
} else {
  // `cxm validate … | head` closes the pipe early: stop quietly instead of printing a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTerminal: process.stdout.isTTY === true,
    environmentLanguage: languageOfEnvironment(process.env),
    analysisWorkerScript: __filename,
  }).then((code) => {
    process.exitCode = code;
  });
}
