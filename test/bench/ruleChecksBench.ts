// The rule checks (src/core/rules, one file per rule) on a parsed 1 MB engagement: the part of the
// analysis the CX rules, references and plan add on each keystroke, all rules and the slowest ones.
import { parseEngagementDocument } from '../../src/core/document/engagementDocument';
import { RULES, runRuleChecks } from '../../src/core/rules/registry';
import { DiagnosticSink } from '../../src/core/validation/diagnosticSink';
import { generateEngagement } from './generateEngagement';
import { measure, ms } from './measure';

export function runRuleChecksBench(): void {
  console.log('\n== Rule checks on a parsed 1 MB engagement (src/core/rules) ==');
  const document = parseEngagementDocument(generateEngagement(1_000_000, 7));
  const facts = document.facts!;
  const sink = () => new DiagnosticSink('en', document.lines, document.reading.document);
  const all = measure(() => runRuleChecks(facts, sink()), { runs: 15 });
  console.log(`all ${RULES.filter((rule) => rule.check).length} checks   ${ms(all.median)} (median of 15, diagnostics not yet worded)`);
  const each = RULES.flatMap((rule) => (rule.check ? [{ code: rule.code, time: measure(() => rule.check!(facts, sink()), { runs: 9 }).median }] : []));
  each.sort((a, b) => b.time - a.time);
  console.log(`slowest: ${each.slice(0, 4).map((r) => `${r.code} ${ms(r.time)}`).join('   ')}`);
}

if (process.argv[1]?.endsWith('ruleChecksBench.js')) runRuleChecksBench();
