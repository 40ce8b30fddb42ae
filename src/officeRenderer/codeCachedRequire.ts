/**
 * Loads a CommonJS bundle with a V8 code cache, the cache Node 22's `module.enableCompileCache()`
 * would keep (the toolkit runs on Node 20, which has none): compiling the 1.4 MB Office renderer is
 * ≈ 50–90 ms of a fresh `cxm roadmap --template docx|pptx`, and the functions it then compiles
 * lazily as much again. The cache (dist/officeRenderer.cache) is written at build time after a warm
 * render (src/build/emitOfficeCodeCache.ts), so it holds those functions too. V8 checks that the
 * cache matches this V8, its flags and the source; a missing or rejected cache only costs the
 * compile it would have saved: the bundle then runs exactly as `require` would run it.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface CodeCachedModule {
  exports: unknown;
  /** The compiled script: `createCachedData()` after a warm run gives the cache to write. */
  script: Script;
  /** Whether a cache was given and V8 took it. */
  cacheUsed: boolean;
}

/** `require(file)` through `vm.Script`, with `cacheFile`'s code cache when V8 accepts it. */
export function codeCachedRequire(file: string, cacheFile: string | undefined, requireFn: NodeRequire): CodeCachedModule {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try { cachedData = readFileSync(cacheFile); } catch { cachedData = undefined; }
  }
  // Node's own CommonJS wrapper, so the bundle sees the same five names as under `require`.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  // No dynamic `import()` in the bundle (a `vm.Script` has no loader for one): the build turns
  // pptxgenjs's `import('node:fs')` into a `require` (src/build/build.mjs, `dynamic-import`).
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, requireFn, module, file, dirname(file));
  module.loaded = true;
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}
