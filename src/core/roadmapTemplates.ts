/**
 * The entry of the roadmap renderer (precompiled templates, the Handlebars runtime, the radar): its
 * own bundle, dist/roadmapRenderer.js, that the extension loads on first use and `cxm` bundles. Kept
 * apart from ./index so no bundle loaded at activation reaches Handlebars. A list of exports, no logic.
 */
export { renderRoadmap, type RoadmapTemplate, type RenderResult, type RoadmapTemplateContext } from './templates/renderRoadmap';
