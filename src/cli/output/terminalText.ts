/**
 * Makes text safe to print on a terminal. Messages quote the user's YAML and paths can hold any
 * character: control characters (ANSI escape sequences) and bidirectional overrides could rewrite
 * what the user sees, so they are printed as visible `\u{…}` escapes instead.
 */

const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeCodePoint(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}

/** For one-line fields (paths, messages): newlines and tabs are escaped too, so one diagnostic stays one line. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escapeCodePoint);
}

/** For multi-line documents printed as text: newlines and tabs are kept. */
export function terminalBlock(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, escapeCodePoint);
}
