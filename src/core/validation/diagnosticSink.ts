/**
 * Collects diagnostics during one validation pass. Raising one is cheap: the range is located and
 * the message worded only at the end, and only for the 1,000 diagnostics a file keeps (a hostile or
 * huge file can raise far more). The contract's order and cap are applied there.
 */
import { capText } from '../text/boundedText';
import {
  MAX_DIAGNOSTICS_PER_FILE, severityOf,
  type Diagnostic, type DiagnosticCode, type DiagnosticFix,
} from '../diagnostics/diagnostic';
import type { Localized } from '../i18n/localized';
import { tooManyDiagnostics } from '../rules/summary/tooManyDiagnostics';
import type { Language } from '../model/vocabulary';
import type { LineIndex } from '../yaml/lineIndex';
import { keyRangeAt, valueRangeAt, type Locatable, type OffsetRange } from '../yaml/locatePath';

/** Worked out only for the diagnostics a file keeps: a did-you-mean costs a search per diagnostic. */
export type Lazy<T> = T | (() => T);
type LazyFix = DiagnosticFix | undefined | (() => DiagnosticFix | undefined);

interface Pending {
  code: DiagnosticCode;
  path: string;
  where: OffsetRange | 'value' | 'key';
  message: Localized<never>;
  params: unknown;
  fix: LazyFix;
  start: number;
  end: number;
}

/** Quoted user text is cut to this many characters (with "…"): a 1 MiB name must not make a 1 MiB message per diagnostic. */
export const MAX_QUOTED_LENGTH = 80;
/** Parameters that hold the product's own lists (allowed values, dimensions), never user text. */
const OWN_WORDS = new Set(['known', 'allowed']);

/** `text` cut to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
export function capQuoted(text: string, max = MAX_QUOTED_LENGTH): string {
  return capText(text, max);
}

function capParams(params: unknown): unknown {
  if (params === null || typeof params !== 'object') return params;
  const capped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    capped[name] = typeof value === 'string' && !OWN_WORDS.has(name) ? capQuoted(value) : value;
  }
  return capped;
}

/** A suggestion searched for once, the first time the message or the fix asks for it. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export class DiagnosticSink {
  private readonly pending: Pending[] = [];

  constructor(
    readonly lang: Language,
    private readonly lines: LineIndex,
    private readonly document?: Locatable,
  ) {}

  /** At an explicit range (offsets into the text). */
  at<P>(code: DiagnosticCode, path: string, range: OffsetRange, message: Localized<P>, params: Lazy<P>, fix?: LazyFix): void {
    this.push(code, path, range, message, params, fix);
  }

  /** On the value at `path` (a missing key: its parent's key). */
  atValue<P>(code: DiagnosticCode, path: string, message: Localized<P>, params: Lazy<P>, fix?: LazyFix): void {
    this.push(code, path, 'value', message, params, fix);
  }

  /** On the key at `path` (a missing key: its parent's key). */
  atKey<P>(code: DiagnosticCode, path: string, message: Localized<P>, params: Lazy<P>, fix?: LazyFix): void {
    this.push(code, path, 'key', message, params, fix);
  }

  private push<P>(code: DiagnosticCode, path: string, where: Pending['where'], message: Localized<P>, params: Lazy<P>, fix: LazyFix): void {
    this.pending.push({ code, path, where, message: message as Localized<never>, params, fix, start: 0, end: 0 });
  }

  /** True when any diagnostic raised is an error, whether or not the cap keeps it in the list. */
  hasErrors(): boolean {
    return this.pending.some((entry) => severityOf(entry.code) === 'error');
  }

  /**
   * Sorted by position; past 1,000 the rest are summarised by one `too-many-diagnostics`. The 1,000
   * kept are chosen errors first, so a flood of warnings never hides the error that blocks the file.
   */
  finish(): Diagnostic[] {
    for (const entry of this.pending) {
      const range = typeof entry.where === 'object' ? entry.where : this.locate(entry.path, entry.where);
      entry.start = range.start;
      entry.end = range.end;
    }
    // The same finding on the same range (a key read twice through aliases, one rule reached by two
    // paths) is one diagnostic: entries that sort together and say the same thing are merged.
    const sorted = this.pending.sort(comparePending);
    let kept: Pending[] = [];
    for (const entry of sorted) {
      const previous = kept[kept.length - 1];
      if (previous && previous.code === entry.code && previous.start === entry.start && previous.end === entry.end &&
        previous.path === entry.path && this.messageOf(previous) === this.messageOf(entry)) continue;
      kept.push(entry);
    }
    let omitted: Pending[] = [];
    if (kept.length > MAX_DIAGNOSTICS_PER_FILE) {
      const bySeverity = [...kept].sort((a, b) => SEVERITY_RANK[severityOf(a.code)] - SEVERITY_RANK[severityOf(b.code)] || comparePending(a, b));
      kept = bySeverity.slice(0, MAX_DIAGNOSTICS_PER_FILE);
      omitted = bySeverity.slice(MAX_DIAGNOSTICS_PER_FILE).sort(comparePending);
    }
    const diagnostics = kept.sort(comparePending).map((entry) => this.toDiagnostic(entry));
    const first = omitted[0];
    if (first) {
      diagnostics.push(this.toDiagnostic({
        code: 'too-many-diagnostics', path: '', where: first, message: tooManyDiagnostics.messages.tooMany as Localized<never>,
        params: { count: omitted.length }, fix: undefined, start: first.start, end: first.end,
      }));
    }
    return diagnostics;
  }

  private locate(path: string, where: 'value' | 'key'): OffsetRange {
    if (!this.document) return { start: 0, end: 0 };
    return where === 'value' ? valueRangeAt(this.document, path) : keyRangeAt(this.document, path);
  }

  private messageOf(entry: Pending): string {
    if (typeof entry.params === 'function') entry.params = (entry.params as () => unknown)();
    return entry.message[this.lang](capParams(entry.params) as never);
  }

  private toDiagnostic(entry: Pending): Diagnostic {
    const fix = typeof entry.fix === 'function' ? entry.fix() : entry.fix;
    return {
      code: entry.code,
      severity: severityOf(entry.code),
      message: this.messageOf(entry),
      path: entry.path,
      range: this.lines.range(entry.start, entry.end),
      ...(fix ? { fix } : {}),
    };
  }
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** By position (line then column), then severity and code, so the order is total and stable. */
function comparePending(a: Pending, b: Pending): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_RANK[severityOf(a.code)] - SEVERITY_RANK[severityOf(b.code)] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
