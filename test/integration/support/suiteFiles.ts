import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustMode } from './testResults';

/** The compiled `*.test.js` suites under `dir` for one trust mode: `*.untrusted.test.js` run only in Restricted Mode. */
export function suiteFiles(dir: string, mode: TrustMode): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.test.js') && name.endsWith('.untrusted.test.js') === (mode === 'untrusted'))
    .sort()
    .map((name) => join(dir, name));
}
