/**
 * SVG to PNG without a native binary: resvg compiled to WebAssembly. The host hands over the
 * .wasm and the font files (the core touches no file system); resvg never loads system fonts, so a
 * picture is the same on every machine. Pictures are rendered at `scale` times their size and
 * shown at their size, so they stay sharp when printed or zoomed.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';

export interface RasterAssets {
  wasm: Uint8Array;
  /** TrueType fonts; the first one's family is the default and the sans-serif family. */
  fonts: Uint8Array[];
  fontFamily: string;
}

export interface Picture {
  png: Uint8Array;
  /** Pixels of the PNG (scale times the SVG's own size). */
  width: number;
  height: number;
  /** The SVG's own size, in CSS pixels (1/96 inch): the size to show it at. */
  displayWidth: number;
  displayHeight: number;
}

/** `maxDisplayWidth`: the widest the picture may be shown, in CSS pixels (a page's or a slide's text width). */
export type Rasteriser = (svg: string, maxDisplayWidth?: number) => Picture;

/** Pixels per shown pixel: 2 × 96 = 192 dots per inch at the size the picture is shown (sharp in print and at 200 % zoom). */
export const OVERSAMPLING = 2;

let initialised: Promise<void> | undefined;

export async function createRasteriser(assets: RasterAssets): Promise<Rasteriser> {
  // resvg's module may be initialised once per thread; another copy of this module (two bundles
  // in one thread) may have done it already.
  initialised ??= initWasm(assets.wasm).catch((error: unknown) => {
    if (!(error instanceof Error && /Already initialized/i.test(error.message))) throw error;
  });
  await initialised;
  return (svg, maxDisplayWidth = Number.POSITIVE_INFINITY) => {
    const size = svgSize(svg);
    const displayWidth = Math.min(size.width, maxDisplayWidth);
    const displayHeight = (size.height * displayWidth) / size.width;
    const options = {
      fitTo: { mode: 'zoom' as const, value: (OVERSAMPLING * displayWidth) / size.width },
      background: '#ffffff',
      font: { fontBuffers: assets.fonts, loadSystemFonts: false, defaultFontFamily: assets.fontFamily, sansSerifFamily: assets.fontFamily },
    };
    const resvg = new Resvg(withoutCssVariables(svg), options);
    try {
      const rendered = resvg.render();
      try {
        return { png: rendered.asPng(), width: rendered.width, height: rendered.height, displayWidth: Math.round(displayWidth), displayHeight: Math.round(displayHeight) };
      } finally {
        rendered.free();
      }
    } finally {
      resvg.free();
    }
  };
}

/** The root element's width and height (every drawing of ours has both), else its viewBox. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (width > 0 && height > 0) return { width, height };
  const box = /viewBox="[\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(root);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : { width: 800, height: 600 };
}

/**
 * The journey maps are themed with `var(--vscode-…, fallback)` for the webview; resvg reads no
 * custom properties, so a printed picture takes each fallback (the light theme).
 */
export function withoutCssVariables(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*([^()]*?)\)/g, '$1');
}
