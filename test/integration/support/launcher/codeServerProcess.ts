import { spawn } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CodeServerInstall } from './codeServerInstall';
import { onExit } from './processCleanup';
import { withTimeout } from './timeouts';
import type { TestRunFolder } from './testRunFolder';

export interface CodeServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** Rejects if code-server exits while it is still needed. */
  exited: Promise<never>;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  install: CodeServerInstall;
  folder: TestRunFolder;
  /** Leave false to open the workspace in Restricted Mode. */
  trusted: boolean;
  /** Passed on to the extension host. */
  env: Record<string, string>;
  logFile: string;
  startTimeoutMs: number;
}

/**
 * Starts code-server on a free loopback port, in its own process group: it leaves children
 * behind (file watcher, agent host), so stopping kills the whole group.
 */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { install, folder } = options;
  // An explicit config file keeps code-server from writing one into the user's home.
  const config = join(folder.root, 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    install.entry, '--config', config, '--auth', 'none', '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry', '--disable-update-check',
    // Without it the built workbench ignores the extension-development payload.
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', folder.userData, '--extensions-dir', folder.extensions,
    ...(options.trusted ? ['--disable-workspace-trust'] : []),
    folder.workspace,
  ];
  const child = spawn(install.node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_DATA_HOME: join(folder.root, 'xdg-data'), ...options.env },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start code-server with ${install.node}`);
  const killGroup = (): void => { try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ } };
  const cleanup = onExit(killGroup);

  const log = createWriteStream(options.logFile);
  let exitCode: number | null | undefined;
  const exitedOnce = new Promise<void>((resolve) => child.once('exit', (code) => { exitCode = code; resolve(); }));
  const exited = exitedOnce.then((): never => {
    throw new Error(`code-server exited (code ${exitCode}); see ${options.logFile}`);
  });
  exited.catch(() => { /* observed by whoever awaits it */ });

  const listening = new Promise<string>((resolve) => {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        log.write(`${line}\n`);
        const match = /HTTP server listening on (http:\/\/[\d.]+:\d+)/.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
    }
  });
  const stop = async (): Promise<void> => {
    killGroup();
    await withTimeout(exitedOnce, 5_000, 'code-server survived SIGKILL').catch(() => undefined);
    cleanup.release();
    log.end();
  };
  try {
    const origin = await withTimeout(Promise.race([listening, exited]), options.startTimeoutMs,
      `code-server did not listen within ${options.startTimeoutMs / 1000} s; see ${options.logFile}`);
    return { origin, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
