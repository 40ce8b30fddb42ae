/**
 * A tiny virtual tree of SVG/HTML elements: the one drawing the webview mounts and patches, and the
 * exports serialise. Text lives only in `text` (never parsed as markup), so user strings stay text.
 */
import type { Attributes, DrawingSink } from './drawingSink';
import { MarkupWriter } from './markupWriter';

export { escapeAttribute, escapeText, isSafeAttributeName } from './markupWriter';

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
function cleanAttributes(attrs: Attributes): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const name in attrs) {
    if (!Object.hasOwn(attrs, name)) continue;
    const value = attrs[name];
    if (value !== undefined) clean[name] = typeof value === 'string' ? value : String(value);
  }
  return clean;
}

export function h(tag: string, attrs: Attributes = {}, children: readonly VNode[] = NO_CHILDREN, key?: string): VNode {
  const clean = cleanAttributes(attrs);
  return key === undefined ? { tag, attrs: clean, children } : { tag, attrs: clean, children, key };
}

export function textNode(tag: string, attrs: Attributes, text: string, key?: string): VNode {
  const clean = cleanAttributes(attrs);
  return key === undefined ? { tag, attrs: clean, children: NO_CHILDREN, text } : { tag, attrs: clean, children: NO_CHILDREN, key, text };
}

/** Serialises a tree as markup (see MarkupWriter), in one string. */
export function toMarkup(node: VNode): string {
  const writer = new MarkupWriter();
  writer.node(node);
  return writer.finish().join('');
}

interface OpenElement { tag: string; attrs: Attributes; key: string | undefined; children: VNode[] }

/** A drawing as a virtual tree: what the webview mounts and patches. */
export class TreeBuilder implements DrawingSink {
  private readonly stack: OpenElement[] = [{ tag: '', attrs: {}, key: undefined, children: [] }];

  open(tag: string, attrs: Attributes, key?: string): void {
    this.stack.push({ tag, attrs, key, children: [] });
  }

  close(): void {
    if (this.stack.length < 2) throw new Error('close() without open()');
    const element = this.stack.pop()!;
    this.children().push(h(element.tag, element.attrs, element.children, element.key));
  }

  empty(tag: string, attrs: Attributes, key?: string): void {
    this.children().push(h(tag, attrs, NO_CHILDREN, key));
  }

  text(tag: string, attrs: Attributes, text: string, key?: string): void {
    this.children().push(textNode(tag, attrs, text, key));
  }

  /** The one element drawn, every element closed. */
  root(): VNode {
    const [top] = this.stack;
    if (this.stack.length !== 1 || top!.children.length !== 1) throw new Error('A drawing is one element, every element closed.');
    return top!.children[0]!;
  }

  private children(): VNode[] {
    return this.stack[this.stack.length - 1]!.children;
  }
}
