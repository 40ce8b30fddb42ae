/**
 * CommonMark backslash escapes, so user text stays text in a Markdown document and its preview:
 * no raw HTML, no emphasis, no table cell breaks, no entity references. Any line break (CR LF, CR
 * or LF) becomes a space, so a value never ends a table row or a list item.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    // Every line break Markdown or a previewer may honour (a lone CR included) becomes a space, so a
    // value never starts a heading, a list or a raw HTML block on a line of its own.
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ');
}
