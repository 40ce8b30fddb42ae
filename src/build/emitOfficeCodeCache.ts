/**
 * Build step: renders the example to Word and PowerPoint with dist/officeRenderer.js, loaded the way
 * the shipped bundles load it, then writes V8's code cache of the bundle to dist/officeRenderer.cache.
 * Taken after the renders, the cache holds every function they compiled, not only the top level
 * (≈ 3 times what a cache of the bare load saves). Usage: node emitOfficeCodeCache.cjs <dist> <example>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../core/analysis/analyseEngagement';
import { codeCachedRequire } from '../officeRenderer/codeCachedRequire';

type OfficeRendererModule = typeof import('../officeRenderer/officeRenderer');

async function main(dist: string, example: string): Promise<void> {
  const loaded = codeCachedRequire(join(dist, 'officeRenderer.js'), undefined, require);
  const renderer = loaded.exports as OfficeRendererModule;
  const analysis = analyseEngagement(readFileSync(example, 'utf8'));
  for (const format of ['docx', 'pptx'] as const) {
    const rendered = await renderer.renderOffice(analysis, format);
    if (!rendered.ok) throw new Error(`the ${format} render for the code cache failed: ${rendered.message}`);
  }
  writeFileSync(join(dist, 'officeRenderer.cache'), loaded.script.createCachedData());
}

const [dist, example] = process.argv.slice(2);
if (!dist || !example) throw new Error('usage: emitOfficeCodeCache <dist> <example>');
main(dist, example).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
