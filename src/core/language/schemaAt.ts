/**
 * The format's schema read as a tree the language features can walk: which keys a mapping takes,
 * which are required, what a key's value is (an enum, a boolean, a list of ...). Read from the zod
 * schema, the format's single source, so completion never drifts from validation.
 */
import type * as z from 'zod';
import { engagementFileSchema } from '../model/engagementSchema';

export type SchemaShape =
  | { kind: 'object'; keys: ReadonlyMap<string, SchemaField> }
  | { kind: 'array'; element: SchemaShape }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'literal'; value: unknown }
  | { kind: 'string'; id: boolean }
  | { kind: 'other' };

export interface SchemaField { shape: SchemaShape; required: boolean; description?: string }

interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  checks?: Array<{ _zod: { def: { check?: string; format?: string; pattern?: RegExp } } }>;
}

const cache = new WeakMap<z.ZodType, SchemaField>();

function fieldOf(schema: z.ZodType): SchemaField {
  const cached = cache.get(schema);
  if (cached) return cached;
  let required = true;
  let description: string | undefined;
  let current = schema;
  for (;;) {
    description ??= (current as { description?: string }).description;
    const definition = (current as unknown as { _zod: { def: Definition } })._zod.def;
    if (definition.type === 'optional' || definition.type === 'default') required = false;
    if (['optional', 'default', 'nullable', 'readonly'].includes(definition.type)) current = definition.innerType!;
    else if (definition.type === 'pipe') current = definition.in!;
    else break;
  }
  const field: SchemaField = { shape: { kind: 'other' }, required };
  if (description !== undefined) field.description = description;
  cache.set(schema, field);
  field.shape = shapeOf(current);
  return field;
}

function shapeOf(schema: z.ZodType): SchemaShape {
  const definition = (schema as unknown as { _zod: { def: Definition } })._zod.def;
  switch (definition.type) {
    case 'object': {
      const keys = new Map<string, SchemaField>();
      for (const [key, value] of Object.entries(definition.shape!)) keys.set(key, fieldOf(value));
      return { kind: 'object', keys };
    }
    case 'array':
      return { kind: 'array', element: fieldOf(definition.element!).shape };
    case 'enum':
      return { kind: 'enum', values: Object.values(definition.entries!) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
    case 'int':
      return { kind: 'number', integer: definition.format === 'safeint' || definition.type === 'int' };
    case 'literal':
      return { kind: 'literal', value: definition.values?.[0] };
    case 'string': {
      const id = (definition.checks ?? []).some((check) => check._zod.def.pattern?.source === '^[a-z0-9][a-z0-9-]*$');
      return { kind: 'string', id };
    }
    default:
      return { kind: 'other' };
  }
}

const root = fieldOf(engagementFileSchema);

/** The schema of the value at `path` (keys, and `*` or an index for list items). */
export function schemaAt(path: ReadonlyArray<string | number>): SchemaField | undefined {
  let field: SchemaField | undefined = root;
  for (const segment of path) {
    if (!field) return undefined;
    const shape: SchemaShape = field.shape;
    if (shape.kind === 'array' && (segment === '*' || typeof segment === 'number' || /^\d+$/.test(segment))) {
      field = { shape: shape.element, required: true };
    } else if (shape.kind === 'object' && typeof segment === 'string') {
      field = shape.keys.get(segment);
    } else {
      return undefined;
    }
  }
  return field;
}

/** The allowed scalar values at a field, for completion and hover (enums, booleans, the version). */
export function valuesOf(shape: SchemaShape): readonly string[] {
  if (shape.kind === 'enum') return shape.values;
  if (shape.kind === 'boolean') return ['true', 'false'];
  if (shape.kind === 'literal') return [String(shape.value)];
  return [];
}
