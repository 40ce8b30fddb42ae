/**
 * Bytes of an engagement file to text, as VS Code reads them (on the hosts' side: TextDecoder is a
 * host global, outside the pure core's types): a byte-order mark decides (UTF-8,
 * UTF-16 LE or BE) and is dropped; without one the bytes are UTF-8. Bytes that are not valid in the
 * encoding become U+FFFD, which the reader then reports at its line (`file-encoding`), so a Latin-1
 * file gets a located error instead of « Soci�t� » read silently.
 */
export function decodeEngagementBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export type StrictDecoding = { ok: true; text: string } | { ok: false; line: number; column: number };

/**
 * UTF-8 that must be exactly UTF-8 (a custom template: garbling it would garble the document
 * silently): the text without its byte-order mark, or the line and column of the first byte that
 * is not UTF-8 (CR, LF and CRLF each end a line; the column counts UTF-16 units, as editors do).
 */
export function decodeUtf8Strictly(bytes: Uint8Array): StrictDecoding {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    // The valid prefix, found in one pass over the bytes (a template full of real U+FFFD before its
    // first bad byte must not be re-encoded once per U+FFFD), then decoded to place it.
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, validUtf8Prefix(body)));
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    const lines = before.match(/\r\n|\r|\n/g)?.length ?? 0;
    return { ok: false, line: lines + 1, column: before.length - lastBreak };
  }
}

/** The length of the longest prefix of `bytes` that is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
function validUtf8Prefix(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) { i++; continue; }
    const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    const second = bytes[i + 1]!;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += size;
  }
  return i;
}
