/**
 * The Office renderer as the hosts load it (dist/officeRenderer.js, built on its own): the core's
 * renderOfficeRoadmap with the files it needs read from disk, the resvg WebAssembly module and
 * the Noto Sans fonts the build copies next to this bundle (or, unbundled, from node_modules).
 * Neither `cxm` nor the extension parses docx, pptxgenjs or resvg until an Office document is asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { EngagementAnalysis, RasterAssets, OfficeFormat, OfficeRenderResult } from '../core';
import { renderOfficeRoadmap } from '../core/officeWriters';

export type { OfficeFormat, OfficeRenderResult };

/** Where the build puts the assets (src/build/build.mjs), relative to the bundle. */
export const OFFICE_ASSETS = {
  wasm: { bundled: 'resvg.wasm', packaged: '@resvg/resvg-wasm/index_bg.wasm' },
  fonts: [
    { bundled: 'fonts/NotoSans-Regular.ttf', packaged: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
    { bundled: 'fonts/NotoSans-Bold.ttf', packaged: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
  ],
} as const;

let assets: RasterAssets | undefined;

function readAsset(asset: { bundled: string; packaged: string }): Uint8Array {
  const bundled = join(__dirname, asset.bundled);
  return new Uint8Array(readFileSync(existsSync(bundled) ? bundled : require.resolve(asset.packaged)));
}

/**
 * Read and compiled once per thread: the WebAssembly module (validated here, its functions
 * compiled on first use), the fonts, and Node's native zlib for the pictures' PNG data.
 */
export function officeAssets(): RasterAssets {
  assets ??= {
    wasm: new WebAssembly.Module(readAsset(OFFICE_ASSETS.wasm) as Uint8Array<ArrayBuffer>),
    fonts: OFFICE_ASSETS.fonts.map(readAsset),
    fontFamily: 'Noto Sans',
    zlib: (bytes) => deflateSync(bytes, { level: 6 }),
  };
  return assets;
}

export function renderOffice(analysis: EngagementAnalysis, format: OfficeFormat, reference?: Uint8Array): Promise<OfficeRenderResult> {
  return renderOfficeRoadmap(analysis, { format, ...(reference ? { reference } : {}), assets: officeAssets }).catch((error: unknown) => ({
    ok: false as const,
    message: error instanceof Error ? error.message : String(error),
  }));
}
