/**
 * CommonMark backslash escapes, so user text stays text in a Markdown document and its preview:
 * no raw HTML, no emphasis, no table cell breaks, no entity references. Any line break (CR LF, CR
 * or LF) becomes a space, so a value never ends a table row or a list item.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
}
