/**
 * Markup text written straight from a drawing (or from a virtual tree): valid both as XML
 * (standalone SVG) and inside an HTML page (hence explicit end tags: HTML does not honour
 * `<div/>`). Every attribute value and text is escaped here, once, and nowhere else.
 */
import type { Attributes, DrawingSink } from './drawingSink';
import type { VNode } from './virtualTree';

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

/** Names already checked: a 50,000-step map has a million attributes but a few dozen names. */
const checkedTags = new Set<string>();
const checkedAttributes = new Set<string>();

function checkTag(tag: string): void {
  if (checkedTags.has(tag)) return;
  if (!SAFE_TAG_NAME.test(tag)) throw new Error(`Unsafe tag name: ${tag}`);
  if (checkedTags.size < 256) checkedTags.add(tag);
}

function checkAttribute(name: string): void {
  if (checkedAttributes.has(name)) return;
  if (!isSafeAttributeName(name)) throw new Error(`Unsafe attribute name: ${name}`);
  if (checkedAttributes.size < 256) checkedAttributes.add(name);
}

/**
 * Pieces are joined into chunks of about this many characters: the small strings die young (a rope
 * built with `+=` would keep every one of them alive until the end), no 50-million-character string
 * (and its copy as bytes) is ever built, and a file can be written chunk by chunk.
 */
const CHUNK_CHARS = 1 << 16;

export class MarkupWriter implements DrawingSink {
  private pieces: string[] = [];
  private pending = 0;
  private readonly chunks: string[] = [];
  private readonly openTags: string[] = [];

  open(tag: string, attrs: Attributes): void {
    this.startTag(tag, attrs);
    this.openTags.push(tag);
  }

  close(): void {
    const tag = this.openTags.pop();
    if (tag === undefined) throw new Error('close() without open()');
    this.endTag(tag);
  }

  empty(tag: string, attrs: Attributes): void {
    this.startTag(tag, attrs);
    this.endTag(tag);
  }

  text(tag: string, attrs: Attributes, text: string): void {
    this.startTag(tag, attrs);
    this.push(escapeText(text));
    this.endTag(tag);
  }

  /** A whole virtual tree, as the same calls would have written it. */
  node(node: VNode): void {
    if (node.text !== undefined) {
      this.text(node.tag, node.attrs, node.text);
      return;
    }
    this.open(node.tag, node.attrs);
    const children = node.children;
    for (let i = 0; i < children.length; i++) this.node(children[i]!);
    this.close();
  }

  /** Markup the exporter wrote itself (a page's head, a separator), never user text. */
  raw(markup: string): void {
    this.push(markup);
  }

  /** The chunks, in order: joined, they are the document. Every element must be closed. */
  finish(): string[] {
    if (this.openTags.length > 0) throw new Error(`Unclosed element: ${this.openTags.at(-1)}`);
    this.flush();
    return this.chunks;
  }

  /**
   * Pieces are pushed as the flat strings they are (names, values, punctuation), never glued with
   * a template first: a glued piece is a rope that the final join would have to walk again.
   */
  private startTag(tag: string, attrs: Attributes): void {
    checkTag(tag);
    const pieces = this.pieces;
    pieces.push('<', tag);
    let pending = tag.length + 1;
    for (const name in attrs) {
      if (!Object.hasOwn(attrs, name)) continue;
      const value = attrs[name];
      if (value === undefined) continue;
      checkAttribute(name);
      // A number prints as digits, a sign, a dot or an exponent: nothing to escape.
      const text = typeof value === 'number' ? String(value) : escapeAttribute(value);
      pieces.push(' ', name, '="', text, '"');
      pending += name.length + text.length + 4;
    }
    pieces.push('>');
    this.pending += pending + 1;
  }

  private endTag(tag: string): void {
    this.pieces.push('</', tag, '>');
    this.pending += tag.length + 3;
    if (this.pending >= CHUNK_CHARS) this.flush();
  }

  private push(piece: string): void {
    this.pieces.push(piece);
    this.pending += piece.length;
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(this.pieces.join(''));
    this.pieces = [];
    this.pending = 0;
  }
}
