/** Find all references: every use of the id under the cursor, its definitions too when asked. */
import type { EngagementDocument } from '../document/engagementDocument';
import type { LocationResult } from './languageTypes';

export function references(document: EngagementDocument, offset: number, includeDeclaration: boolean): LocationResult[] {
  const symbols = document.symbols;
  const occurrence = symbols.at(offset);
  if (!occurrence) return [];
  const found = includeDeclaration
    ? [...symbols.definitionsOf(occurrence.symbol), ...symbols.referencesOf(occurrence.symbol)].sort((a, b) => a.value.start - b.value.start)
    : symbols.referencesOf(occurrence.symbol);
  return found.map((each) => ({ range: each.value }));
}
