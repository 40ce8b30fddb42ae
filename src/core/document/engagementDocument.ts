/**
 * One engagement text, parsed once per document version: the YAML document and its line index,
 * the reading result, the schema's verdict, the normalised engagement and its facts, and (built on
 * first use) the symbol index the language features read. The analysis, the language service and
 * every host start from this, so a version is never parsed twice.
 */
import type * as z from 'zod';
import type { Document } from 'yaml';
import { normaliseEngagement, type Engagement } from '../model/engagement';
import { assessmentSchema, engagementFileSchema } from '../model/engagementSchema';
import { EngagementFacts } from '../model/facts';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { keyGuideOf } from '../yaml/keyGuide';
import { LineIndex } from '../yaml/lineIndex';
import { hasLoneCarriageReturn } from '../yaml/preScan';
import { readYaml, type YamlReading } from '../yaml/readYaml';
import { pathAtOffset, type PathAtOffset } from './pathAtOffset';
import { buildSymbolIndex, type SymbolIndex } from './symbolIndex';

const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));

export interface EngagementDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly reading: YamlReading;
  /** The composed YAML document (absent only when the text could not be read at all). */
  readonly yaml: Document.Parsed | undefined;
  /** zod's issues when the schema refused the file (reading succeeded). */
  readonly schemaIssues: readonly z.core.$ZodIssue[] | undefined;
  /** `engagement.language` as written, when it is a language the product speaks. */
  readonly declaredLanguage: Language | undefined;
  /** The normalised engagement, once the schema accepted the file. */
  readonly engagement: Engagement | undefined;
  readonly facts: EngagementFacts | undefined;
  /** Every id's definitions and references, from the YAML itself: present while the file has errors. */
  readonly symbols: SymbolIndex;
  /**
   * The YAML path and node under an offset (UTF-16): exact while the YAML tree is held; after
   * `release()`, the path of the entity (list item or section) under the offset.
   */
  pathAt(offset: number): PathAtOffset;
  /**
   * Lets go of the YAML tree once the analysis is done (the symbol index is built first): an open
   * document then holds its text, engagement, facts and index, a fraction of the tree's memory.
   * The language features need nothing more; the analysis must run before.
   */
  release(): void;
  readonly released: boolean;
}

export interface ParseOptions {
  /** The size of the file on disk, when the host read it: the 10 MB limit counts the file's bytes. */
  byteLength?: number;
  /**
   * Diagnostics only (`cxm validate`): the YAML is read lean (readYaml's `lean`), so `yaml` is
   * undefined, the symbol index empty and `pathAt` coarse; only `analyseDocument` with
   * `validateOnly` may read such a document. Every diagnostic is the same as a full reading's.
   */
  lean?: boolean;
}

export function parseEngagementDocument(source: string, options: ParseOptions = {}): EngagementDocument {
  // CR, LF and CRLF are all line breaks (YAML 1.2, and VS Code): a lone CR becomes LF, one unit for
  // one, so every offset and column stays the same while the parser and the line index see lines.
  const text = hasLoneCarriageReturn(source) ? source.replace(/\r(?!\n)/g, '\n') : source;
  const lines = new LineIndex(text);
  const reading = readYaml(text, guide, { ...(options.byteLength !== undefined ? { byteLength: options.byteLength } : {}), ...(options.lean ? { lean: true } : {}) });
  const declaredLanguage = languageOf(reading.value) ?? languageInText(reading.value, text);
  let engagement: Engagement | undefined;
  let facts: EngagementFacts | undefined;
  let schemaIssues: readonly z.core.$ZodIssue[] | undefined;
  if (!reading.fatal && (reading.document || reading.locator)) {
    const parsed = engagementFileSchema.safeParse(reading.value ?? {});
    if (parsed.success) {
      engagement = normaliseEngagement(parsed.data);
      facts = new EngagementFacts(engagement);
      // The plain value is only needed to word schema issues: a valid file is not held twice.
      reading.value = undefined;
    } else {
      schemaIssues = parsed.error.issues;
    }
  }
  let symbols: SymbolIndex | undefined;
  let yaml = reading.document;
  return {
    text,
    lines,
    reading,
    get yaml() {
      return yaml;
    },
    schemaIssues,
    declaredLanguage,
    engagement,
    facts,
    get symbols() {
      return (symbols ??= buildSymbolIndex(yaml));
    },
    pathAt(offset) {
      if (yaml) return pathAtOffset(yaml, offset);
      const entity = this.symbols.entityAt(offset);
      return { path: entity ? entity.path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)) : [], inKey: false };
    },
    release() {
      void this.symbols;
      yaml = undefined;
      delete reading.document;
    },
    get released() {
      return yaml === undefined && symbols !== undefined;
    },
  };
}

function languageOf(value: unknown): Language | undefined {
  const info = (value as { engagement?: { language?: unknown } } | undefined)?.engagement;
  const language = info && typeof info === 'object' ? info.language : undefined;
  return LANGUAGES.find((candidate) => candidate === language);
}

/**
 * While a syntax error leaves no value to read, the file's own `language:` line (indented under
 * `engagement:`) still says which language its consultant reads: messages keep to it.
 */
function languageInText(value: unknown, text: string): Language | undefined {
  if (value !== undefined) return undefined;
  // A linear scan of the first lines, never a backtracking pattern over a hostile file.
  let inEngagement = false;
  for (const line of text.slice(0, 20_000).split('\n')) {
    if (/^engagement:[ \t]*(?:#.*)?\r?$/.test(line)) {
      inEngagement = true;
    } else if (inEngagement) {
      if (/^[^\s#]/.test(line)) return undefined;
      const match = /^[ \t]+language:[ \t]*["']?(en|fr)["']?[ \t]*(?:#.*)?\r?$/.exec(line);
      if (match) return match[1] as Language;
    }
  }
  return undefined;
}
