/**
 * Collects diagnostics during one validation pass. Raising one is cheap: the range is located and
 * the message worded only at the end, and only for the 1,000 diagnostics a file keeps (a hostile or
 * huge file can raise far more). The contract's order and cap are applied there.
 */
import type { Document } from 'yaml';
import {
  MAX_DIAGNOSTICS_PER_FILE, severityOf,
  type Diagnostic, type DiagnosticCode, type DiagnosticFix,
} from '../diagnostics/diagnostic';
import type { Localized } from '../i18n/localized';
import { messages } from '../i18n/validationMessages';
import type { Language } from '../model/vocabulary';
import type { LineIndex } from '../yaml/lineIndex';
import { keyRangeAt, valueRangeAt, type OffsetRange } from '../yaml/locatePath';

interface Pending {
  code: DiagnosticCode;
  path: string;
  where: OffsetRange | 'value' | 'key';
  message: Localized<never>;
  params: unknown;
  fix: DiagnosticFix | undefined;
  start: number;
  end: number;
}

export class DiagnosticSink {
  private readonly pending: Pending[] = [];

  constructor(
    readonly lang: Language,
    private readonly lines: LineIndex,
    private readonly document?: Document.Parsed,
  ) {}

  /** At an explicit range (offsets into the text). */
  at<P>(code: DiagnosticCode, path: string, range: OffsetRange, message: Localized<P>, params: P, fix?: DiagnosticFix): void {
    this.push(code, path, range, message, params, fix);
  }

  /** On the value at `path` (a missing key: its parent's key). */
  atValue<P>(code: DiagnosticCode, path: string, message: Localized<P>, params: P, fix?: DiagnosticFix): void {
    this.push(code, path, 'value', message, params, fix);
  }

  /** On the key at `path` (a missing key: its parent's key). */
  atKey<P>(code: DiagnosticCode, path: string, message: Localized<P>, params: P, fix?: DiagnosticFix): void {
    this.push(code, path, 'key', message, params, fix);
  }

  private push<P>(code: DiagnosticCode, path: string, where: Pending['where'], message: Localized<P>, params: P, fix: DiagnosticFix | undefined): void {
    this.pending.push({ code, path, where, message: message as Localized<never>, params, fix, start: 0, end: 0 });
  }

  /** Sorted by position, and past 1,000 the rest summarised by one `too-many-diagnostics`. */
  finish(): Diagnostic[] {
    for (const entry of this.pending) {
      const range = typeof entry.where === 'object' ? entry.where : this.locate(entry.path, entry.where);
      entry.start = range.start;
      entry.end = range.end;
    }
    const sorted = this.pending.sort(comparePending);
    const kept = sorted.slice(0, MAX_DIAGNOSTICS_PER_FILE).map((entry) => this.toDiagnostic(entry));
    if (sorted.length > MAX_DIAGNOSTICS_PER_FILE) {
      const first = sorted[MAX_DIAGNOSTICS_PER_FILE]!;
      kept.push(this.toDiagnostic({
        code: 'too-many-diagnostics', path: '', where: first, message: messages.tooMany as Localized<never>,
        params: { count: sorted.length - MAX_DIAGNOSTICS_PER_FILE }, fix: undefined, start: first.start, end: first.end,
      }));
    }
    return kept;
  }

  private locate(path: string, where: 'value' | 'key'): OffsetRange {
    if (!this.document) return { start: 0, end: 0 };
    return where === 'value' ? valueRangeAt(this.document, path) : keyRangeAt(this.document, path);
  }

  private toDiagnostic(entry: Pending): Diagnostic {
    return {
      code: entry.code,
      severity: severityOf(entry.code),
      message: entry.message[this.lang](entry.params as never),
      path: entry.path,
      range: this.lines.range(entry.start, entry.end),
      ...(entry.fix ? { fix: entry.fix } : {}),
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
