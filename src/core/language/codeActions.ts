/**
 * Quick fixes: the validation's did-you-means, and the CX fixes whose remedy is obvious — a
 * continuity break fixed by sharing the history on the channel the customer arrives on; history
 * without recognition by recognising the customer; a critical moment on a chat with no person by
 * staffing the chat; an unknown reference by creating the missing channel or segment; a missing
 * required key by inserting it.
 */
import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { EngagementDocument } from '../document/engagementDocument';
import type { Channel } from '../model/engagement';
import type { Language } from '../model/vocabulary';
import { findPath, type OffsetRange } from '../yaml/locatePath';
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

/** Sets `key: value` in the mapping at `path`: the value replaced if the key is there, else the key inserted. */
function setKey(document: EngagementDocument, path: string, key: string, value: string): TextEdit[] | undefined {
  const yaml = document.yaml;
  if (!yaml) return undefined;
  const existing = findPath(yaml, `${path}.${key}`);
  if (existing.complete && existing.value && existing.value.end > existing.value.start) return [{ range: existing.value, newText: value }];
  const node = yaml.getIn(path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)), true) as YamlNode | undefined;
  if (!isMap(node) || !node.range) return undefined;
  if (node.flow) {
    const close = document.text.lastIndexOf('}', node.range[1]);
    if (close < node.range[0]) return undefined;
    const empty = node.items.length === 0;
    return [{ range: { start: close, end: close }, newText: `${empty ? '' : ', '}${key}: ${value}${empty ? '' : ' '}` }];
  }
  const first = node.items[0];
  const firstKey = first?.key as YamlNode | undefined;
  if (!firstKey?.range) return undefined;
  const keyStart = firstKey.range[0];
  const indent = ' '.repeat(document.lines.position(keyStart).column - 1);
  const firstValue = first!.value as YamlNode | null;
  const valueEnd = firstValue?.range?.[1];
  const lineEnd = lineEndOf(document.text, keyStart);
  if (valueEnd !== undefined && valueEnd <= lineEnd && !isMap(firstValue) && !isSeq(firstValue)) {
    // After the first key's line (`- id: site`): the new key reads with the entry's other keys.
    return [{ range: { start: lineEnd, end: lineEnd }, newText: `\n${indent}${key}: ${value}` }];
  }
  return [{ range: { start: keyStart, end: keyStart }, newText: `${key}: ${value}\n${indent}` }];
}

/** Appends an item (`lines` relative to its dash) at the end of the block list `section`. */
function appendItem(document: EngagementDocument, section: string, lines: string): TextEdit[] | undefined {
  const list = document.yaml?.get(section, true) as YamlNode | undefined;
  if (!isSeq(list) || list.flow) return undefined;
  const last = list.items[list.items.length - 1] as YamlNode | undefined;
  if (!last?.range) return undefined;
  const lineStart = document.text.lastIndexOf('\n', last.range[0] - 1) + 1;
  const dash = /^ */.exec(document.text.slice(lineStart, last.range[0]))![0].length;
  const at = lineEndOf(document.text, Math.max(last.range[0], last.range[1] - 1));
  const indent = ' '.repeat(dash);
  return [{ range: { start: at, end: at }, newText: `\n${indent}- ${lines.replace(/\n/g, `\n${indent}  `)}` }];
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const at = end < 0 ? text.length : end;
  return at > 0 && text[at - 1] === '\r' ? at - 1 : at;
}
