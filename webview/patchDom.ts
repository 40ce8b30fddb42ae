/**
 * Mounts the core's virtual tree as real SVG elements and patches it in place: elements are reused
 * by key, attributes and text updated only where they changed, so a one-step edit touches one card.
 * Text is only ever set with textContent: user strings never become markup.
 */
import { isSafeAttributeName, type VNode } from '../src/core';

const SVG = 'http://www.w3.org/2000/svg';
const drawn = new WeakMap<Element, VNode>();

/** Draws `next` as the only child of `parent`, reusing what is already there. */
export function patchInto(parent: Element, next: VNode): Element {
  const current = parent.firstElementChild;
  if (current && drawn.has(current) && current.localName === next.tag && drawn.get(current)!.key === next.key) {
    update(current, next);
    return current;
  }
  const created = create(next);
  parent.replaceChildren(created);
  return created;
}

function create(node: VNode): Element {
  const element = document.createElementNS(SVG, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) if (isSafeAttributeName(name)) element.setAttribute(name, value);
  if (node.text !== undefined) element.textContent = node.text;
  else for (const child of node.children) element.appendChild(create(child));
  drawn.set(element, node);
  return element;
}

function update(element: Element, next: VNode): void {
  const previous = drawn.get(element)!;
  if (previous === next) return;
  for (const name of Object.keys(previous.attrs)) if (!(name in next.attrs)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(next.attrs)) {
    if (previous.attrs[name] !== value && isSafeAttributeName(name)) element.setAttribute(name, value);
  }
  if (next.text !== undefined) {
    if (previous.text !== next.text) element.textContent = next.text;
  } else {
    if (previous.text !== undefined) element.textContent = '';
    updateChildren(element, next.children);
  }
  drawn.set(element, next);
}

/** Keyed children are matched by key, the others by position among the unkeyed ones. */
function updateChildren(element: Element, children: readonly VNode[]): void {
  const byKey = new Map<string, Element>();
  const unkeyed: Element[] = [];
  for (const child of Array.from(element.children)) {
    const key = drawn.get(child)?.key;
    if (key !== undefined) byKey.set(key, child);
    else unkeyed.push(child);
  }
  let unkeyedIndex = 0;
  const wanted = children.map((child) => {
    const candidate = child.key !== undefined ? byKey.get(child.key) : unkeyed[unkeyedIndex++];
    if (candidate && candidate.localName === child.tag && drawn.get(candidate)?.key === child.key) {
      if (child.key !== undefined) byKey.delete(child.key);
      update(candidate, child);
      return candidate;
    }
    return create(child);
  });
  let cursor = element.firstElementChild;
  for (const child of wanted) {
    if (child === cursor) cursor = cursor.nextElementSibling;
    else element.insertBefore(child, cursor);
  }
  while (cursor) {
    const stale = cursor;
    cursor = cursor.nextElementSibling;
    stale.remove();
  }
}
