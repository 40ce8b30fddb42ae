/**
 * Paths of complete lines from the document's outline (its entities and their ranges) rather than
 * from the YAML document, so the language features keep working once the document has let go of
 * its YAML tree (EngagementDocument.release) to hold less memory.
 */
import type { EngagementDocument } from '../document/engagementDocument';
import { lineStartOf, type PathResolver } from './cursorContext';

const KEY_AT = /^("[^"]*"|'[^']*'|[^\s#:'"{[\]][^:#\n]*?)\s*:(?:\s|$)/;

/** The path of the key starting at an offset when it is a key of an entity's own mapping (`- id: x`, `  name: y`). */
export function outlinePaths(document: EngagementDocument): PathResolver {
  const { text, symbols } = document;
  const columnOf = (offset: number) => offset - (lineStartOf(text, offset));
  return (offset) => {
    const entity = symbols.entityAt(offset);
    if (!entity || entity.kind === 'section') return undefined;
    const key = KEY_AT.exec(text.slice(offset, offset + 256))?.[1]?.replace(/^["']|["']$/g, '');
    if (key === undefined || columnOf(offset) !== columnOf(entity.range.start)) return undefined;
    return [...entity.path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)), key];
  };
}
