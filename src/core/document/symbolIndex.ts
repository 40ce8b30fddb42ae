/**
 * Where every id is defined and used, read from the YAML document itself (not from the validated
 * engagement), so definitions, references, rename and the outline keep working while the file has
 * errors elsewhere. One walk of the known sections; ranges are offsets into the text (UTF-16).
 */
import { isMap, isScalar, isSeq, Scalar, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { OffsetRange } from '../yaml/locatePath';

export type SymbolKind = 'channel' | 'segment' | 'journey' | 'step' | 'initiative' | 'dimension';

export interface Occurrence {
  kind: SymbolKind;
  id: string;
  role: 'definition' | 'reference';
  /** The YAML path of the id's value, e.g. `journeys.0.stages.1.steps.2.channel`, `assessment.mobile`. */
  path: string;
  /** The key the id is written under (`channel:`, `id:`, `prefers:`), when there is one. */
  key?: OffsetRange;
  /** The id's own characters (inside the quotes of a quoted scalar). */
  value: OffsetRange;
  /** Identity of the symbol: kind and id (steps are scoped by their journey). */
  symbol: string;
}

export type EntityKind = 'section' | 'channel' | 'segment' | 'journey' | 'stage' | 'step' | 'initiative' | 'dimension';

/** An entity of the outline: a section, or one item of a list, with what names it. */
export interface Entity {
  kind: EntityKind;
  /** Its id, when it has one. */
  id?: string;
  /** What a reader calls it: `name`, `title` or `action`, else the id or the section's key. */
  name: string;
  path: string;
  range: OffsetRange;
  /** What to select when the entity is revealed: its id's value, else its first key. */
  selection: OffsetRange;
  children: Entity[];
}

export interface SymbolIndex {
  /** Every occurrence, in text order. */
  readonly occurrences: readonly Occurrence[];
  /** The outline: top-level sections with their entities. */
  readonly entities: readonly Entity[];
  /** The occurrence whose id holds `offset` (its ends included), if any. */
  at(offset: number): Occurrence | undefined;
  definitionsOf(symbol: string): readonly Occurrence[];
  referencesOf(symbol: string): readonly Occurrence[];
  /** The entity an occurrence of a definition names (its whole list item). */
  entityOf(definition: Occurrence): Entity | undefined;
  /** Ids defined for a kind (the first definition of each), in file order. */
  idsOf(kind: SymbolKind): readonly Entity[];
  /** The entity at a path (`channels.3`, `journeys.0.stages.1`, a section's key). */
  entity(path: string): Entity | undefined;
  /** The deepest entity whose range holds `offset`. */
  entityAt(offset: number): Entity | undefined;
}

export function symbolOf(kind: SymbolKind, id: string, scope?: string): string {
  return scope === undefined ? `${kind}:${id}` : `${kind}:${scope}:${id}`;
}

const LIST_ENTITIES: Record<string, EntityKind> = { channels: 'channel', segments: 'segment', journeys: 'journey', initiatives: 'initiative' };

class Builder {
  readonly occurrences: Occurrence[] = [];
  readonly entities: Entity[] = [];
  readonly entityByPath = new Map<string, Entity>();

  walk(document: Document.Parsed | undefined): void {
    const root = document?.contents;
    if (!isMap(root)) return;
    const seen = new Set<string>();
    for (const pair of root.items as Array<Pair<YamlNode | null, YamlNode | null>>) {
      if (!isScalar(pair.key)) continue;
      const section = String(pair.key.value);
      // A duplicate section is reported by the validation; the first one is the file's.
      if (seen.has(section)) continue;
      seen.add(section);
      const keyRange = rangeOf(pair.key);
      const entity: Entity = {
        kind: 'section', name: section, path: section, selection: keyRange,
        range: { start: keyRange.start, end: Math.max(keyRange.end, pair.value?.range?.[1] ?? keyRange.end) }, children: [],
      };
      this.entities.push(entity);
      const value = pair.value;
      const kind = LIST_ENTITIES[section];
      if (kind && isSeq(value)) {
        value.items.forEach((item, index) => {
          if (isMap(item)) entity.children.push(this.listItem(kind, item, `${section}.${index}`));
        });
      } else if (section === 'assessment' && isMap(value)) {
        for (const entry of value.items as Array<Pair<YamlNode | null, YamlNode | null>>) {
          if (!isScalar(entry.key)) continue;
          const id = String(entry.key.value);
          const range = rangeOf(entry.key);
          const path = `assessment.${id}`;
          this.add('dimension', id, 'definition', path, undefined, range);
          entity.children.push({ kind: 'dimension', id, name: id, path, selection: range, range: { start: range.start, end: entry.value?.range?.[1] ?? range.end }, children: [] });
        }
      }
    }
  }

  private listItem(kind: EntityKind, item: YAMLMap, path: string): Entity {
    const entity = this.entity(kind, item, path);
    switch (kind) {
      case 'channel':
        this.definition('channel', item, path);
        break;
      case 'segment':
        this.definition('segment', item, path);
        this.references('channel', item, 'prefers', path);
        break;
      case 'journey': {
        const journeyId = this.definition('journey', item, path);
        this.references('segment', item, 'segment', path);
        this.references('journey', item, 'redesigns', path);
        const stages = item.get('stages', true);
        if (isSeq(stages)) {
          stages.items.forEach((stage, s) => {
            if (!isMap(stage)) return;
            const stagePath = `${path}.stages.${s}`;
            const stageEntity = this.entity('stage', stage, stagePath);
            entity.children.push(stageEntity);
            const steps = stage.get('steps', true);
            if (!isSeq(steps)) return;
            steps.items.forEach((step, k) => {
              if (!isMap(step)) return;
              const stepPath = `${stagePath}.steps.${k}`;
              stageEntity.children.push(this.entity('step', step, stepPath));
              this.definition('step', step, stepPath, journeyId ?? path);
              this.references('channel', step, 'channel', stepPath);
            });
          });
        }
        break;
      }
      case 'initiative':
        this.definition('initiative', item, path);
        this.references('dimension', item, 'dimension', path);
        this.references('initiative', item, 'dependsOn', path);
        break;
    }
    return entity;
  }

  private entity(kind: EntityKind, item: YAMLMap, path: string): Entity {
    const idNode = scalarValue(item, 'id');
    const id = idNode ? idText(idNode) : undefined;
    const label = scalarValue(item, kind === 'initiative' ? 'title' : kind === 'step' ? 'action' : 'name');
    const name = (label && typeof label.value !== 'object' && label.value !== null ? String(label.value) : undefined) ?? id ?? `${kind} ${path.slice(path.lastIndexOf('.') + 1)}`;
    const first = (item.items[0]?.key ?? null) as YamlNode | null;
    const range = rangeOf(item);
    const selection = idNode ? innerRange(idNode) : first ? rangeOf(first) : range;
    const entity: Entity = { kind, name, path, range, selection, children: [] };
    if (id !== undefined) entity.id = id;
    this.entityByPath.set(path, entity);
    return entity;
  }

  /** The item's `id` as a definition; returns the id. */
  private definition(kind: SymbolKind, item: YAMLMap, path: string, scope?: string): string | undefined {
    const pair = pairOf(item, 'id');
    if (!pair || !isScalar(pair.value)) return undefined;
    const id = idText(pair.value);
    if (id === undefined) return undefined;
    this.add(kind, id, 'definition', `${path}.id`, rangeOf(pair.key as YamlNode), innerRange(pair.value), scope);
    return id;
  }

  /** The ids under `key` (one scalar or a list of them) as references to `kind`. */
  private references(kind: SymbolKind, item: YAMLMap, key: string, path: string): void {
    const pair = pairOf(item, key);
    if (!pair) return;
    const keyRange = rangeOf(pair.key as YamlNode);
    const value = pair.value;
    if (isScalar(value)) {
      const id = idText(value);
      if (id !== undefined) this.add(kind, id, 'reference', `${path}.${key}`, keyRange, innerRange(value));
    } else if (isSeq(value)) {
      value.items.forEach((entry, index) => {
        if (!isScalar(entry)) return;
        const id = idText(entry);
        if (id !== undefined) this.add(kind, id, 'reference', `${path}.${key}.${index}`, keyRange, innerRange(entry));
      });
    }
  }

  private add(kind: SymbolKind, id: string, role: Occurrence['role'], path: string, key: OffsetRange | undefined, value: OffsetRange, scope?: string): void {
    const occurrence: Occurrence = { kind, id, role, path, value, symbol: symbolOf(kind, id, scope) };
    if (key) occurrence.key = key;
    this.occurrences.push(occurrence);
  }
}

/**
 * The index as held: typed arrays over the entities (in pre-order, with subtree sizes) and the
 * occurrences (in text order), and tables of names and symbols. Objects are made only for what a
 * request reads, so an open 1 MB document holds a few megabytes of index, not tens.
 */
export function buildSymbolIndex(document: Document.Parsed | undefined): SymbolIndex {
  const builder = new Builder();
  builder.walk(document);
  return new CompactIndex(builder);
}

const ENTITY_KINDS: readonly EntityKind[] = ['section', 'channel', 'segment', 'journey', 'stage', 'step', 'initiative', 'dimension'];
const SYMBOL_KINDS: readonly SymbolKind[] = ['channel', 'segment', 'journey', 'step', 'initiative', 'dimension'];
const NO_CHILDREN: readonly Entity[] = Object.freeze([]);

class CompactIndex implements SymbolIndex {
  // Entities in pre-order: entity e's children are e + 1 … e + size[e] - 1, each skipping its own subtree.
  private readonly eKind: Uint8Array;
  private readonly eRange: Int32Array;
  private readonly eSelection: Int32Array;
  private readonly eSize: Int32Array;
  private readonly eParent: Int32Array;
  /** The list index the entity's path ends with (`channels.3`), -1 for sections and dimensions. */
  private readonly eIndex: Int32Array;
  private readonly eName: string[];
  private readonly eId: Array<string | undefined>;
  // Occurrences in text order.
  private readonly oKind: Uint8Array;
  private readonly oDefinition: Uint8Array;
  private readonly oValue: Int32Array;
  private readonly oKey: Int32Array;
  private readonly oSymbol: Int32Array;
  private readonly oPath: string[];
  private readonly symbols: string[] = [];
  private readonly symbolIds: string[] = [];
  private readonly symbolIndex = new Map<string, number>();
  /** Occurrence numbers grouped by symbol (definitions first, then references, each in text order). */
  private readonly bySymbol: Int32Array;
  private readonly symbolStart: Int32Array;
  private readonly symbolDefinitions: Int32Array;
  /** Per kind, the entity of the first definition of each id, in file order. */
  private readonly idEntities = new Map<SymbolKind, Int32Array>();
  private readonly entityOfPath = new Map<string, number>();

  constructor(builder: Builder) {
    // Entities, flattened in pre-order.
    const flat: Array<{ entity: Entity; parent: number }> = [];
    const flatten = (entities: readonly Entity[], parent: number) => {
      for (const entity of entities) {
        const at = flat.length;
        flat.push({ entity, parent });
        flatten(entity.children, at);
      }
    };
    flatten(builder.entities, -1);
    const n = flat.length;
    this.eKind = new Uint8Array(n);
    this.eRange = new Int32Array(2 * n);
    this.eSelection = new Int32Array(2 * n);
    this.eSize = new Int32Array(n).fill(1);
    this.eParent = new Int32Array(n);
    this.eIndex = new Int32Array(n);
    this.eName = new Array<string>(n);
    this.eId = new Array<string | undefined>(n);
    flat.forEach(({ entity, parent }, e) => {
      this.eKind[e] = ENTITY_KINDS.indexOf(entity.kind);
      this.eRange[2 * e] = entity.range.start;
      this.eRange[2 * e + 1] = entity.range.end;
      this.eSelection[2 * e] = entity.selection.start;
      this.eSelection[2 * e + 1] = entity.selection.end;
      this.eParent[e] = parent;
      const last = entity.path.slice(entity.path.lastIndexOf('.') + 1);
      this.eIndex[e] = entity.kind === 'section' || entity.kind === 'dimension' ? -1 : Number(last);
      this.eName[e] = entity.name;
      this.eId[e] = entity.id;
      for (let p = parent; p >= 0; p = this.eParent[p]!) this.eSize[p]!++;
    });
    // Stages and steps are found through their journey (see entity()): the table stays small.
    flat.forEach(({ entity }, e) => {
      if (entity.kind !== 'step' && entity.kind !== 'stage') this.entityOfPath.set(entity.path, e);
    });

    // Occurrences, in text order.
    const occurrences = builder.occurrences.sort((x, y) => x.value.start - y.value.start);
    const m = occurrences.length;
    this.oKind = new Uint8Array(m);
    this.oDefinition = new Uint8Array(m);
    this.oValue = new Int32Array(2 * m);
    this.oKey = new Int32Array(2 * m).fill(-1);
    this.oSymbol = new Int32Array(m);
    this.oPath = new Array<string>(m);
    const counts: number[] = [];
    const definitionCounts: number[] = [];
    occurrences.forEach((occurrence, o) => {
      let symbol = this.symbolIndex.get(occurrence.symbol);
      if (symbol === undefined) {
        symbol = this.symbols.length;
        this.symbols.push(occurrence.symbol);
        this.symbolIds.push(occurrence.id);
        this.symbolIndex.set(occurrence.symbol, symbol);
        counts.push(0);
        definitionCounts.push(0);
      }
      counts[symbol]!++;
      if (occurrence.role === 'definition') definitionCounts[symbol]!++;
      this.oKind[o] = SYMBOL_KINDS.indexOf(occurrence.kind);
      this.oDefinition[o] = occurrence.role === 'definition' ? 1 : 0;
      this.oValue[2 * o] = occurrence.value.start;
      this.oValue[2 * o + 1] = occurrence.value.end;
      if (occurrence.key) {
        this.oKey[2 * o] = occurrence.key.start;
        this.oKey[2 * o + 1] = occurrence.key.end;
      }
      this.oSymbol[o] = symbol;
      // Paths share their strings: the same text is one string once flattened.
      this.oPath[o] = occurrence.path;
    });
    this.symbolStart = new Int32Array(this.symbols.length + 1);
    for (let k = 0; k < counts.length; k++) this.symbolStart[k + 1] = this.symbolStart[k]! + counts[k]!;
    this.symbolDefinitions = Int32Array.from(definitionCounts);
    this.bySymbol = new Int32Array(m);
    const nextDefinition = Int32Array.from(this.symbolStart.subarray(0, -1));
    const nextReference = Int32Array.from(this.symbolStart.subarray(0, -1), (start, k) => start + definitionCounts[k]!);
    const firstEntities = new Map<SymbolKind, number[]>();
    for (let o = 0; o < m; o++) {
      const symbol = this.oSymbol[o]!;
      if (this.oDefinition[o]) {
        if (nextDefinition[symbol] === this.symbolStart[symbol]) {
          const e = this.entityOfPath.get(entityPathOf(occurrences[o]!));
          const kind = occurrences[o]!.kind;
          if (e !== undefined) {
            let list = firstEntities.get(kind);
            if (!list) firstEntities.set(kind, (list = []));
            list.push(e);
          }
        }
        this.bySymbol[nextDefinition[symbol]!++] = o;
      } else {
        this.bySymbol[nextReference[symbol]!++] = o;
      }
    }
    for (const [kind, list] of firstEntities) this.idEntities.set(kind, Int32Array.from(list));
  }

  get occurrences(): readonly Occurrence[] {
    return Array.from({ length: this.oKind.length }, (_, o) => this.occurrence(o));
  }

  get entities(): readonly Entity[] {
    return this.childrenOf(-1);
  }

  at(offset: number): Occurrence | undefined {
    let low = 0;
    let high = this.oKind.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.oValue[2 * middle + 1]! < offset) low = middle + 1;
      else if (this.oValue[2 * middle]! > offset) high = middle - 1;
      else return this.occurrence(middle);
    }
    return undefined;
  }

  definitionsOf(symbol: string): readonly Occurrence[] {
    const k = this.symbolIndex.get(symbol);
    if (k === undefined) return [];
    const start = this.symbolStart[k]!;
    return this.occurrencesIn(start, start + this.symbolDefinitions[k]!);
  }

  referencesOf(symbol: string): readonly Occurrence[] {
    const k = this.symbolIndex.get(symbol);
    if (k === undefined) return [];
    return this.occurrencesIn(this.symbolStart[k]! + this.symbolDefinitions[k]!, this.symbolStart[k + 1]!);
  }

  entityOf(definition: Occurrence): Entity | undefined {
    return this.entity(entityPathOf(definition));
  }

  idsOf(kind: SymbolKind): readonly Entity[] {
    return Array.from(this.idEntities.get(kind) ?? [], (e) => this.view(e));
  }

  entity(path: string): Entity | undefined {
    const known = this.entityOfPath.get(path);
    if (known !== undefined) return this.view(known);
    // Stages and steps: from their journey, by index.
    const match = /^(journeys\.\d+)\.stages\.(\d+)(?:\.steps\.(\d+))?$/.exec(path);
    const journey = match ? this.entityOfPath.get(match[1]!) : undefined;
    if (journey === undefined) return undefined;
    const stage = this.childWithIndex(journey, Number(match![2]));
    if (stage === undefined || match![3] === undefined) return stage === undefined ? undefined : this.view(stage);
    const step = this.childWithIndex(stage, Number(match![3]));
    return step === undefined ? undefined : this.view(step);
  }

  entityAt(offset: number): Entity | undefined {
    let found = -1;
    let from = 0;
    let to = this.eKind.length;
    for (;;) {
      // The children of the current level, in text order: binary search needs them listed first.
      const level: number[] = [];
      for (let e = from; e < to; e += this.eSize[e]!) level.push(e);
      let low = 0;
      let high = level.length - 1;
      let next = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const e = level[middle]!;
        if (this.eRange[2 * e + 1]! < offset) low = middle + 1;
        else if (this.eRange[2 * e]! > offset) high = middle - 1;
        else {
          next = e;
          break;
        }
      }
      if (next < 0) return found < 0 ? undefined : this.view(found);
      found = next;
      from = next + 1;
      to = next + this.eSize[next]!;
    }
  }

  private childWithIndex(parent: number, index: number): number | undefined {
    for (let e = parent + 1; e < parent + this.eSize[parent]!; e += this.eSize[e]!) if (this.eIndex[e] === index) return e;
    return undefined;
  }

  private occurrencesIn(from: number, to: number): Occurrence[] {
    const found: Occurrence[] = [];
    for (let i = from; i < to; i++) found.push(this.occurrence(this.bySymbol[i]!));
    return found;
  }

  private occurrence(o: number): Occurrence {
    const symbol = this.oSymbol[o]!;
    const occurrence: Occurrence = {
      kind: SYMBOL_KINDS[this.oKind[o]!]!,
      id: this.symbolIds[symbol]!,
      role: this.oDefinition[o] ? 'definition' : 'reference',
      path: this.oPath[o]!,
      value: { start: this.oValue[2 * o]!, end: this.oValue[2 * o + 1]! },
      symbol: this.symbols[symbol]!,
    };
    if (this.oKey[2 * o]! >= 0) occurrence.key = { start: this.oKey[2 * o]!, end: this.oKey[2 * o + 1]! };
    return occurrence;
  }

  private childrenOf(parent: number): Entity[] {
    const children: Entity[] = [];
    const end = parent < 0 ? this.eKind.length : parent + this.eSize[parent]!;
    for (let e = parent + 1; e < end; e += this.eSize[e]!) children.push(this.view(e));
    return children;
  }

  private pathOf(e: number): string {
    const kind = ENTITY_KINDS[this.eKind[e]!]!;
    const parent = this.eParent[e]!;
    if (kind === 'section') return this.eName[e]!;
    if (kind === 'dimension') return `assessment.${this.eId[e]!}`;
    const prefix = this.pathOf(parent);
    return kind === 'stage' ? `${prefix}.stages.${this.eIndex[e]}` : kind === 'step' ? `${prefix}.steps.${this.eIndex[e]}` : `${prefix}.${this.eIndex[e]}`;
  }

  /** An entity as an object, its children made when read. */
  private view(e: number): Entity {
    const index = this;
    const entity: Entity = {
      kind: ENTITY_KINDS[this.eKind[e]!]!,
      name: this.eName[e]!,
      get path() {
        return index.pathOf(e);
      },
      range: { start: this.eRange[2 * e]!, end: this.eRange[2 * e + 1]! },
      selection: { start: this.eSelection[2 * e]!, end: this.eSelection[2 * e + 1]! },
      get children() {
        return index.eSize[e] === 1 ? (NO_CHILDREN as Entity[]) : index.childrenOf(e);
      },
    };
    const id = this.eId[e];
    if (id !== undefined) entity.id = id;
    return entity;
  }
}

/** `channels.3.id` -> `channels.3`; `assessment.mobile` stays as it is. */
function entityPathOf(occurrence: Occurrence): string {
  return occurrence.path.endsWith('.id') ? occurrence.path.slice(0, -3) : occurrence.path;
}

function pairOf(item: YAMLMap, key: string): Pair<YamlNode | null, YamlNode | null> | undefined {
  for (const pair of item.items as Array<Pair<YamlNode | null, YamlNode | null>>) {
    if (isScalar(pair.key) && pair.key.value === key) return pair;
  }
  return undefined;
}

function scalarValue(item: YAMLMap, key: string): Scalar | undefined {
  const value = pairOf(item, key)?.value;
  return isScalar(value) ? value : undefined;
}

/** An id is written as a plain or quoted scalar; numbers count too (`- id: 2024` is an id, badly typed). */
function idText(node: Scalar): string | undefined {
  if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) return undefined;
  const value = node.value;
  if (value === null || value === undefined || typeof value === 'object') return undefined;
  const text = String(value);
  return text.length > 0 ? text : undefined;
}

/** The id's characters: a quoted scalar's range without its quotes. */
function innerRange(node: Scalar): OffsetRange {
  const range = rangeOf(node);
  if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && range.end - range.start >= 2) {
    return { start: range.start + 1, end: range.end - 1 };
  }
  return range;
}

export function rangeOf(node: YamlNode | null | undefined): OffsetRange {
  const [start = 0, end = start] = node?.range ?? [];
  return { start, end };
}
