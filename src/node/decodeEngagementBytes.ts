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
 * is not UTF-8.
 */
export function decodeUtf8Strictly(bytes: Uint8Array): StrictDecoding {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    // Decoded with replacements, the first U+FFFD marks the first bad byte (a real U+FFFD before it would be valid UTF-8 and is skipped).
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    let offset = lenient.indexOf('\uFFFD');
    while (offset >= 0 && encodesReplacementLiterally(body, lenient, offset)) offset = lenient.indexOf('\uFFFD', offset + 1);
    const before = lenient.slice(0, Math.max(0, offset));
    const lastBreak = before.lastIndexOf('\n');
    return { ok: false, line: before.split('\n').length, column: offset - lastBreak };
  }
}

function encodesReplacementLiterally(bytes: Uint8Array, text: string, offset: number): boolean {
  const at = new TextEncoder().encode(text.slice(0, offset)).length;
  return bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd;
}
