/**
 * Diagnostics as the contract defines them: a stable code with a fixed severity, a message in the
 * engagement's language, the YAML path at fault and the exact range of the key or value.
 */

/** Every code and its severity; the contract's codes keep their meaning and severity forever. */
export const DIAGNOSTIC_SEVERITIES = {
  'yaml-syntax': 'error',
  'yaml-limit': 'error',
  'yaml-unsupported': 'error',
  'duplicate-key': 'error',
  'schema-type': 'error',
  'schema-enum': 'error',
  'schema-range': 'error',
  'schema-required': 'error',
  'reserved-key': 'error',
  'duplicate-id': 'error',
  'unknown-ref': 'error',
  'unknown-dimension': 'error',
  'shares-over-100': 'error',
  'file-not-found': 'error',
  'file-too-large': 'error',
  'unsupported-version': 'error',
  /** A target ("to-be") journey that names no current journey in `redesigns`. */
  'target-without-current': 'error',
  /** The bytes are not text in an encoding the format accepts (UTF-8, or UTF-16 with a byte-order mark). */
  'file-encoding': 'error',
  /** The analysis itself failed (a worker that died or overran): reported, never a crash. */
  'analysis-failed': 'error',
  /** Initiatives whose `dependsOn` form a cycle: no order can satisfy them. */
  'dependency-cycle': 'error',
  'unknown-key': 'warning',
  'continuity-break': 'warning',
  'critical-without-person': 'warning',
  'digital-expectation-unmet': 'warning',
  'invisible-online': 'warning',
  'stops-at-purchase': 'warning',
  'history-without-recognition': 'warning',
  'visibility-not-digital': 'warning',
  /** `change.stage: maintenance` while some dimension is at level 1 or 2. */
  'relapse-risk': 'warning',
  'segment-without-journey': 'info',
  'channel-unused': 'info',
  'too-many-diagnostics': 'info',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_SEVERITIES;
export type Severity = 'error' | 'warning' | 'info';

/** Offsets are UTF-16 code units into the text; lines and columns are 1-based, the end exclusive. */
export interface SourceRange {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A fix that replaces the diagnostic's range with `replacement` (the "did you mean"). */
export interface DiagnosticFix {
  replacement: string;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Dotted YAML path, e.g. `journeys.0.stages.1.steps.0.channel`; empty for the whole file. */
  path: string;
  range: SourceRange;
  fix?: DiagnosticFix;
}

export const MAX_DIAGNOSTICS_PER_FILE = 1000;

export function severityOf(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_SEVERITIES[code];
}
