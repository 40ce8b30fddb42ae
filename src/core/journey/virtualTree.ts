/**
 * A tiny virtual tree of SVG/HTML elements: the one drawing the webview mounts and patches, and the
 * exports serialise. Text lives only in `text` (never parsed as markup), so user strings stay text.
 */

export interface VNode {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  /** Ignored when `text` is set: an element holds either text or elements, never both. */
  children: readonly VNode[];
  text?: string;
  /** Identifies the node among its siblings, so a patch moves and reuses it instead of redrawing. */
  key?: string;
}

export function h(tag: string, attrs: Record<string, string | number | undefined> = {}, children: readonly VNode[] = [], key?: string): VNode {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) clean[name] = String(value);
  return key === undefined ? { tag, attrs: clean, children } : { tag, attrs: clean, children, key };
}

export function textNode(tag: string, attrs: Record<string, string | number | undefined>, text: string, key?: string): VNode {
  return { ...h(tag, attrs, [], key), text };
}

/** Attribute names the renderer may emit; event handlers (`on…`) never pass. */
const SAFE_ATTRIBUTE_NAME = /^(?!on)[a-zA-Z_][-a-zA-Z0-9_:.]*$/i;
const SAFE_TAG_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

export function isSafeAttributeName(name: string): boolean {
  return SAFE_ATTRIBUTE_NAME.test(name);
}

/**
 * Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/FFFF):
 * a hostile YAML string must not make the standalone SVG unreadable.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(value: string): string {
  return value.replace(XML_INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Serialises a tree as markup valid both as XML (standalone SVG) and inside an HTML page (hence
 * explicit end tags: HTML does not honour `<div/>`).
 */
export function toMarkup(node: VNode): string {
  const parts: string[] = [];
  write(node, parts);
  return parts.join('');
}

function write(node: VNode, parts: string[]): void {
  if (!SAFE_TAG_NAME.test(node.tag)) throw new Error(`Unsafe tag name: ${node.tag}`);
  parts.push('<', node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!isSafeAttributeName(name)) throw new Error(`Unsafe attribute name: ${name}`);
    parts.push(' ', name, '="', escapeAttribute(value), '"');
  }
  if (node.text !== undefined) {
    parts.push('>', escapeText(node.text), '</', node.tag, '>');
  } else {
    parts.push('>');
    for (const child of node.children) write(child, parts);
    parts.push('</', node.tag, '>');
  }
}
