import * as esbuild from 'esbuild';
import { builtinTemplatesPlugin } from '../src/build/precompileTemplates.mjs';
await esbuild.build({ absWorkingDir: '/work/main', entryPoints: [process.argv[2]], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: process.argv[3], packages: 'external', plugins: [builtinTemplatesPlugin('/work/main')], logLevel: 'warning' });
