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
    let kept = this.pending;
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
        code: 'too-many-diagnostics', path: '', where: first, message: messages.tooMany as Localized<never>,
        params: { count: omitted.length }, fix: undefined, start: first.start, end: first.end,
      }));
    }
    return diagnostics;
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
