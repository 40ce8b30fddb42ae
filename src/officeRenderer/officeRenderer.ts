/**
 * The Office renderer as the hosts load it (dist/officeRenderer.js, built on its own): the core's
 * renderOfficeRoadmap with Node's native zlib for the package's parts, its errors turned into a
 * message. Nothing to read from disk: neither document has a picture to rasterise (the radar is a
 * native chart, the timeline a table or shapes).
 * Neither `cxm` nor the extension parses docx or pptxgenjs until an Office document is asked for.
 */
import type { EngagementAnalysis, OfficeFormat, OfficeRenderResult } from '../core';
import { deflateRawSync } from 'node:zlib';
import { renderOfficeRoadmap } from '../core/officeWriters';

export type { OfficeFormat, OfficeRenderResult };

/** Node's zlib, ≈ 10 times fflate's JavaScript deflate on the parts' XML. */
const deflateRaw = (data: Uint8Array, level: number): Uint8Array => deflateRawSync(data, { level });

export function renderOffice(analysis: EngagementAnalysis, format: OfficeFormat, reference?: Uint8Array): Promise<OfficeRenderResult> {
  return renderOfficeRoadmap(analysis, { format, deflateRaw, ...(reference ? { reference } : {}) }).catch((error: unknown) => ({
    ok: false as const,
    message: error instanceof Error ? error.message : String(error),
  }));
}
