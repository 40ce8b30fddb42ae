/**
 * What a rule is: one record per diagnostic code, in one file of its family's folder, holding all
 * that is known of it (code, severity, family, messages in every language, the SARIF summary, the
 * check where the rule is a check over the facts, and its documentation page). The registry lists
 * them; the severity table, SARIF's rules and docs/rules*.md are derived from it.
 */
import type { Localized } from '../i18n/localized';
import type { Language } from '../model/vocabulary';
import type { EngagementFacts } from '../model/facts';
import type { DiagnosticSink } from '../validation/diagnosticSink';

export type Severity = 'error' | 'warning' | 'info';

/** The families, in the order the rules page lists them. */
export const RULE_FAMILIES = ['reading', 'file', 'schema', 'references', 'plan', 'cx', 'coverage', 'summary'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** A rule's messages: one `Localized` entry per way it words a finding. */
export type RuleMessages = Record<string, Localized<never>>;

/**
 * A check over the facts of an engagement the schema accepted. It raises only its own code; the sink
 * sorts by position and code, so the order the checks run in never changes the output.
 */
export type RuleCheck = (facts: EngagementFacts, sink: DiagnosticSink) => void;

export interface Rule<C extends string = string, M extends RuleMessages = RuleMessages> {
  readonly code: C;
  readonly severity: Severity;
  readonly family: RuleFamily;
  /** One line in English: SARIF's `shortDescription` (code scanning's alert title). */
  readonly summary: string;
  /** Empty for the rules whose message comes from the host (an operating-system error, a worker that died). */
  readonly messages: M;
  /** Absent for the rules the reader, the schema or a host raise by this record. */
  readonly check?: RuleCheck;
  /** The body of the rule's section in docs/rules.md and docs/rules.fr.md (Markdown, below its `## code`). */
  readonly page: Readonly<Record<Language, string>>;
}

/** Keeps the code's literal type, so `DiagnosticCode` is the union of the registry's codes. */
export function defineRule<const C extends string, M extends RuleMessages>(rule: Rule<C, M>): Rule<C, M> {
  return rule;
}
