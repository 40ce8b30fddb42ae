import * as esbuild from 'esbuild';
import { builtinTemplatesPlugin, lazyHandlebarsCompilerPlugin } from '../src/build/precompileTemplates.mjs';
const r = await esbuild.build({ absWorkingDir: '/work/main', entryPoints: ['src/extension/extension.ts'], bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', './roadmapRenderer.js'], write: false, metafile: true, outfile: 'x.js', plugins: [builtinTemplatesPlugin('/work/main'), lazyHandlebarsCompilerPlugin()] });
const out = Object.values(r.metafile.outputs)[0];
const byPkg = {};
for (const [f, i] of Object.entries(out.inputs)) { const k = f.includes('node_modules/') ? f.split('node_modules/')[1].split('/').slice(0, f.includes('@') ? 2 : 1).join('/') : f.split('/').slice(0, 3).join('/'); byPkg[k] = (byPkg[k] ?? 0) + i.bytesInOutput; }
console.log(Object.entries(byPkg).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${(v / 1024).toFixed(1)} ${k}`).join('\n'));
