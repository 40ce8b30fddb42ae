/**
 * The YAML path under an offset, found by descending the composed document with a binary search at
 * each level (items are in text order), so a lookup in a 1 MB file visits a few dozen nodes.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { OffsetRange } from '../yaml/locatePath';

export interface PathAtOffset {
  /** Keys and list indexes from the root, e.g. `['journeys', 0, 'stages', 1, 'steps', 2, 'channel']`. */
  path: Array<string | number>;
  /** True when the offset is on the last segment's key rather than in its value. */
  inKey: boolean;
  /** The scalar or collection under the offset, if any. */
  node?: YamlNode;
  /** The key of the last mapping entry on the way. */
  key?: OffsetRange;
}

export function pathAtOffset(document: Document.Parsed | undefined, offset: number): PathAtOffset {
  const path: Array<string | number> = [];
  let node = document?.contents as YamlNode | null | undefined;
  let key: OffsetRange | undefined;
  while (node) {
    if (isMap(node)) {
      const items = node.items as Array<Pair<YamlNode | null, YamlNode | null>>;
      const index = lastStartingBefore(items, offset, (pair) => pair.key?.range?.[0]);
      const pair = index >= 0 ? items[index]! : undefined;
      if (!pair || !isScalar(pair.key)) return result(path, false, node, key);
      const keyRange = range(pair.key);
      const value = pair.value;
      const end = value?.range ? value.range[1] : keyRange.end;
      if (offset > Math.max(end, keyRange.end)) return result(path, false, node, key);
      path.push(String(pair.key.value));
      key = keyRange;
      if (offset <= keyRange.end) return result(path, true, pair.key, key);
      if (!value || !value.range || offset < value.range[0]) return result(path, false, undefined, key);
      node = value;
    } else if (isSeq(node)) {
      const items = node.items as Array<YamlNode | null>;
      const index = lastStartingBefore(items, offset, (item) => item?.range?.[0]);
      const item = index >= 0 ? items[index] : undefined;
      if (!item?.range || offset > item.range[1]) return result(path, false, node, key);
      path.push(index);
      node = item;
    } else {
      return result(path, false, node, key);
    }
  }
  return result(path, false, undefined, key);
}

function result(path: Array<string | number>, inKey: boolean, node: YamlNode | undefined, key: OffsetRange | undefined): PathAtOffset {
  const found: PathAtOffset = { path, inKey };
  if (node) found.node = node;
  if (key) found.key = key;
  return found;
}

/** The index of the last item whose start is at or before `offset` (items in text order). */
function lastStartingBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number | undefined): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = startOf(items[middle]!);
    if (start === undefined || start <= offset) {
      if (start !== undefined) found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function range(node: YamlNode): OffsetRange {
  const [start = 0, end = start] = node.range ?? [];
  return { start, end };
}
