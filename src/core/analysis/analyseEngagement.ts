/**
 * The one pass from text to model: read the YAML (limits, duplicate and unknown keys), check the
 * schema, then references and CX rules, all into one sorted list of located diagnostics; then the
 * entity locations every view links back to.
 */
import type { Document } from 'yaml';
import type { SourceRange } from '../diagnostics/diagnostic';
import { parseEngagementDocument, type EngagementDocument } from '../document/engagementDocument';
import { salvageEngagement, type SalvagedEngagement } from '../journey/salvageEngagement';
import { assessAndPlan, valueLocator } from '../roadmap/assessAndPlan';
import { DiagnosticSink } from '../validation/diagnosticSink';
import { runRuleChecks } from '../rules/registry';
import { reportSchemaIssues } from '../validation/schemaDiagnostics';
import { reportYamlProblems } from '../validation/yamlDiagnostics';
import { collectLocations } from '../yaml/collectLocations';
import type { LineIndex } from '../yaml/lineIndex';
import type { AnalyseOptions, EngagementAnalysis } from './engagementAnalysis';

export function analyseEngagement(text: string, options: AnalyseOptions = {}): EngagementAnalysis {
  // Diagnostics only: the lean reading keeps a compact locator instead of the YAML tree (a tenth of
  // the memory on a 10 MB file, see docs/architecture.md), with the same diagnostics.
  const parse = { ...(options.byteLength !== undefined ? { byteLength: options.byteLength } : {}), ...(options.validateOnly ? { lean: true } : {}) };
  return analyseDocument(parseEngagementDocument(text, parse), options);
}

/** The model of a document already parsed (the language service and the analysis share one parse). */
export function analyseDocument(document: EngagementDocument, options: AnalyseOptions = {}): EngagementAnalysis {
  if (document.released) throw new Error('analyseDocument: the document has released its YAML tree; analyse it before release()');
  const { lines, reading, engagement, facts } = document;
  const language = options.lang ?? document.declaredLanguage ?? options.fallbackLang ?? 'en';
  if (!reading.document && reading.locator && !options.validateOnly) throw new Error('analyseDocument: a lean document serves validateOnly analyses only');
  const sink = new DiagnosticSink(language, lines, reading.document ?? reading.locator);
  reportYamlProblems(reading.problems, sink);

  let partial: SalvagedEngagement | undefined;
  let assessed: ReturnType<typeof assessAndPlan> | undefined;
  if (engagement && facts) {
    runRuleChecks(facts, sink);
    // maturity & roadmap (issue 4)
    if (!options.validateOnly) assessed = assessAndPlan(engagement, facts, valueLocator(reading.document!, lines), language);
  } else if (document.schemaIssues) {
    reportSchemaIssues(document.schemaIssues, reading.value, sink);
    // The map still draws the valid journeys (not `cxm validate`, which wants diagnostics only).
    if (!options.validateOnly) partial = salvageEngagement(reading.value);
  }

  const diagnostics = sink.finish();
  return {
    language,
    diagnostics,
    ok: !sink.hasErrors(),
    ...(engagement ? { engagement } : {}),
    ...(partial ? { partial } : {}),
    // Locations serve the views (map, evidence links); `cxm validate` has no use for them.
    locations: reading.document && !options.validateOnly ? entityLocations(reading.document, lines) : {},
    ...assessed,
  };
}

function entityLocations(document: Document.Parsed, lines: LineIndex): Record<string, SourceRange> {
  const locations: Record<string, SourceRange> = {};
  for (const [path, range] of collectLocations(document)) locations[path] = lines.range(range.start, range.end);
  return locations;
}
