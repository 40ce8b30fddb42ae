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

export function buildSymbolIndex(document: Document.Parsed | undefined): SymbolIndex {
  const builder = new Builder();
  builder.walk(document);
  const occurrences = builder.occurrences.sort((a, b) => a.value.start - b.value.start);
  const bySymbol = new Map<string, { definitions: Occurrence[]; references: Occurrence[] }>();
  const ids = new Map<SymbolKind, Entity[]>();
  for (const occurrence of occurrences) {
    let entry = bySymbol.get(occurrence.symbol);
    if (!entry) bySymbol.set(occurrence.symbol, (entry = { definitions: [], references: [] }));
    if (occurrence.role === 'reference') {
      entry.references.push(occurrence);
      continue;
    }
    entry.definitions.push(occurrence);
    if (entry.definitions.length > 1) continue;
    const entity = builder.entityByPath.get(entityPathOf(occurrence));
    if (entity) {
      let list = ids.get(occurrence.kind);
      if (!list) ids.set(occurrence.kind, (list = []));
      list.push(entity);
    }
  }
  const none: Occurrence[] = [];
  return {
    occurrences,
    entities: builder.entities,
    at(offset) {
      let low = 0;
      let high = occurrences.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const candidate = occurrences[middle]!;
        if (candidate.value.end < offset) low = middle + 1;
        else if (candidate.value.start > offset) high = middle - 1;
        else return candidate;
      }
      return undefined;
    },
    definitionsOf: (symbol) => bySymbol.get(symbol)?.definitions ?? none,
    referencesOf: (symbol) => bySymbol.get(symbol)?.references ?? none,
    entityOf: (definition) => builder.entityByPath.get(entityPathOf(definition)),
    idsOf: (kind) => ids.get(kind) ?? [],
    entity: (path) => builder.entityByPath.get(path) ?? builder.entities.find((section) => section.path === path),
    entityAt(offset) {
      let found: Entity | undefined;
      let level: readonly Entity[] = builder.entities;
      for (;;) {
        const next = containing(level, offset);
        if (!next) return found;
        found = next;
        level = next.children;
      }
    },
  };
}

/** The entity of `entities` (in text order) whose range holds `offset`, by binary search. */
function containing(entities: readonly Entity[], offset: number): Entity | undefined {
  let low = 0;
  let high = entities.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entity = entities[middle]!;
    if (entity.range.end < offset) low = middle + 1;
    else if (entity.range.start > offset) high = middle - 1;
    else return entity;
  }
  return undefined;
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
