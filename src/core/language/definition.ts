/** Go to definition: from an id used (or defined) to where it is defined (the first definition). */
import type { EngagementDocument } from '../document/engagementDocument';
import type { LocationResult } from './languageTypes';

export function definition(document: EngagementDocument, offset: number): LocationResult[] {
  const symbols = document.symbols;
  const occurrence = symbols.at(offset);
  if (!occurrence) return [];
  return symbols.definitionsOf(occurrence.symbol).slice(0, 1).map((found) => {
    const entity = symbols.entityOf(found);
    return entity ? { range: found.value, entity: entity.range } : { range: found.value };
  });
}
