/** The format's size limit, in bytes of UTF-8 as on disk, shared by every host. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Whether `text` takes more than `limit` bytes in UTF-8, counting no further than needed. */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  // Each UTF-16 unit takes 1 to 3 bytes (a surrogate pair 4 for two units): most texts are decided at once.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (an emoji) is 4 bytes for its 2 units: 2 each, not 3.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}
