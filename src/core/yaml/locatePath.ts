/**
 * Finds the YAML node a dotted path names, for diagnostics and evidence. A path that goes further
 * than the document (a missing key) falls back to the key of the nearest parent that exists.
 * Lookups are cached per document by path prefix, so locating thousands of diagnostics under the
 * same journeys walks each mapping once.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';

export interface OffsetRange { start: number; end: number }

export interface PathTarget {
  /** The value at the path; for an incomplete path, the deepest node found on the way. */
  value?: OffsetRange;
  /** The key of the last mapping entry on the way (the key itself when the path ends on a key). */
  key?: OffsetRange;
  /** True when every segment of the path was found. */
  complete: boolean;
}

interface Resolved {
  node: YamlNode | null;
  /** The key of the last mapping entry on the way to this node. */
  key: OffsetRange | undefined;
}

/** Mappings with more entries than this get an index instead of a linear search per lookup. */
const INDEXED_MAP_SIZE = 16;

class YamlLocator {
  private readonly resolved = new Map<string, Resolved | null>();
  private readonly mapIndexes = new WeakMap<object, Map<string, Pair<YamlNode, YamlNode | null>>>();

  constructor(private readonly document: Document.Parsed) {}

  find(path: string): PathTarget {
    let prefix = path;
    let complete = true;
    for (;;) {
      const found = this.resolve(prefix);
      if (found) {
        return {
          ...(found.key ? { key: found.key } : {}),
          ...(found.node ? { value: rangeOf(found.node) } : {}),
          complete: complete && found.node !== undefined,
        };
      }
      complete = false;
      if (prefix === '') return { complete: false };
      const dot = prefix.lastIndexOf('.');
      prefix = dot < 0 ? '' : prefix.slice(0, dot);
    }
  }

  private resolve(path: string): Resolved | null {
    if (path === '') return { node: this.document.contents as YamlNode | null, key: undefined };
    const cached = this.resolved.get(path);
    if (cached !== undefined) return cached;
    const dot = path.lastIndexOf('.');
    const parent = this.resolve(dot < 0 ? '' : path.slice(0, dot));
    const result = parent?.node ? this.child(parent, path.slice(dot + 1)) : null;
    this.resolved.set(path, result);
    return result;
  }

  private child(parent: Resolved, segment: string): Resolved | null {
    const node = parent.node;
    if (isMap(node)) {
      const pair = this.pairOf(node.items as Pair<YamlNode, YamlNode | null>[], node, segment);
      return pair ? { node: pair.value, key: rangeOf(pair.key) } : null;
    }
    if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | null | undefined;
      if (item === undefined) return null;
      // A list item has no key of its own: its first key (`- id: site`) names it best.
      const first = isMap(item) ? item.items[0]?.key : undefined;
      return { node: item, key: first ? rangeOf(first as YamlNode) : parent.key };
    }
    return null;
  }

  /** The first entry with this key (later duplicates are reported, never used). */
  private pairOf(items: Pair<YamlNode, YamlNode | null>[], map: object, key: string): Pair<YamlNode, YamlNode | null> | undefined {
    if (items.length <= INDEXED_MAP_SIZE) return items.find((item) => isScalar(item.key) && String(item.key.value) === key);
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

const locators = new WeakMap<Document.Parsed, YamlLocator>();

function locatorOf(document: Document.Parsed): YamlLocator {
  let locator = locators.get(document);
  if (!locator) {
    locator = new YamlLocator(document);
    locators.set(document, locator);
  }
  return locator;
}

export function findPath(document: Document.Parsed, path: string): PathTarget {
  return locatorOf(document).find(path);
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
