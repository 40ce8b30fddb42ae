/**
 * Diagnostics as the contract defines them: a stable code with a fixed severity, a message in the
 * engagement's language, the YAML path at fault and the exact range of the key or value.
 */

import type { RuleCode } from '../rules/registry';
import { DIAGNOSTIC_SEVERITIES } from '../rules/registry';
import type { Severity } from '../rules/rule';

// The codes, their severities and their words live in the rule registry (src/core/rules), one file per rule.
export { DIAGNOSTIC_SEVERITIES };
export type { Severity };
export type DiagnosticCode = RuleCode;

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
