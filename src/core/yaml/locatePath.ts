/**
 * Finds the YAML node a dotted path names, for diagnostics and evidence. A path that goes further
 * than the document (a missing key) falls back to the key of the nearest parent that exists.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';

export interface OffsetRange { start: number; end: number }

export interface PathTarget {
  /** The value at the path, or undefined when the path goes further than the document. */
  value?: OffsetRange;
  /** The key of the last mapping entry on the way (the key itself when the path ends on a key). */
  key?: OffsetRange;
  /** True when every segment of the path was found. */
  complete: boolean;
}

export function findPath(document: Document.Parsed, path: string): PathTarget {
  let node = document.contents as YamlNode | null;
  let key: OffsetRange | undefined;
  const segments = path === '' ? [] : path.split('.');
  for (const segment of segments) {
    let next: YamlNode | null | undefined;
    if (isMap(node)) {
      const pair = (node.items as Pair<YamlNode, YamlNode | null>[]).find(
        (item) => isScalar(item.key) && String(item.key.value) === segment,
      );
      if (pair) {
        key = rangeOf(pair.key);
        next = pair.value;
        if (next === null) return { key, complete: segment === segments[segments.length - 1] };
      }
    } else if (isSeq(node)) {
      next = node.items[Number(segment)] as YamlNode | null | undefined;
    }
    if (next === undefined || next === null) return { ...(key ? { key } : {}), ...(node ? { value: rangeOf(node) } : {}), complete: false };
    node = next;
  }
  return { ...(key ? { key } : {}), ...(node ? { value: rangeOf(node) } : {}), complete: true };
}

/** The range of the value at `path`; an empty value or a missing key falls back to the nearest key. */
export function valueRangeAt(document: Document.Parsed, path: string): OffsetRange {
  const target = findPath(document, path);
  if (target.complete && target.value && target.value.end > target.value.start) return target.value;
  return target.key ?? lastTopLevelKey(document) ?? target.value ?? { start: 0, end: 0 };
}

/** The range of the key at `path` (for a missing key: its parent's key). */
export function keyRangeAt(document: Document.Parsed, path: string): OffsetRange {
  const target = findPath(document, path);
  return target.key ?? lastTopLevelKey(document) ?? target.value ?? { start: 0, end: 0 };
}

/** A missing top-level key has no parent key: point at the last top-level key, where it would go. */
function lastTopLevelKey(document: Document.Parsed): OffsetRange | undefined {
  const root = document.contents;
  if (!isMap(root) || root.items.length === 0) return undefined;
  return rangeOf(root.items[root.items.length - 1]!.key as YamlNode);
}

export function rangeOf(node: YamlNode | null | undefined): OffsetRange {
  const [start = 0, end = start] = node?.range ?? [];
  return { start, end };
}
