/**
 * Quick fixes: the validation's did-you-means, and the CX fixes whose remedy is obvious — a
 * continuity break fixed by sharing the history on the channel the customer arrives on; history
 * without recognition by recognising the customer; a critical moment on a chat with no person by
 * staffing the chat; an unknown reference by creating the missing channel or segment; a missing
 * required key by inserting it.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { EngagementDocument } from '../document/engagementDocument';
import type { Channel } from '../model/engagement';
import type { Language } from '../model/vocabulary';
import type { OffsetRange } from '../yaml/locatePath';
import { lineStartOf } from './cursorContext';
import type { CodeActionEntry, TextEdit } from './languageTypes';
import { texts } from './languageTexts';
import { schemaAt } from './schemaAt';

export interface CodeActionOptions {
  /** The did-you-means (default true); a host that already offers them from the diagnostics leaves them out. */
  didYouMean?: boolean;
}

export function codeActions(
  document: EngagementDocument, range: OffsetRange, diagnostics: readonly Diagnostic[], lang: Language, options: CodeActionOptions = {},
): CodeActionEntry[] {
  const actions: CodeActionEntry[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.range.end < range.start || diagnostic.range.start > range.end) continue;
    const fixing = { code: diagnostic.code, range: { start: diagnostic.range.start, end: diagnostic.range.end } };
    const add = (title: string, edits: TextEdit[] | undefined, isPreferred = true) => {
      if (edits && edits.length > 0) actions.push({ title, diagnostic: fixing, edits, isPreferred });
    };
    if (diagnostic.fix && options.didYouMean !== false) add(texts.changeTo(diagnostic.fix.replacement)[lang], [{ range: fixing.range, newText: diagnostic.fix.replacement }]);
    switch (diagnostic.code) {
      case 'continuity-break': {
        const channel = stepChannel(document, diagnostic.path);
        if (channel) add(texts.setKey('sharesHistory', 'true', channel.name)[lang], setKey(document, `channels.${channel.index}`, 'sharesHistory', 'true'));
        break;
      }
      case 'history-without-recognition': {
        const channel = document.engagement?.channels[Number(diagnostic.path.split('.')[1])];
        if (channel) add(texts.setKey('recognizesCustomer', 'true', channel.name)[lang], setKey(document, `channels.${channel.index}`, 'recognizesCustomer', 'true'));
        break;
      }
      case 'critical-without-person': {
        const channel = stepChannel(document, diagnostic.path);
        if (channel?.type === 'chat') add(texts.setKey('human', 'true', channel.name)[lang], setKey(document, `channels.${channel.index}`, 'human', 'true'));
        break;
      }
      case 'unknown-ref': {
        const id = document.text.slice(diagnostic.range.start, diagnostic.range.end).replace(/^["']|["']$/g, '');
        if (/\.segment$/.test(diagnostic.path)) add(texts.createSegment(id)[lang], appendItem(document, 'segments', `id: ${id}\ndigitalIntensity: occasional`), !diagnostic.fix);
        else if (/\.channel$|\.prefers\.\d+$/.test(diagnostic.path)) add(texts.createChannel(id)[lang], appendItem(document, 'channels', `id: ${id}\ntype: other`), !diagnostic.fix);
        break;
      }
      case 'schema-required': {
        const segments = diagnostic.path.split('.');
        const key = segments.pop()!;
        const value = defaultValue(segments, key);
        if (value !== undefined && segments.length > 0) add(texts.insertKey(key)[lang], setKey(document, segments.join('.'), key, value));
        break;
      }
      default:
        break;
    }
  }
  return actions;
}

/** The channel a step's diagnostic (`journeys.J.stages.S.steps.K.<key>`) is about. */
function stepChannel(document: EngagementDocument, path: string): Channel | undefined {
  const [, j, , s, , k] = path.split('.');
  const step = document.engagement?.journeys[Number(j)]?.stages[Number(s)]?.steps[Number(k)];
  return step ? document.facts?.channelsById.get(step.channel) : undefined;
}

/** A value that satisfies the schema for a missing key, when one is obvious. */
function defaultValue(parent: readonly string[], key: string): string | undefined {
  const field = schemaAt([...parent, key]);
  const shape = field?.shape;
  if (!shape) return undefined;
  switch (shape.kind) {
    case 'enum': return shape.values[0];
    case 'boolean': return 'false';
    case 'literal': return String(shape.value);
    case 'string': return shape.id ? `new-${key.toLowerCase()}` : undefined;
    default: return undefined;
  }
}

/**
 * Sets `key: value` in the mapping of the entity at `path` (a list item or a section): its value
 * replaced if the key is written there, else the key inserted with the entity's other keys. Read
 * from the text and the outline, so it works once the YAML tree is released.
 */
function setKey(document: EngagementDocument, path: string, key: string, value: string): TextEdit[] | undefined {
  const { text } = document;
  const entity = document.symbols.entity(path);
  if (!entity) return undefined;
  let start = entity.range.start;
  if (entity.kind === 'section') {
    // The section's keys start on the line after `section:`.
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
    while (start < entity.range.end && /[ \t]/.test(text[start]!)) start++;
    if (start >= entity.range.end) return undefined;
  }
  if (text[start] === '{') {
    const close = text.lastIndexOf('}', entity.range.end);
    if (close < start) return undefined;
    const existing = new RegExp(`([{,]\\s*)${escapeRegExp(key)}\\s*:\\s*([^,}]*)`).exec(text.slice(start, close));
    if (existing) {
      const at = start + existing.index + existing[0].length - existing[2]!.length;
      return [{ range: { start: at, end: at + existing[2]!.trimEnd().length }, newText: value }];
    }
    if (text.slice(start + 1, close).trim() === '') return [{ range: { start: close, end: close }, newText: `${key}: ${value}` }];
    let after = close;
    while (/\s/.test(text[after - 1]!)) after--;
    return [{ range: { start: after, end: after }, newText: `, ${key}: ${value}` }];
  }
  const column = start - (lineStartOf(text, start));
  const indent = ' '.repeat(column);
  // The entity's own keys: lines whose content starts at its key column, up to its end.
  let lineStart = start - column;
  while (lineStart < entity.range.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const match = /^(\s*(?:-\s+)?)([^\s#:'"][^:#]*?)\s*:(\s*)([^#]*?)\s*(?:\s#.*)?$/.exec(line);
    if (match && match[1]!.length === column && match[2] === key && match[4] !== '') {
      const at = lineStart + match[1]!.length + match[2]!.length + line.slice(match[1]!.length + match[2]!.length).indexOf(':') + 1 + match[3]!.length;
      return [{ range: { start: at, end: at + match[4]!.length }, newText: value }];
    }
    lineStart = lineEnd + 1;
  }
  const firstLineEnd = lineEndOf(text, start);
  if (/:\s*[^\s#]/.test(text.slice(start, firstLineEnd))) {
    // After the first key's line (`- id: site`): the new key reads with the entry's other keys.
    return [{ range: { start: firstLineEnd, end: firstLineEnd }, newText: `\n${indent}${key}: ${value}` }];
  }
  return [{ range: { start, end: start }, newText: `${key}: ${value}\n${indent}` }];
}

/** Appends an item (`lines` relative to its dash) at the end of the block list `section`. */
function appendItem(document: EngagementDocument, section: string, lines: string): TextEdit[] | undefined {
  const { text } = document;
  const last = document.symbols.entity(section)?.children.at(-1);
  if (!last) return undefined;
  const lineStart = lineStartOf(text, last.range.start);
  const before = text.slice(lineStart, last.range.start);
  // A block list item: `  - ` before its first key (a flow list `[...]` is left alone).
  if (!/^ *- +$/.test(before)) return undefined;
  const dash = before.indexOf('-');
  const at = lineEndOf(text, Math.max(last.range.start, last.range.end - 1));
  const indent = ' '.repeat(dash);
  return [{ range: { start: at, end: at }, newText: `\n${indent}- ${lines.replace(/\n/g, `\n${indent}  `)}` }];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const at = end < 0 ? text.length : end;
  return at > 0 && text[at - 1] === '\r' ? at - 1 : at;
}
