/**
 * Workspace symbols across the engagement files: every channel, segment, journey, step and
 * initiative whose name or id matches the query (letters in order, case and accents ignored).
 */
import type { Entity } from '../document/symbolIndex';
import { normaliseWord } from '../model/vocabulary';
import type { DocumentSymbolEntry } from './languageTypes';

export interface WorkspaceSymbolEntry {
  name: string;
  kind: DocumentSymbolEntry['kind'];
  /** The file the host named when it handed the entities over. */
  file: string;
  range: DocumentSymbolEntry['range'];
  containerName?: string;
}

const LIMIT = 1000;

export function workspaceSymbols(files: ReadonlyArray<{ file: string; entities: readonly Entity[] }>, query: string): WorkspaceSymbolEntry[] {
  const wanted = normaliseWord(query).replace(/-/g, '');
  const found: WorkspaceSymbolEntry[] = [];
  const visit = (file: string, entities: readonly Entity[], container: string | undefined) => {
    for (const entity of entities) {
      if (found.length >= LIMIT) return;
      if (entity.kind !== 'section' && (matches(entity.name, wanted) || (entity.id !== undefined && matches(entity.id, wanted)))) {
        const entry: WorkspaceSymbolEntry = { name: entity.name, kind: entity.kind, file, range: entity.selection };
        if (container !== undefined) entry.containerName = container;
        found.push(entry);
      }
      visit(file, entity.children, entity.kind === 'section' ? container : entity.name);
    }
  };
  for (const { file, entities } of files) visit(file, entities, undefined);
  return found;
}

function matches(text: string, wanted: string): boolean {
  if (wanted.length === 0) return true;
  const haystack = normaliseWord(text);
  let at = 0;
  for (const character of wanted) {
    at = haystack.indexOf(character, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
