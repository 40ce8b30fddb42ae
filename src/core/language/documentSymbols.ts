/**
 * Document symbols as a hierarchy (channels, segments, journeys › stages › steps, initiatives,
 * assessment), named as the consultant names them, so the Outline and the breadcrumbs work.
 */
import type { EngagementDocument } from '../document/engagementDocument';
import type { Entity } from '../document/symbolIndex';
import type { DocumentSymbolEntry } from './languageTypes';

export function documentSymbols(document: EngagementDocument): DocumentSymbolEntry[] {
  return document.symbols.entities.map(toSymbol);
}

function toSymbol(entity: Entity): DocumentSymbolEntry {
  const symbol: DocumentSymbolEntry = {
    name: entity.name,
    kind: entity.kind,
    range: entity.range,
    // The selection must lie within the range (LSP): a malformed entry falls back to its start.
    selection: entity.selection.start >= entity.range.start && entity.selection.end <= entity.range.end ? entity.selection : { start: entity.range.start, end: entity.range.start },
    children: entity.children.map(toSymbol),
  };
  if (entity.id !== undefined && entity.id !== entity.name) symbol.detail = entity.id;
  return symbol;
}
