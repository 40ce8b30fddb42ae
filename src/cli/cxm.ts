/** The `cxm` executable: wires the process (arguments, working directory, streams, locale) to runCli. */
import { languageOfEnvironment } from './cliIo';
import { runCli } from './runCli';

// `cxm validate … | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTerminal: process.stdout.isTTY === true,
  environmentLanguage: languageOfEnvironment(process.env),
});
