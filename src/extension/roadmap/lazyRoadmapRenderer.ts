/**
 * The roadmap renderer (precompiled templates, Handlebars runtime, radar) is a file of its own,
 * dist/roadmapRenderer.js, loaded the first time a roadmap is generated: it keeps the extension
 * bundle, loaded at every activation, within its size budget.
 */
type RoadmapRendererModule = typeof import('../../core/roadmapTemplates');

let renderer: RoadmapRendererModule | undefined;

export function roadmapRenderer(): RoadmapRendererModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  renderer ??= require('./roadmapRenderer.js') as RoadmapRendererModule;
  return renderer;
}
