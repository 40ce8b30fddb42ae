/**
 * Every rule, one file each under src/core/rules/<family>/, in the order of the rules page. What
 * used to be written in several places is derived from here: the severity table, the checks run on
 * an engagement, SARIF's `tool.driver.rules` (src/cli/output/sarifReport.ts) and docs/rules.md and
 * docs/rules.fr.md (src/core/rules/rulesPage.ts; a unit test fails when the committed pages differ).
 */
import type { EngagementFacts } from '../model/facts';
import type { DiagnosticSink } from '../validation/diagnosticSink';
import type { Rule, RuleCheck, Severity } from './rule';
import { yamlSyntax } from './reading/yamlSyntax';
import { yamlLimit } from './reading/yamlLimit';
import { yamlUnsupported } from './reading/yamlUnsupported';
import { duplicateKey } from './reading/duplicateKey';
import { reservedKey } from './reading/reservedKey';
import { unknownKey } from './reading/unknownKey';
import { unknownDimension } from './reading/unknownDimension';
import { fileNotFound } from './file/fileNotFound';
import { fileTooLarge } from './file/fileTooLarge';
import { fileEncoding } from './file/fileEncoding';
import { fileUnreadable } from './file/fileUnreadable';
import { unsupportedVersion } from './schema/unsupportedVersion';
import { schemaType } from './schema/schemaType';
import { schemaEnum } from './schema/schemaEnum';
import { schemaRange } from './schema/schemaRange';
import { schemaRequired } from './schema/schemaRequired';
import { duplicateId } from './references/duplicateId';
import { unknownRef } from './references/unknownRef';
import { sharesOver100 } from './references/sharesOver100';
import { targetWithoutCurrent } from './references/targetWithoutCurrent';
import { dependencyCycle } from './plan/dependencyCycle';
import { relapseRisk } from './plan/relapseRisk';
import { continuityBreak } from './cx/continuityBreak';
import { criticalWithoutPerson } from './cx/criticalWithoutPerson';
import { digitalExpectationUnmet } from './cx/digitalExpectationUnmet';
import { invisibleOnline } from './cx/invisibleOnline';
import { stopsAtPurchase } from './cx/stopsAtPurchase';
import { historyWithoutRecognition } from './cx/historyWithoutRecognition';
import { visibilityNotDigital } from './cx/visibilityNotDigital';
import { segmentWithoutJourney } from './coverage/segmentWithoutJourney';
import { channelUnused } from './coverage/channelUnused';
import { tooManyDiagnostics } from './summary/tooManyDiagnostics';
import { analysisFailed } from './summary/analysisFailed';

export const RULES = [
  yamlSyntax,
  yamlLimit,
  yamlUnsupported,
  duplicateKey,
  reservedKey,
  unknownKey,
  unknownDimension,
  fileNotFound,
  fileTooLarge,
  fileEncoding,
  fileUnreadable,
  unsupportedVersion,
  schemaType,
  schemaEnum,
  schemaRange,
  schemaRequired,
  duplicateId,
  unknownRef,
  sharesOver100,
  targetWithoutCurrent,
  dependencyCycle,
  relapseRisk,
  continuityBreak,
  criticalWithoutPerson,
  digitalExpectationUnmet,
  invisibleOnline,
  stopsAtPurchase,
  historyWithoutRecognition,
  visibilityNotDigital,
  segmentWithoutJourney,
  channelUnused,
  tooManyDiagnostics,
  analysisFailed,
] as const;

export type RuleCode = (typeof RULES)[number]['code'];

/** Each code's severity; a code keeps its meaning and severity forever (the contract). */
export const DIAGNOSTIC_SEVERITIES: Readonly<Record<RuleCode, Severity>> = Object.freeze(
  Object.fromEntries(RULES.map((rule) => [rule.code, rule.severity])) as Record<RuleCode, Severity>,
);

const BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.code, rule]));

/** The rule of a code, or undefined for a string that names none (a command's argument, a SARIF file). */
export function ruleOf(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

const CHECKS: readonly RuleCheck[] = RULES.flatMap((rule: Rule) => (rule.check ? [rule.check] : []));

/** Every rule that is a check over the facts (references, plan, CX, coverage), once the schema passed. */
export function runRuleChecks(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const check of CHECKS) check(facts, sink);
}
