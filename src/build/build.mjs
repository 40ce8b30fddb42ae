// Builds every bundle with esbuild: the extension host, its analysis worker, the `cxm` CLI, the
// webview, the tests and the benchmarks; then emits the JSON Schema generated from the zod schema.
// Usage: node src/build/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync, statSync, mkdirSync, rmSync, chmodSync, cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { builtinTemplatesPlugin, lazyHandlebarsCompilerPlugin, HANDLEBARS_COMPILER_ENTRY } from './precompileTemplates.mjs';
import { yamlDebugSwitchesPlugin } from './yamlDebugSwitches.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Every `.ts` file under `dir` whose name passes `keep`. */
function tsFiles(dir, keep = () => true) {
  const out = [];
  let entries;
  try { entries = readdirSync(join(root, dir)); } catch { return out; }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...tsFiles(path, keep));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && keep(path)) out.push(path);
  }
  return out;
}

const common = {
  absWorkingDir: root,
  bundle: true,
  logLevel: 'warning',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  target: 'es2022',
};
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', plugins: [builtinTemplatesPlugin(root), officeRendererPlugin(false), yamlDebugSwitchesPlugin()] };
// The shipped bundles load the Handlebars compiler (custom templates only) and the Office renderer
// (Word and PowerPoint only) from their own files.
const shipped = { plugins: [builtinTemplatesPlugin(root), lazyHandlebarsCompilerPlugin(), officeRendererPlugin(true), yamlDebugSwitchesPlugin()] };

/**
 * `cxm-office-renderer`: in a shipped bundle, the loader of dist/officeRenderer.js next to it with
 * its code cache (src/officeRenderer/shippedOfficeRenderer.ts); the sources in tests and benchmarks.
 */
function officeRendererPlugin(shippedBundle) {
  return {
    name: 'cxm-office-renderer',
    setup(build) {
      build.onResolve({ filter: /^cxm-office-renderer$/ }, () => ({
        path: join(root, 'src', 'officeRenderer', shippedBundle ? 'shippedOfficeRenderer.ts' : 'officeRenderer.ts'),
      }));
    },
  };
}

const builds = [
  // The extension host: `vscode` is provided by the host at run time.
  { ...node, entryPoints: { extension: 'src/extension/extension.ts', analysisWorker: 'src/extension/analysis/analysisWorker.ts' }, outdir: 'dist', external: ['vscode', './roadmapRenderer.js'], metafile: true, ...shipped },
  // The roadmap renderer, loaded by the extension on first use (src/extension/roadmap/lazyRoadmapRenderer.ts).
  { ...node, entryPoints: { roadmapRenderer: 'src/core/roadmapTemplates.ts' }, outdir: 'dist', metafile: true, ...shipped },
  // The command line: one self-contained file with its shebang.
  { ...node, entryPoints: { cxm: 'src/cli/cxm.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, ...shipped },
  { ...node, entryPoints: { handlebarsCompiler: HANDLEBARS_COMPILER_ENTRY }, outdir: 'dist', metafile: true },
  // Word and PowerPoint (docx, pptxgenjs): loaded only when an Office document is asked for.
  // Loaded through `vm.Script` with its code cache (src/officeRenderer/codeCachedRequire.ts), which has no
  // loader for a dynamic `import()`: pptxgenjs's `import('node:fs')` becomes a `require`.
  { ...node, entryPoints: { officeRenderer: 'src/officeRenderer/officeRenderer.ts' }, outdir: 'dist', metafile: true, supported: { 'dynamic-import': false } },
  // The webview runs in a browser iframe under a strict CSP: classic scripts, the map's first and the
  // toolkit's after it (both deferred), and a stylesheet (no inline style).
  { ...common, platform: 'browser', format: 'iife', entryPoints: { main: 'webview/main.ts', toolkit: 'webview/toolkit.ts' }, outdir: 'dist/webview', metafile: true },
  // Tests and benchmarks: our sources bundled, npm packages loaded from node_modules.
  { ...node, sourcemap: 'inline', minify: false, packages: 'external', external: ['vscode'],
    entryPoints: [...tsFiles('test', (p) => !p.startsWith(join('test', 'bench')) && !p.startsWith(join('test', 'fixtures')))],
    outbase: 'test', outdir: 'dist/test' },
  { ...node, sourcemap: 'inline', minify: false, packages: 'external', entryPoints: tsFiles(join('test', 'bench')), outbase: join('test', 'bench'), outdir: 'dist/bench' },
].filter((options) => {
  const entries = Array.isArray(options.entryPoints) ? options.entryPoints : Object.values(options.entryPoints);
  return entries.length > 0 && entries.every((entry) => { try { return statSync(join(root, entry)).isFile(); } catch { return false; } });
});

// `npm run docs:rules`: only the rules pages, nothing else built or removed.
if (process.argv.includes('--rules-pages')) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  await emitRulesPages();
  process.exit(0);
}

if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  mkdirSync(join(root, 'dist', 'webview'), { recursive: true });
  await emitWebviewCss();
  console.log('watching…');
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  // `./dist/cxm.js` runs directly, as the package's `bin` does once installed.
  chmodSync(join(root, 'dist', 'cxm.js'), 0o755);
  for (const result of results) {
    if (!result.metafile) continue;
    for (const [file, info] of Object.entries(result.metafile.outputs)) {
      if (file.endsWith('.js')) console.log(`${relative('.', file).padEnd(32)} ${(info.bytes / 1024).toFixed(1)} KB`);
    }
  }
  await emitJsonSchema();
  await emitOfficeCodeCache();
  await emitRulesPages();
  await emitWebviewCss();
  // Runtime strings for vscode.l10n (the manifest's `l10n` points here).
  cpSync(join(root, 'src', 'extension', 'l10n'), join(root, 'dist', 'l10n'), { recursive: true });
}

/**
 * Writes dist/officeRenderer.cache, the V8 code cache of dist/officeRenderer.js after rendering the
 * example to Word and PowerPoint (src/build/emitOfficeCodeCache.ts), with this Node: a host on
 * another V8 (VS Code's Electron) rejects it and compiles as before.
 */
async function emitOfficeCodeCache() {
  const script = join(root, 'dist', 'emitOfficeCodeCache.cjs');
  await esbuild.build({ ...node, sourcemap: false, minify: false, entryPoints: ['src/build/emitOfficeCodeCache.ts'], outfile: script });
  execFileSync(process.execPath, [script, join(root, 'dist'), join(root, 'examples', 'negoce-pme.engagement.yaml')], { stdio: 'inherit' });
  rmSync(script);
}

/** Generates dist/webview/map.css from the page's and the map's CSS constants. */
async function emitWebviewCss() {
  const script = join(root, 'dist', 'emitWebviewCss.cjs');
  await esbuild.build({ ...node, sourcemap: false, minify: false, entryPoints: ['src/build/emitWebviewCss.ts'], outfile: script });
  execFileSync(process.execPath, [script, join(root, 'dist', 'webview', 'map.css')], { stdio: 'inherit' });
  rmSync(script);
}

/** Writes docs/rules.md and docs/rules.fr.md from the rule registry (a unit test fails when the committed pages differ). */
async function emitRulesPages() {
  const script = join(root, 'dist', 'emitRulesPages.cjs');
  await esbuild.build({ ...node, sourcemap: false, minify: false, entryPoints: ['src/build/emitRulesPages.ts'], outfile: script });
  execFileSync(process.execPath, [script, join(root, 'docs')], { stdio: 'inherit' });
  rmSync(script);
}

/** Generates dist/engagement.schema.json from the zod schema, the format's single source of truth. */
async function emitJsonSchema() {
  const script = join(root, 'dist', 'emitJsonSchema.cjs');
  await esbuild.build({ ...node, sourcemap: false, minify: false, entryPoints: ['src/build/emitJsonSchema.ts'], outfile: script });
  execFileSync(process.execPath, [script, join(root, 'dist', 'engagement.schema.json')], { stdio: 'inherit' });
  rmSync(script);
}
