/**
 * What `cxm-office-renderer` resolves to in the shipped bundles: dist/officeRenderer.js next to them,
 * loaded with the code cache the build wrote after it (dist/officeRenderer.cache; see
 * codeCachedRequire). `CXM_NO_CODE_CACHE=1` loads it without the cache (the benchmark's "without").
 */
import { join } from 'node:path';
import { codeCachedRequire } from './codeCachedRequire';

type OfficeRendererModule = typeof import('./officeRenderer');

const useCache = process.env.CXM_NO_CODE_CACHE !== '1';
const loaded = codeCachedRequire(join(__dirname, 'officeRenderer.js'), useCache ? join(__dirname, 'officeRenderer.cache') : undefined, require);

export const renderOffice: OfficeRendererModule['renderOffice'] = (loaded.exports as OfficeRendererModule).renderOffice;
