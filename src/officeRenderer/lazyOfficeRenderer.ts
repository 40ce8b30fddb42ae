/**
 * Loads the Office renderer on first use. In the shipped bundles `cxm-office-renderer` resolves to
 * the file next to them (dist/officeRenderer.js); in the test bundles, to the sources.
 */
type OfficeRendererModule = typeof import('./officeRenderer');

let loaded: OfficeRendererModule | undefined;

export function officeRenderer(): OfficeRendererModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('cxm-office-renderer') as OfficeRendererModule;
  return loaded;
}
