/**
 * Rename an id everywhere it is used in the file. Refused, with a reason, for what is not an id of
 * the file (a dimension of the format, an id defined nowhere), an invalid new id, or one taken.
 */
import type { EngagementDocument } from '../document/engagementDocument';
import type { Occurrence } from '../document/symbolIndex';
import { ID_PATTERN, type Language } from '../model/vocabulary';
import type { PrepareRenameResult, RenameResult } from './languageTypes';
import { texts } from './languageTexts';

function renamable(document: EngagementDocument, offset: number, lang: Language): Occurrence | { refused: string } {
  const occurrence = document.symbols.at(offset);
  if (!occurrence) return { refused: texts.renameNothing[lang] };
  if (occurrence.kind === 'dimension') return { refused: texts.renameDimension[lang] };
  if (document.symbols.definitionsOf(occurrence.symbol).length === 0) return { refused: texts.renameUnknown(occurrence.id)[lang] };
  return occurrence;
}

export function prepareRename(document: EngagementDocument, offset: number, lang: Language): PrepareRenameResult {
  const found = renamable(document, offset, lang);
  return 'refused' in found ? found : { range: found.value, placeholder: found.id };
}

export function rename(document: EngagementDocument, offset: number, newId: string, lang: Language): RenameResult {
  const found = renamable(document, offset, lang);
  if ('refused' in found) return found;
  if (!ID_PATTERN.test(newId)) return { refused: texts.invalidId(newId)[lang] };
  if (newId === found.id) return { edits: [] };
  const scope = found.symbol.slice(0, found.symbol.length - found.id.length);
  if (document.symbols.definitionsOf(`${scope}${newId}`).length > 0) return { refused: texts.idTaken(newId, found.kind)[lang] };
  const symbols = document.symbols;
  const edits = [...symbols.definitionsOf(found.symbol), ...symbols.referencesOf(found.symbol)]
    .sort((a, b) => a.value.start - b.value.start)
    .map((each) => ({ range: each.value, newText: newId }));
  return { edits };
}
