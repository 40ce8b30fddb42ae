/**
 * Finds the YAML node a dotted path names, for diagnostics and evidence. A path that goes further
 * than the document (a missing key) falls back to the key of the nearest parent that exists.
 * Large mappings (tens of thousands of keys) are indexed once per document.
 */
import { isDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';

export interface OffsetRange { start: number; end: number }

/**
 * What locating a path needs: a composed `yaml` document answers it, and so does the compact copy
 * `cxm validate` keeps instead (compactLocator.ts), with the same answers.
 */
export interface PathLocator {
  find(path: string): PathTarget;
  /** The key of the last top-level entry (where a missing top-level key would go). */
  lastTopLevelKey(): OffsetRange | undefined;
}

/** A composed document, or the compact locator that stands for it. */
export type Locatable = Document.Parsed | PathLocator;

export interface PathTarget {
  /** The value at the path; for an incomplete path, the deepest node found on the way. */
  value?: OffsetRange;
  /** The key of the last mapping entry on the way (the key itself when the path ends on a key). */
  key?: OffsetRange;
  /** True when every segment of the path was found. */
  complete: boolean;
}

/** Mappings with more entries than this get an index instead of a linear search per lookup. */
const INDEXED_MAP_SIZE = 16;

class YamlLocator implements PathLocator {
  private readonly mapIndexes = new WeakMap<object, Map<string, Pair<YamlNode, YamlNode | null>>>();

  constructor(private readonly document: Document.Parsed) {}

  /** Walks the path from the root, segment by segment; each step is an index or a short key search. */
  find(path: string): PathTarget {
    let node = this.document.contents as YamlNode | null;
    let key: OffsetRange | undefined;
    let from = 0;
    while (path.length > 0 && from <= path.length) {
      let to = path.indexOf('.', from);
      if (to < 0) to = path.length;
      const segment = path.slice(from, to);
      from = to + 1;
      let next: YamlNode | null | undefined;
      if (isMap(node)) {
        const pair = this.pairOf(node.items as Pair<YamlNode, YamlNode | null>[], node, segment);
        if (pair) {
          key = rangeOf(pair.key);
          next = pair.value;
          if (next === null) return target(null, key, from > path.length);
        }
      } else if (isSeq(node)) {
        next = node.items[Number(segment)] as YamlNode | null | undefined;
        // A list item has no key of its own: its first key (`- id: site`) names it best.
        const first = isMap(next) ? next.items[0]?.key : undefined;
        if (first) key = rangeOf(first as YamlNode);
      }
      if (next === undefined || next === null) return target(node, key, false);
      node = next;
    }
    return target(node, key, true);
  }

  lastTopLevelKey(): OffsetRange | undefined {
    return lastTopLevelKey(this.document);
  }

  /** The first entry with this key (later duplicates are reported, never used). */
  private pairOf(items: Pair<YamlNode, YamlNode | null>[], map: object, key: string): Pair<YamlNode, YamlNode | null> | undefined {
    if (items.length <= INDEXED_MAP_SIZE) {
      for (const item of items) if (isScalar(item.key) && String(item.key.value) === key) return item;
      return undefined;
    }
    let index = this.mapIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of items) {
        if (!isScalar(item.key)) continue;
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, item);
      }
      this.mapIndexes.set(map, index);
    }
    return index.get(key);
  }
}

function target(node: YamlNode | null, key: OffsetRange | undefined, complete: boolean): PathTarget {
  const found: PathTarget = { complete };
  if (key) found.key = key;
  if (node) found.value = rangeOf(node);
  return found;
}

const locators = new WeakMap<Document.Parsed, YamlLocator>();

function locatorOf(document: Locatable): PathLocator {
  if (!isDocument(document)) return document;
  let locator = locators.get(document);
  if (!locator) {
    locator = new YamlLocator(document);
    locators.set(document, locator);
  }
  return locator;
}

export function findPath(document: Locatable, path: string): PathTarget {
  return locatorOf(document).find(path);
}

/** The range of the value at `path`; an empty value or a missing key falls back to the nearest key. */
export function valueRangeAt(document: Locatable, path: string): OffsetRange {
  const locator = locatorOf(document);
  const target = locator.find(path);
  if (target.complete && target.value && target.value.end > target.value.start) return target.value;
  return target.key ?? locator.lastTopLevelKey() ?? target.value ?? { start: 0, end: 0 };
}

/** The range of the key at `path` (for a missing key: its parent's key). */
export function keyRangeAt(document: Locatable, path: string): OffsetRange {
  const locator = locatorOf(document);
  const target = locator.find(path);
  return target.key ?? locator.lastTopLevelKey() ?? target.value ?? { start: 0, end: 0 };
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
