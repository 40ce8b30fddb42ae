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

const NO_CHILDREN: readonly VNode[] = Object.freeze([]);

/** A plain loop rather than Object.entries: a 50,000-step export builds a million attributes. */
function cleanAttributes(attrs: Record<string, string | number | undefined>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const name in attrs) {
    if (!Object.hasOwn(attrs, name)) continue;
    const value = attrs[name];
    if (value !== undefined) clean[name] = typeof value === 'string' ? value : String(value);
  }
  return clean;
}

export function h(tag: string, attrs: Record<string, string | number | undefined> = {}, children: readonly VNode[] = NO_CHILDREN, key?: string): VNode {
  const clean = cleanAttributes(attrs);
  return key === undefined ? { tag, attrs: clean, children } : { tag, attrs: clean, children, key };
}

export function textNode(tag: string, attrs: Record<string, string | number | undefined>, text: string, key?: string): VNode {
  const clean = cleanAttributes(attrs);
  return key === undefined ? { tag, attrs: clean, children: NO_CHILDREN, text } : { tag, attrs: clean, children: NO_CHILDREN, key, text };
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

// Most texts and nearly every attribute (coordinates, classes) need no escaping: one test, no copy.
const NEEDS_TEXT_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const MARKUP = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const TEXT_MARKUP = /[&<>]/g;

export function escapeText(value: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(value)) return value;
  return value.replace(XML_INVALID, '\uFFFD').replace(TEXT_MARKUP, (char) => ENTITIES[char]!);
}

export function escapeAttribute(value: string): string {
  if (!NEEDS_ATTRIBUTE_ESCAPE.test(value)) return value;
  return value.replace(XML_INVALID, '\uFFFD').replace(MARKUP, (char) => ENTITIES[char]!);
}

/**
 * Serialises a tree as markup valid both as XML (standalone SVG) and inside an HTML page (hence
 * explicit end tags: HTML does not honour `<div/>`).
 */
export function toMarkup(node: VNode): string {
  const parts: string[] = [];
  const chunks: string[] = [];
  write(node, parts, chunks);
  chunks.push(parts.join(''));
  return chunks.join('');
}

/**
 * Parts are joined a few thousand at a time: the small strings die young instead of filling one
 * array of tens of millions of entries that the collector keeps copying (a 50,000-step export).
 */
const PARTS_PER_CHUNK = 4096;

/** Names already checked: a 50,000-step map has a million attributes but a few dozen names. */
const checkedTags = new Set<string>();
const checkedAttributes = new Set<string>();

function write(node: VNode, parts: string[], chunks: string[]): void {
  const tag = node.tag;
  if (!checkedTags.has(tag)) {
    if (!SAFE_TAG_NAME.test(tag)) throw new Error(`Unsafe tag name: ${tag}`);
    if (checkedTags.size < 256) checkedTags.add(tag);
  }
  parts.push('<', tag);
  const attrs = node.attrs;
  for (const name in attrs) {
    if (!Object.hasOwn(attrs, name)) continue;
    if (!checkedAttributes.has(name)) {
      if (!isSafeAttributeName(name)) throw new Error(`Unsafe attribute name: ${name}`);
      if (checkedAttributes.size < 256) checkedAttributes.add(name);
    }
    parts.push(' ', name, '="', escapeAttribute(attrs[name]!), '"');
  }
  if (node.text !== undefined) {
    parts.push('>', escapeText(node.text), '</', tag, '>');
  } else {
    parts.push('>');
    const children = node.children;
    for (let i = 0; i < children.length; i++) write(children[i]!, parts, chunks);
    parts.push('</', tag, '>');
  }
  if (parts.length >= PARTS_PER_CHUNK) {
    chunks.push(parts.join(''));
    parts.length = 0;
  }
}
