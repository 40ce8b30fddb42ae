/**
 * Makes text safe to print on a terminal. Messages quote the user's YAML and paths can hold any
 * character: control characters (ANSI escape sequences, C1 controls), bidirectional overrides and
 * isolates could rewrite what the user sees, and zero-width characters and byte-order marks hide
 * text in plain sight ("branch" and "bra\u200bnch" look the same), so all of them are printed as
 * visible `\u{…}` escapes instead. JSON written to a terminal gets the same characters as JSON
 * escapes (`\u202e`), so it stays the same JSON.
 */

const INVISIBLE = '\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb';
const UNSAFE_IN_BLOCK = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${INVISIBLE}]`, 'g');
const UNSAFE_IN_LINE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${INVISIBLE}]`, 'g');
// JSON.stringify already escapes C0 controls; these are the rest a terminal would act on or hide.
const UNSAFE_IN_JSON = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029${INVISIBLE}]`, 'g');

function escapeCodePoint(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}

function escapeForJson(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** For one-line fields (paths, messages): newlines and tabs are escaped too, so one diagnostic stays one line. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escapeCodePoint);
}

/** For multi-line documents printed as text: newlines and tabs are kept. */
export function terminalBlock(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, escapeCodePoint);
}

/** For JSON (and SARIF) printed on a terminal: the same value, with every invisible or control character escaped. */
export function terminalJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escapeForJson);
}
