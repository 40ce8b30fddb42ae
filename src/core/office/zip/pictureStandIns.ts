/**
 * The libraries hash, deflate and base64-encode every picture they are given, and the package is
 * then unpacked once more to make it deterministic: a megabyte of PNG went through each step for
 * nothing. They get a tiny distinct stand-in PNG instead, and the real picture takes its place when
 * the package is rewritten (normaliseOfficePackage), found by its exact bytes.
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: number[]): number[] {
  const body = [...type].map((ch) => ch.charCodeAt(0)).concat(data);
  const crc = crc32(Uint8Array.from(body));
  const length = data.length;
  return [length >>> 24, (length >>> 16) & 255, (length >>> 8) & 255, length & 255, ...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255];
}

/** A valid 1 × 1 grey PNG whose text chunk carries `n`, so every stand-in differs. */
function standInPng(n: number): Uint8Array {
  const text = [...`cxm\0${n}`].map((ch) => ch.charCodeAt(0));
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]),
    ...chunk('tEXt', text),
    // zlib stream of one scanline: filter 0, one grey byte.
    ...chunk('IDAT', [0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81]),
    ...chunk('IEND', []),
  ]);
}

const keyOf = (bytes: Uint8Array) => String.fromCharCode(...bytes);

export class PictureStandIns {
  private readonly pictures = new Map<string, Uint8Array>();

  /** The stand-in to give the library for `png`. */
  standIn(png: Uint8Array): Uint8Array {
    const standIn = standInPng(this.pictures.size + 1);
    this.pictures.set(keyOf(standIn), png);
    return standIn;
  }

  /** The real picture for a package entry that is a stand-in; undefined for any other entry. */
  realFor(data: Uint8Array): Uint8Array | undefined {
    return data.length < 200 ? this.pictures.get(keyOf(data)) : undefined;
  }
}
