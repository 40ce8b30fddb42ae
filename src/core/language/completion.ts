/**
 * Completion: the keys the schema allows where the cursor stands (with snippets for a new channel,
 * segment, journey, stage or step), the values of enums (a French word offering its English value),
 * and the ids defined in the file where an id is expected, with their names.
 */
import type { EngagementDocument } from '../document/engagementDocument';
import { CHANNEL_TYPES, DIGITAL_INTENSITIES, englishFor, type Language } from '../model/vocabulary';
import { cursorContext, siblingKeys, type CursorContext } from './cursorContext';
import type { CompletionEntry } from './languageTypes';
import { KIND_NAMES, keyMeaning, texts, valueMeaning } from './languageTexts';
import { escapeMarkdown } from './hover';
import { outlinePaths } from './outlinePaths';
import { referenceKind } from './referenceSlots';
import { schemaAt, valuesOf, type SchemaField } from './schemaAt';

/** A new entry for each list of entities, as a snippet (lines after the first relative to the item). */
const SNIPPETS: Record<string, { kind: string; body: string }> = {
  channels: { kind: 'channel', body: `id: \${1:new-channel}\n  name: \${2:Name}\n  type: \${3|${CHANNEL_TYPES.join(',')}|}\n  capabilities: [\${4:inform}]` },
  segments: { kind: 'segment', body: `id: \${1:new-segment}\n  name: \${2:Name}\n  share: \${3:20}\n  digitalIntensity: \${4|${DIGITAL_INTENSITIES.join(',')}|}` },
  journeys: { kind: 'journey', body: 'id: ${1:new-journey}\n  name: ${2:Name}\n  segment: ${3:segment}\n  stages:\n    - name: ${4:Stage}\n      steps:\n        - channel: ${5:channel}\n          action: ${6:What the customer does}' },
  stages: { kind: 'stage', body: 'name: ${1:Stage}\n  steps:\n    - channel: ${2:channel}\n      action: ${3:What the customer does}' },
  steps: { kind: 'step', body: 'channel: ${1:channel}\n  action: ${2:What the customer does}\n  emotion: ${3:0}' },
};

export function completion(document: EngagementDocument, offset: number, lang: Language): CompletionEntry[] {
  const context = cursorContext(document.text, offset, outlinePaths(document));
  if (!context) return [];
  return context.mode === 'value' ? valueCompletions(document, context, lang) : keyCompletions(document, context, offset, lang);
}

function keyCompletions(document: EngagementDocument, context: CursorContext, offset: number, lang: Language): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  const field = schemaAt(context.path);
  const last = context.path[context.path.length - 1];
  // Right under a list of entities (`channels:` then a new line) or after its `- `: a new entry.
  const listKey = last === '*' ? context.path[context.path.length - 2] : last;
  const snippet = listKey !== undefined ? SNIPPETS[listKey] : undefined;
  const listField = last === '*' ? schemaAt(context.path.slice(0, -1)) : field;
  if (snippet && listField?.shape.kind === 'array' && (context.newItem || last !== '*')) {
    entries.push({
      label: texts.newEntity(snippet.kind)[lang],
      kind: 'snippet',
      insertText: context.newItem ? snippet.body : `- ${snippet.body.replace(/\n/g, '\n  ')}`,
      range: context.range,
      detail: KIND_NAMES[snippet.kind]![lang],
      sortText: '0',
      filterText: context.word,
    });
  }
  if (context.newItem && listField?.shape.kind === 'array' && listField.shape.element.kind !== 'object') {
    // `- ` in a list of scalars (`prefers:`, `capabilities:`): the values are what fits.
    return [...entries, ...valueCompletions(document, { ...context, mode: 'value', key: String(context.path[context.path.length - 2]), listItem: true, path: context.path.slice(0, -2) }, lang)];
  }
  if (field?.shape.kind !== 'object') return entries;
  const present = siblingKeys(document.text, offset, context.column, context.newItem === true);
  for (const [key, child] of field.shape.keys) {
    if (present.has(key)) continue;
    const meaning = keyMeaning(context.path, key, lang) ?? child.description;
    const entry: CompletionEntry = {
      label: key,
      kind: 'key',
      insertText: keyInsertText(key, child),
      range: context.range,
      sortText: `${child.required ? '1' : '2'}${key}`,
    };
    if (child.required) entry.detail = texts.required[lang];
    if (meaning) entry.documentation = meaning;
    entries.push(entry);
  }
  return entries;
}

function keyInsertText(key: string, field: SchemaField): string {
  const shape = field.shape;
  if (shape.kind === 'object') return `${key}:\n  `;
  if (shape.kind === 'array') return shape.element.kind === 'object' ? `${key}:\n  - ` : `${key}: [`;
  return `${key}: `;
}

function valueCompletions(document: EngagementDocument, context: CursorContext, lang: Language): CompletionEntry[] {
  const key = context.key!;
  const kind = referenceKind(context.path, key);
  const entries: CompletionEntry[] = [];
  if (kind && kind !== 'dimension') {
    document.symbols.idsOf(kind).forEach((entity, index) => {
      // In file order, as the consultant wrote them (editors sort by sortText).
      const entry: CompletionEntry = {
        label: entity.id!, kind: 'id', insertText: entity.id!, range: context.range, sortText: String(index).padStart(6, '0'),
        documentation: `${KIND_NAMES[kind]![lang]} — ${escapeMarkdown(entity.name)}`,
      };
      if (entity.name !== entity.id) entry.detail = entity.name;
      entries.push(entry);
    });
    return entries;
  }
  let field = schemaAt([...context.path, key]);
  if (field?.shape.kind === 'array' && context.listItem !== false) field = { shape: field.shape.element, required: true };
  const values = field ? valuesOf(field.shape) : [];
  const english = context.word.length > 0 ? englishFor(context.word, values) : undefined;
  if (english !== undefined && english !== context.word) {
    entries.push({
      label: english, kind: 'value', insertText: english, range: context.range, filterText: context.word, preselect: true, sortText: '0',
      detail: texts.frenchWord(context.word, english)[lang],
    });
  }
  for (const value of values) {
    if (value === english) continue;
    const entry: CompletionEntry = { label: value, kind: 'value', insertText: value, range: context.range, sortText: `1${value}` };
    const meaning = valueMeaning(value, lang);
    if (meaning) entry.documentation = meaning;
    entries.push(entry);
  }
  return entries;
}
