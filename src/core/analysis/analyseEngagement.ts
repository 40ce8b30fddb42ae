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
import { salvageEngagement, type SalvagedEngagement } from '../journey/salvageEngagement';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { assessAndPlan, valueLocator } from '../roadmap/assessAndPlan';
import { checkCxRules } from '../validation/cxRules';
import { DiagnosticSink } from '../validation/diagnosticSink';
import { checkReferences } from '../validation/referenceRules';
import { reportSchemaIssues } from '../validation/schemaDiagnostics';
import { reportYamlProblems } from '../validation/yamlDiagnostics';
import { collectLocations } from '../yaml/collectLocations';
import { keyGuideOf } from '../yaml/keyGuide';
import { LineIndex } from '../yaml/lineIndex';
import { hasLoneCarriageReturn } from '../yaml/preScan';
import { readYaml } from '../yaml/readYaml';
import type { AnalyseOptions, EngagementAnalysis } from './engagementAnalysis';

const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));

export function analyseEngagement(source: string, options: AnalyseOptions = {}): EngagementAnalysis {
  // CR, LF and CRLF are all line breaks (YAML 1.2, and VS Code): a lone CR becomes LF, one unit for
  // one, so every offset and column stays the same while the parser and the line index see lines.
  const text = hasLoneCarriageReturn(source) ? source.replace(/\r(?!\n)/g, '\n') : source;
  const lines = new LineIndex(text);
  const reading = readYaml(text, guide, options.byteLength !== undefined ? { byteLength: options.byteLength } : {});
  const language = options.lang ?? declaredLanguage(reading.value) ?? languageInText(reading.value, text) ?? options.fallbackLang ?? 'en';
  const sink = new DiagnosticSink(language, lines, reading.document);
  reportYamlProblems(reading.problems, sink);

  let engagement: Engagement | undefined;
  let partial: SalvagedEngagement | undefined;
  let assessed: ReturnType<typeof assessAndPlan> | undefined;
  if (!reading.fatal && reading.document) {
    const parsed = engagementFileSchema.safeParse(reading.value ?? {});
    if (parsed.success) {
      engagement = normaliseEngagement(parsed.data);
      const facts = new EngagementFacts(engagement);
      checkReferences(engagement, sink);
      checkCxRules(facts, sink);
      // maturity & roadmap (issue 4)
      if (!options.validateOnly) assessed = assessAndPlan(engagement, facts, valueLocator(reading.document, lines), language);
    } else {
      reportSchemaIssues(parsed.error.issues, reading.value, sink);
      // The map still draws the valid journeys (not `cxm validate`, which wants diagnostics only).
      if (!options.validateOnly) partial = salvageEngagement(reading.value);
    }
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

function declaredLanguage(value: unknown): Language | undefined {
  const info = (value as { engagement?: { language?: unknown } } | undefined)?.engagement;
  const language = info && typeof info === 'object' ? info.language : undefined;
  return LANGUAGES.find((candidate) => candidate === language);
}

/**
 * While a syntax error leaves no value to read, the file's own `language:` line (indented under
 * `engagement:`) still says which language its consultant reads: messages keep to it.
 */
function languageInText(value: unknown, text: string): Language | undefined {
  if (value !== undefined) return undefined;
  // A linear scan of the first lines, never a backtracking pattern over a hostile file.
  let inEngagement = false;
  for (const line of text.slice(0, 20_000).split('\n')) {
    if (/^engagement:[ \t]*(?:#.*)?\r?$/.test(line)) {
      inEngagement = true;
    } else if (inEngagement) {
      if (/^[^\s#]/.test(line)) return undefined;
      const match = /^[ \t]+language:[ \t]*["']?(en|fr)["']?[ \t]*(?:#.*)?\r?$/.exec(line);
      if (match) return match[1] as Language;
    }
  }
  return undefined;
}

function entityLocations(document: Document.Parsed, lines: LineIndex): Record<string, SourceRange> {
  const locations: Record<string, SourceRange> = {};
  for (const [path, range] of collectLocations(document)) locations[path] = lines.range(range.start, range.end);
  return locations;
}
