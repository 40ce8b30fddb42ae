/** The places where the format expects an id of another entry, by their key path (list items as `*`). */
import type { SymbolKind } from '../document/symbolIndex';

const SLOTS: Record<string, SymbolKind> = {
  'journeys.stages.steps.channel': 'channel',
  'segments.prefers': 'channel',
  'journeys.segment': 'segment',
  'journeys.redesigns': 'journey',
  'initiatives.dimension': 'dimension',
  'initiatives.dependsOn': 'initiative',
};

/** The kind of id expected as the value of `key` in the mapping at `path`, if an id is expected there. */
export function referenceKind(path: readonly string[], key: string): SymbolKind | undefined {
  return SLOTS[[...path.filter((segment) => segment !== '*'), key].join('.')];
}
