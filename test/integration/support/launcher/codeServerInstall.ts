import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface CodeServerInstall {
  /** Node 24, which code-server requires. */
  node: string;
  /** code-server's `out/node/entry.js`. */
  entry: string;
}

/** Runs the idempotent installer (a no-op when the cache is complete) and reads the paths it prints. */
export function installCodeServer(repoRoot: string): CodeServerInstall {
  const output = execFileSync('bash', [join(repoRoot, '.ci', 'install-code-server.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8',
  });
  const value = (name: string): string => {
    const match = new RegExp(`^${name}=(.+)$`, 'm').exec(output);
    if (!match?.[1]) throw new Error(`.ci/install-code-server.sh did not print ${name}`);
    return match[1];
  };
  return { node: value('CXM_NODE24'), entry: value('CXM_CODE_SERVER') };
}
