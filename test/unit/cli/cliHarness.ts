/** Helpers for the CLI tests: temporary folders of engagement files and in-process runs of `cxm`. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Language } from '../../../src/core/model/vocabulary';
import { runCli } from '../../../src/cli/runCli';

/** A small engagement without errors (it has warnings), with one journey `order`. */
export const VALID_ENGAGEMENT = `engagement:
  client: Acme
  language: en
change:
  stage: contemplation
  barriers:
    - type: fear
channels:
  - id: branch
    type: store
    capabilities: [inform, order]
  - id: site
    type: web
    capabilities: [inform]
segments:
  - id: artisans
    digitalIntensity: multichannel
    expects: [order]
journeys:
  - id: order
    segment: artisans
    stages:
      - name: Search
        steps:
          - id: look
            channel: site
            action: Looks for the product
            emotion: -1
      - name: Buy
        steps:
          - channel: branch
            action: Buys in store
            capability: order
            emotion: 1
`;

/** A file with schema errors: no client, no channels, no segments. */
export const INVALID_ENGAGEMENT = 'engagement:\n  title: No client\nchange:\n  stage: action\n';

export function temporaryFolder(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'cxm-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function removeFolder(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(argv: string[], cwd: string, environmentLanguage: Language = 'en', stdoutIsTerminal = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    environmentLanguage,
    stdoutIsTerminal,
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
  });
  return { code, stdout, stderr };
}
