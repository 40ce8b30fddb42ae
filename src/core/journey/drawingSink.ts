/**
 * Where a drawing goes, element by element, in document order: a virtual tree (TreeBuilder, that
 * the webview mounts and patches) or markup text (MarkupWriter, that the exports write). The one
 * drawing code feeds both, so what the webview shows and what a file holds cannot drift, and a
 * 50,000-step export is written as it is drawn instead of holding a tree of a million nodes.
 */

/** An element's attributes in output order; `undefined` values are left out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

export interface DrawingSink {
  /** An element whose children are the calls up to the matching `close()`. */
  open(tag: string, attrs: Attributes, key?: string): void;
  close(): void;
  /** An element with no children. */
  empty(tag: string, attrs: Attributes, key?: string): void;
  /** An element holding only `text` (never parsed as markup). */
  text(tag: string, attrs: Attributes, text: string, key?: string): void;
}
