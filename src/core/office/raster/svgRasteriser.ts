/**
 * SVG to PNG without a native binary: resvg compiled to WebAssembly. The host hands over the
 * .wasm (or the module it already compiled) and the font files (the core touches no file system);
 * resvg never loads system fonts, so a picture is the same on every machine. A picture is rendered
 * at `density` pixels per shown CSS pixel (2 in a printed report: 192 dpi), shown at its size.
 *
 * Measured (docs/office-documents.md): resvg's own PNG encoder took longer than the drawing
 * itself (60–380 ms a picture), so the PNG is written here from the raw pixels: RGB without the
 * alpha channel (every picture has an opaque white background), no row filter (flat drawings
 * deflate best unfiltered), deflated by the host's native zlib when it gives one.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { zlibSync } from 'fflate';

export interface RasterAssets {
  /** resvg's WebAssembly: its bytes, or the module the host compiled once (and may share with threads). */
  wasm: Parameters<typeof initWasm>[0];
  /** TrueType fonts; the first one's family is the default and the sans-serif family. */
  fonts: Uint8Array[];
  fontFamily: string;
  /** A zlib (RFC 1950) compressor; the host's native one is several times faster than fflate's. */
  zlib?: (bytes: Uint8Array) => Uint8Array;
}

export interface Picture {
  png: Uint8Array;
  /** Pixels of the PNG (density times the shown size). */
  width: number;
  height: number;
  /** The size to show it at, in CSS pixels (1/96 inch): the SVG's own size, within the room given. */
  displayWidth: number;
  displayHeight: number;
}

/**
 * `maxDisplayWidth`: the widest the picture may be shown, in CSS pixels (a page's or a slide's
 * text width); `density`: pixels per shown pixel (default OVERSAMPLING).
 */
export type Rasteriser = (svg: string, maxDisplayWidth?: number, density?: number) => Picture;

/** Pixels per shown pixel in a printed report: 2 × 96 = 192 dots per inch (sharp in print and at 200 % zoom). */
export const OVERSAMPLING = 2;

let initialised: Promise<void> | undefined;

/** A batch renders the same drawing more than once (the same radar in the report and again): kept by its SVG. */
const CACHE_SIZE = 16;
const cache = new Map<string, Picture>();

export async function createRasteriser(assets: RasterAssets): Promise<Rasteriser> {
  // resvg's module may be initialised once per thread; another copy of this module (two bundles
  // in one thread) may have done it already.
  initialised ??= initWasm(assets.wasm).catch((error: unknown) => {
    if (!(error instanceof Error && /Already initialized/i.test(error.message))) throw error;
  });
  await initialised;
  const zlib = assets.zlib ?? ((bytes: Uint8Array) => zlibSync(bytes, { level: 6 }));
  return (svg, maxDisplayWidth = Number.POSITIVE_INFINITY, density = OVERSAMPLING) => {
    const key = `${maxDisplayWidth} ${density} ${svg}`;
    const known = cache.get(key);
    if (known) return known;
    const size = svgSize(svg);
    const displayWidth = Math.min(size.width, maxDisplayWidth);
    const displayHeight = (size.height * displayWidth) / size.width;
    const options = {
      fitTo: { mode: 'zoom' as const, value: (density * displayWidth) / size.width },
      background: '#ffffff',
      font: { fontBuffers: assets.fonts, loadSystemFonts: false, defaultFontFamily: assets.fontFamily, sansSerifFamily: assets.fontFamily },
    };
    const resvg = new Resvg(withoutCssVariables(svg), options);
    let picture: Picture;
    try {
      const rendered = resvg.render();
      try {
        const { width, height } = rendered;
        picture = { png: encodePng(rendered.pixels, width, height, zlib), width, height, displayWidth: Math.round(displayWidth), displayHeight: Math.round(displayHeight) };
      } finally {
        rendered.free();
      }
    } finally {
      resvg.free();
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, picture);
    return picture;
  };
}

/** An opaque RGBA image as an 8-bit RGB PNG, rows unfiltered. */
export function encodePng(rgba: Uint8Array, width: number, height: number, zlib: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0, from = 0; y < height; y++) {
    let to = y * stride + 1; // the row's first byte stays 0: filter "none"
    for (let x = 0; x < width; x++, from += 4) {
      raw[to++] = rgba[from]!;
      raw[to++] = rgba[from + 1]!;
      raw[to++] = rgba[from + 2]!;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
  const chunks = [chunk('IHDR', header), chunk('IDAT', zlib(raw)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(8 + chunks.reduce((sum, c) => sum + c.length, 0));
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  let crc = 0xffffffff;
  for (let i = 4; i < 8 + data.length; i++) crc = CRC_TABLE[(crc ^ out[i]!) & 0xff]! ^ (crc >>> 8);
  view.setUint32(8 + data.length, (crc ^ 0xffffffff) >>> 0);
  return out;
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
