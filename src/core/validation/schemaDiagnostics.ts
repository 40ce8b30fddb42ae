/**
 * Turns zod's issues into the contract's schema diagnostics: our own words (English or French), the
 * exact range of the value at fault, a did-you-mean for enum values (French words included).
 */
import type * as z from 'zod';
import { localize } from '../i18n/localized';
import { schemaEnum } from '../rules/schema/schemaEnum';
import { schemaRange } from '../rules/schema/schemaRange';
import { schemaRequired } from '../rules/schema/schemaRequired';
import { schemaType } from '../rules/schema/schemaType';
import { unsupportedVersion } from '../rules/schema/unsupportedVersion';
import type { Language } from '../model/vocabulary';
import { once, type DiagnosticSink } from './diagnosticSink';
import { didYouMean, fixTo } from './didYouMean';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, Record<Language, string>> = {
  string: { en: 'text', fr: 'un texte' },
  number: { en: 'a number', fr: 'un nombre' },
  int: { en: 'a whole number', fr: 'un nombre entier' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list', fr: 'une liste' },
  object: { en: 'a mapping of keys', fr: 'un bloc de clés' },
  null: { en: 'empty', fr: 'vide' },
};

export function reportSchemaIssues(issues: readonly Issue[], root: unknown, sink: DiagnosticSink): void {
  for (const issue of issues) {
    const segments = issue.path.map(String);
    const path = segments.join('.');
    const key = segments.filter((segment) => !/^\d+$/.test(segment)).pop() ?? 'document';
    const value = valueAt(root, segments);
    const present = value !== undefined;

    if (path === 'version') {
      // `version: "1"` is text: said so, or the message would read "version 1 … reads version 1".
      const written = typeof value === 'string' ? localize(unsupportedVersion.messages.writtenAsText, sink.lang, { value }) : describeValue(value);
      sink.atValue(unsupportedVersion.code, path, unsupportedVersion.messages.version, { value: written });
      continue;
    }
    if (!present) {
      // zod words a missing key by the type it expected (invalid_type, or invalid_value for an enum).
      sink.atKey(schemaRequired.code, path, schemaRequired.messages.required, { key, parent: segments.slice(0, -1).join('.') });
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected]?.[sink.lang] ?? issue.expected;
        // A document that is not a mapping is never quoted: it may be any file at all (a link to
        // ~/.env or /proc/self/environ), and the message goes into reports that CI uploads.
        const received = segments.length === 0 ? describeKind(value, sink.lang) : describeType(value, sink.lang);
        sink.atValue(schemaType.code, path, schemaType.messages.type, { key, expected, received });
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const written = describeValue(value);
        const suggestion = once(() => (typeof value === 'string' ? didYouMean(value, allowed) : undefined));
        const params = () => ({ key, value: written, allowed: allowed.join(', '), suggestion: suggestion() });
        sink.atValue(schemaEnum.code, path, schemaEnum.messages.enumValue, params, () => fixTo(suggestion()));
        break;
      }
      case 'too_small':
      case 'too_big':
        if (issue.origin === 'string') sink.atValue(schemaRequired.code, path, schemaRequired.messages.emptyText, { key });
        else if (issue.origin === 'array') sink.atValue(schemaRequired.code, path, schemaRequired.messages.emptyList, { key, min: Number(issue.code === 'too_small' ? issue.minimum : 1) });
        else sink.atValue(schemaRange.code, path, schemaRange.messages.range, rangeOf(key));
        break;
      case 'invalid_format':
        if (key === 'date') sink.atValue(schemaType.code, path, schemaType.messages.date, { value: describeValue(value) });
        else sink.atValue(schemaType.code, path, schemaType.messages.slug, { value: describeValue(value) });
        break;
      case 'custom':
        sink.atValue(schemaType.code, path, schemaType.messages.date, { value: describeValue(value) });
        break;
      default:
        sink.atValue(schemaType.code, path, schemaType.messages.invalid, { key });
    }
  }
}

/** The bounds the schema puts on each numeric key, for the message. */
function rangeOf(key: string): { key: string; min: number; max: number } {
  switch (key) {
    case 'share': return { key, min: 0, max: 100 };
    case 'emotion': return { key, min: -2, max: 2 };
    default: return { key, min: 1, max: 5 };
  }
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<string, unknown>)[segment] : undefined;
  }
  return current;
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describeKind(value: unknown, lang: Language): string {
  if (value === null) return TYPE_NAMES.null![lang];
  if (Array.isArray(value)) return TYPE_NAMES.array![lang];
  if (typeof value === 'object') return TYPE_NAMES.object![lang];
  if (typeof value === 'number') return TYPE_NAMES.number![lang];
  if (typeof value === 'boolean') return TYPE_NAMES.boolean![lang];
  return TYPE_NAMES.string![lang];
}

function describeType(value: unknown, lang: Language): string {
  if (value === null) return TYPE_NAMES.null![lang];
  if (Array.isArray(value)) return TYPE_NAMES.array![lang];
  if (typeof value === 'object') return TYPE_NAMES.object![lang];
  // YAML's own words for the numbers that are not numbers: never "a number (NaN)".
  if (typeof value === 'number' && Number.isNaN(value)) return '.nan';
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  if (typeof value === 'number') return `${TYPE_NAMES.number![lang]} (${value})`;
  if (typeof value === 'boolean') return String(value);
  return `${TYPE_NAMES.string![lang]} (${describeValue(value)})`;
}
