/**
 * The Office documents of an analysis: `docx` (the Word report) or `pptx` (the board deck), with an
 * optional firm's reference file. Pure: the host hands over the rasteriser's assets and the
 * reference's bytes, and writes the bytes that come back. Never throws: a problem is a message in
 * the document's language.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import type { Language } from '../model/vocabulary';
import { officeRoadmapOf } from './officeRoadmap';
import { createRasteriser, type RasterAssets } from './raster/svgRasteriser';
import type { Brand } from './reference/brand';
import { readReference } from './reference/readReference';

export type OfficeFormat = 'docx' | 'pptx';
export const OFFICE_FORMATS: readonly OfficeFormat[] = ['docx', 'pptx'];

export type OfficeRenderResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export interface OfficeRenderOptions {
  format: OfficeFormat;
  /** A .docx for the Word report, a .pptx for the deck. */
  reference?: Uint8Array;
  /** The rasteriser's assets, or how to get them (only the Word report has pictures to rasterise). */
  assets: RasterAssets | (() => RasterAssets);
}

export async function renderOfficeRoadmap(analysis: EngagementAnalysis, options: OfficeRenderOptions): Promise<OfficeRenderResult> {
  const lang = analysis.language;
  const model = officeRoadmapOf(analysis);
  if (!model) return { ok: false, message: MESSAGES.noModel[lang] };
  let brand: Brand = {};
  if (options.reference) {
    const read = readReference(options.reference);
    if (!read.ok) return { ok: false, message: MESSAGES[read.reason][lang] };
    if (read.kind !== options.format) return { ok: false, message: MESSAGES.wrongKind[lang](options.format) };
    brand = read.brand;
  }
  // Each writer loads its own library (docx, pptxgenjs) on first use: a Word report never pays
  // for evaluating pptxgenjs (≈ 90 ms in a fresh process), nor a deck for docx (≈ 80 ms).
  const bytes = options.format === 'docx'
    ? await (require('./docx/writeRoadmapDocx') as typeof import('./docx/writeRoadmapDocx')).writeRoadmapDocx(model, await createRasteriser(typeof options.assets === 'function' ? options.assets() : options.assets), brand)
    // The deck draws its timeline with PowerPoint shapes: no rasteriser.
    : await (require('./pptx/writeRoadmapPptx') as typeof import('./pptx/writeRoadmapPptx')).writeRoadmapPptx(model, brand);
  return { ok: true, bytes };
}

const MESSAGES = {
  noModel: { en: 'The file does not pass the schema: no roadmap can be generated.', fr: "Le fichier ne passe pas le schéma\u00a0: aucune feuille de route n'est possible." },
  'not-office': { en: 'The reference file is neither a Word (.docx) nor a PowerPoint (.pptx) file.', fr: 'Le fichier de référence n’est ni un fichier Word (.docx) ni un fichier PowerPoint (.pptx).' },
  damaged: { en: 'The reference file cannot be read: it is not a valid Office (zip) file.', fr: 'Le fichier de référence est illisible\u00a0: ce n’est pas un fichier Office (zip) valide.' },
  'too-large': { en: 'The reference file is too large once unpacked (64 MB at most).', fr: 'Le fichier de référence est trop gros une fois décompressé (64 Mo au plus).' },
  wrongKind: {
    en: (format: OfficeFormat) => `A ${format === 'docx' ? 'Word report needs a Word (.docx)' : 'PowerPoint deck needs a PowerPoint (.pptx)'} reference file.`,
    fr: (format: OfficeFormat) => `${format === 'docx' ? 'Un rapport Word demande un fichier de référence Word (.docx)' : 'Une présentation PowerPoint demande un fichier de référence PowerPoint (.pptx)'}.`,
  },
} satisfies Record<string, Record<Language, unknown>>;
