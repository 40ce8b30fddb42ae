/**
 * The one pass from text to model: read the YAML (limits, duplicate and unknown keys), check the
 * schema, then references and CX rules, all into one sorted list of located diagnostics; then the
 * entity locations every view links back to.
 */
import type { Document } from 'yaml';
import type { SourceRange } from '../diagnostics/diagnostic';
import { normaliseEngagement, type Engagement } from '../model/engagement';
import { assessmentSchema, engagementFileSchema } from '../model/engagementSchema';
import { EngagementFacts } from '../model/facts';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { assessAndPlan, valueLocator } from '../roadmap/assessAndPlan';
import { checkCxRules } from '../validation/cxRules';
import { DiagnosticSink } from '../validation/diagnosticSink';
import { checkPlan } from '../validation/planRules';
import { checkReferences } from '../validation/referenceRules';
import { reportSchemaIssues } from '../validation/schemaDiagnostics';
import { reportYamlProblems } from '../validation/yamlDiagnostics';
import { collectLocations } from '../yaml/collectLocations';
import { keyGuideOf } from '../yaml/keyGuide';
import { LineIndex } from '../yaml/lineIndex';
import { readYaml } from '../yaml/readYaml';
import type { AnalyseOptions, EngagementAnalysis } from './engagementAnalysis';

const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));

export function analyseEngagement(text: string, options: AnalyseOptions = {}): EngagementAnalysis {
  const lines = new LineIndex(text);
  const reading = readYaml(text, guide);
  const language = options.lang ?? declaredLanguage(reading.value) ?? options.fallbackLang ?? 'en';
  const sink = new DiagnosticSink(language, lines, reading.document);
  reportYamlProblems(reading.problems, sink);

  let engagement: Engagement | undefined;
  let assessed: ReturnType<typeof assessAndPlan> | undefined;
  if (!reading.fatal && reading.document) {
    const parsed = engagementFileSchema.safeParse(reading.value ?? {});
    if (parsed.success) {
      engagement = normaliseEngagement(parsed.data);
      const facts = new EngagementFacts(engagement);
      checkReferences(engagement, sink);
      checkCxRules(facts, sink);
      checkPlan(engagement, facts, sink);
      // maturity & roadmap (issue 4)
      if (!options.validateOnly) assessed = assessAndPlan(engagement, facts, valueLocator(reading.document, lines), language);
    } else {
      reportSchemaIssues(parsed.error.issues, reading.value, sink);
    }
  }

  const diagnostics = sink.finish();
  return {
    language,
    diagnostics,
    ok: !sink.hasErrors(),
    ...(engagement ? { engagement } : {}),
    // Locations serve the views (map, evidence links); `cxm validate` has no use for them.
    locations: reading.document && !options.validateOnly ? entityLocations(reading.document, lines) : {},
    ...assessed,
  };
}

function declaredLanguage(value: unknown): Language | undefined {
  const info = (value as { engagement?: { language?: unknown } } | undefined)?.engagement;
  const language = info && typeof info === 'object' ? info.language : undefined;
  return LANGUAGES.find((candidate) => candidate === language);
}

function entityLocations(document: Document.Parsed, lines: LineIndex): Record<string, SourceRange> {
  const locations: Record<string, SourceRange> = {};
  for (const [path, range] of collectLocations(document)) locations[path] = lines.range(range.start, range.end);
  return locations;
}
