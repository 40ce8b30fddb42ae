/**
 * The keys each mapping may hold, read once from the zod schema, so unknown keys are found while the
 * YAML is converted (one walk) and the schema stays the single source of the format.
 */
import type * as z from 'zod';

export type KeyGuide =
  | { kind: 'object'; keys: Map<string, KeyGuide | undefined>; dimensions?: boolean }
  | { kind: 'array'; element: KeyGuide | undefined };

interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

export function keyGuideOf(schema: z.ZodType, dimensionPaths: ReadonlySet<z.ZodType> = new Set()): KeyGuide | undefined {
  const definition = (schema as unknown as { _zod: { def: Definition } })._zod.def;
  switch (definition.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      return keyGuideOf(definition.innerType!, dimensionPaths);
    case 'pipe':
      return keyGuideOf(definition.in!, dimensionPaths);
    case 'array':
      return { kind: 'array', element: keyGuideOf(definition.element!, dimensionPaths) };
    case 'object': {
      const keys = new Map<string, KeyGuide | undefined>();
      for (const [key, value] of Object.entries(definition.shape!)) keys.set(key, keyGuideOf(value, dimensionPaths));
      return dimensionPaths.has(schema) ? { kind: 'object', keys, dimensions: true } : { kind: 'object', keys };
    }
    default:
      return undefined;
  }
}
