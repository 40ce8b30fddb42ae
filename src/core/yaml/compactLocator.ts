/**
 * What diagnostics need of a composed YAML document, and nothing else: for every node its range
 * (`node.range[0..1]`), for every mapping its keys and their ranges, for every list its items. It
 * answers `findPath` exactly as the `yaml` document it was copied from would (same first-of-duplicates
 * rule, same fallbacks), in a tenth of the memory, so `cxm validate` can let each piece's `yaml`
 * nodes go as soon as it is read (see chunkPlan.ts and readYaml.ts).
 */
import { isAlias as yamlIsAlias, isMap as yamlIsMap, isScalar as yamlIsScalar, isSeq as yamlIsSeq, type Node as YamlNode, type Pair } from 'yaml';
// Bound once: the bundles reach a CommonJS package's exports through a getter at every use, and
// these four run for every node of a 10 MB file (120 ms of the lean reading, measured).
const isAlias = yamlIsAlias, isMap = yamlIsMap, isScalar = yamlIsScalar, isSeq = yamlIsSeq;
import type { OffsetRange, PathLocator, PathTarget } from './locatePath';

/** A scalar, an alias, or anything else without children: its range only. */
export class LeafLoc {
  constructor(readonly start: number, readonly end: number) {}
}

export class SeqLoc {
  constructor(readonly start: number, public end: number, readonly items: Array<Loc | null>) {}
}

export class MapLoc {
  /** The key of each entry as `String(key.value)` when the key is a scalar, else undefined. */
  readonly keys: Array<string | undefined> = [];
  /** Start and end of each entry's key, two numbers per entry (-1 for an absent key). */
  readonly keyRanges: number[] = [];
  readonly values: Array<Loc | null> = [];
  private index: Map<string, number> | undefined;

  constructor(public start: number, public end: number) {}

  add(key: string | undefined, keyRange: OffsetRange | undefined, value: Loc | null): void {
    this.keys.push(key);
    this.keyRanges.push(keyRange ? keyRange.start : -1, keyRange ? keyRange.end : -1);
    this.values.push(value);
    this.index = undefined;
  }

  /** The first entry with this key, as the `yaml` locator finds it (later duplicates are never used). */
  entryOf(key: string): number {
    const keys = this.keys;
    if (keys.length <= 16) return keys.indexOf(key);
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined && !this.index.has(keys[i]!)) this.index.set(keys[i]!, i);
    }
    return this.index.get(key) ?? -1;
  }

  keyRange(entry: number): OffsetRange | undefined {
    const start = this.keyRanges[entry * 2]!;
    return start < 0 ? undefined : { start, end: this.keyRanges[entry * 2 + 1]! };
  }
}

export type Loc = LeafLoc | SeqLoc | MapLoc;

/** Key strings repeat (`channel`, `action`…): one copy each, whatever the size of the file. */
export class KeyInterner {
  private readonly strings = new Map<string, string>();
  intern(key: string): string {
    const known = this.strings.get(key);
    if (known !== undefined) return known;
    this.strings.set(key, key);
    return key;
  }
}

function rangeOfNode(node: { range?: readonly number[] | null } | null | undefined): OffsetRange {
  const [start = 0, end = start] = node?.range ?? [];
  return { start, end };
}

/** The compact copy of a composed node (depth already bounded by the reader's checks). */
export function compactNode(node: YamlNode | Pair | null, keys: KeyInterner): Loc | null {
  if (node === null || node === undefined) return null;
  if (isMap(node)) {
    const range = rangeOfNode(node);
    const map = new MapLoc(range.start, range.end);
    for (const pair of node.items as Array<Pair<YamlNode | null, YamlNode | null>>) {
      const key = pair.key;
      map.add(isScalar(key) ? keys.intern(String(key.value)) : undefined, key ? rangeOfNode(key) : undefined, compactNode(pair.value, keys));
    }
    return map;
  }
  if (isSeq(node)) {
    const range = rangeOfNode(node);
    return new SeqLoc(range.start, range.end, (node.items as Array<YamlNode | null>).map((item) => compactNode(item, keys)));
  }
  // Scalars, aliases (never followed, as the `yaml` locator does not) and flow pairs (no range: 0-0).
  const range = isScalar(node) || isAlias(node) ? rangeOfNode(node) : rangeOfNode(node as { range?: number[] });
  return new LeafLoc(range.start, range.end);
}

/** `findPath` over a compact tree: the same walk as the `yaml` locator's, step for step. */
export class CompactLocator implements PathLocator {
  constructor(readonly root: Loc | null) {}

  find(path: string): PathTarget {
    let node: Loc | null = this.root;
    let key: OffsetRange | undefined;
    let from = 0;
    while (path.length > 0 && from <= path.length) {
      let to = path.indexOf('.', from);
      if (to < 0) to = path.length;
      const segment = path.slice(from, to);
      from = to + 1;
      let next: Loc | null | undefined;
      if (node instanceof MapLoc) {
        const entry = node.entryOf(segment);
        if (entry >= 0) {
          key = node.keyRange(entry) ?? { start: 0, end: 0 };
          next = node.values[entry];
          if (next === null) return target(null, key, from > path.length);
        }
      } else if (node instanceof SeqLoc) {
        next = node.items[Number(segment)];
        const first = next instanceof MapLoc && next.keys.length > 0 ? next.keyRange(0) : undefined;
        if (first) key = first;
      }
      if (next === undefined || next === null) return target(node, key, false);
      node = next;
    }
    return target(node, key, true);
  }

  lastTopLevelKey(): OffsetRange | undefined {
    const root = this.root;
    if (!(root instanceof MapLoc) || root.keys.length === 0) return undefined;
    return root.keyRange(root.keys.length - 1) ?? { start: 0, end: 0 };
  }
}

function target(node: Loc | null, key: OffsetRange | undefined, complete: boolean): PathTarget {
  const found: PathTarget = { complete };
  if (key) found.key = key;
  if (node) found.value = { start: node.start, end: node.end };
  return found;
}
