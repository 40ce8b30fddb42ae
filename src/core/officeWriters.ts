/**
 * The entry of the Word and PowerPoint writers (docx, pptxgenjs, resvg), bundled only into
 * dist/officeRenderer.js (src/officeRenderer), which the hosts load the first time an Office document
 * is asked for. Kept apart from ./index so no other bundle reaches them. A list of exports, no logic.
 */
export { renderOfficeRoadmap, OFFICE_FORMATS, type OfficeFormat, type OfficeRenderResult, type OfficeRenderOptions } from './office/renderOfficeRoadmap';
export type { RasterAssets } from './office/raster/svgRasteriser';
