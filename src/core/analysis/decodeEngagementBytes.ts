/**
 * Bytes of an engagement file to text, as VS Code reads them: a byte-order mark decides (UTF-8,
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
