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

/**
 * The fixed pieces of markup around each name, checked and built once per name: a 50,000-step map
 * has a million elements and attributes but a few dozen names, and joining costs per piece, so an
 * attribute is two pieces (`" name="` with the previous value's closing quote, then its value).
 */
interface TagPieces { start: string; end: string }
interface AttributePieces { first: string; next: string }
const tagPieces = new Map<string, TagPieces>();
const attributePieces = new Map<string, AttributePieces>();
const MAX_CACHED_NAMES = 256;

function piecesOfTag(tag: string): TagPieces {
  let pieces = tagPieces.get(tag);
  if (pieces === undefined) {
    if (!SAFE_TAG_NAME.test(tag)) throw new Error(`Unsafe tag name: ${tag}`);
    pieces = { start: `<${tag}`, end: `</${tag}>` };
    if (tagPieces.size < MAX_CACHED_NAMES) tagPieces.set(tag, pieces);
  }
  return pieces;
}

function piecesOfAttribute(name: string): AttributePieces {
  let pieces = attributePieces.get(name);
  if (pieces === undefined) {
    if (!isSafeAttributeName(name)) throw new Error(`Unsafe attribute name: ${name}`);
    pieces = { first: ` ${name}="`, next: `" ${name}="` };
    if (attributePieces.size < MAX_CACHED_NAMES) attributePieces.set(name, pieces);
  }
  return pieces;
}

/**
 * Pieces are joined into chunks of about this many characters: the small strings die young (a rope
 * built with `+=` would keep every one of them alive until the end), no 50-million-character string
 * (and its copy as bytes) is ever built, and a file can be written chunk by chunk.
 */
const CHUNK_CHARS = 1 << 16;

export class MarkupWriter implements DrawingSink {
  /**
   * @param onChunk takes each chunk as soon as it is full (a file being written), so the chunks
   * need not outlive their writing; without it they are kept for `finish()`.
   */
  constructor(private readonly onChunk?: (chunk: string) => void) {}

  private pieces: string[] = [];
  private pending = 0;
  private readonly chunks: string[] = [];
  /** The end tags of the elements open, innermost last. */
  private readonly openEnds: string[] = [];

  open(tag: string, attrs: Attributes): void {
    this.openEnds.push(this.startTag(tag, attrs));
  }

  close(): void {
    const end = this.openEnds.pop();
    if (end === undefined) throw new Error('close() without open()');
    this.endTag(end);
  }

  empty(tag: string, attrs: Attributes): void {
    this.endTag(this.startTag(tag, attrs));
  }

  text(tag: string, attrs: Attributes, text: string): void {
    const end = this.startTag(tag, attrs);
    this.push(escapeText(text));
    this.endTag(end);
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

  /** The chunks kept, in order (none given to `onChunk`): joined, they are the document. Every element must be closed. */
  finish(): string[] {
    if (this.openEnds.length > 0) throw new Error(`Unclosed element: ${this.openEnds.at(-1)}`);
    this.flush();
    return this.chunks;
  }

  /**
   * Pieces are pushed as the flat strings they are, never glued with a template first: a glued
   * piece is a rope that the join would walk again.
   */
  private startTag(tag: string, attrs: Attributes): string {
    const { start, end } = piecesOfTag(tag);
    const pieces = this.pieces;
    pieces.push(start);
    let pending = start.length;
    let quoted = false;
    for (const name in attrs) {
      if (!Object.hasOwn(attrs, name)) continue;
      const value = attrs[name];
      if (value === undefined) continue;
      const names = piecesOfAttribute(name);
      const prefix = quoted ? names.next : names.first;
      // A number prints as digits, a sign, a dot or an exponent: nothing to escape.
      const text = typeof value === 'number' ? String(value) : escapeAttribute(value);
      pieces.push(prefix, text);
      pending += prefix.length + text.length;
      quoted = true;
    }
    pieces.push(quoted ? '">' : '>');
    this.pending += pending + (quoted ? 2 : 1);
    return end;
  }

  private endTag(end: string): void {
    this.pieces.push(end);
    this.pending += end.length;
    if (this.pending >= CHUNK_CHARS) this.flush();
  }

  private push(piece: string): void {
    this.pieces.push(piece);
    this.pending += piece.length;
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    const chunk = this.pieces.join('');
    if (this.onChunk) this.onChunk(chunk);
    else this.chunks.push(chunk);
    this.pieces = [];
    this.pending = 0;
  }
}
