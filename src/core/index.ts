/**
 * The core's public entry point: every host (the extension host and its analysis worker, `cxm`, `cxm lsp`,
 * the webview, src/node and src/protocol) imports the core from here and nowhere else
 * (test/unit/architecture/imports.test.ts). A list of exports, no logic.
 *
 * The two renderers loaded on demand have their own entries, so that no bundle loaded at activation
 * ever reaches them: ./roadmapTemplates (Handlebars, dist/roadmapRenderer.js) and ./officeWriters (docx,
 * pptxgenjs: dist/officeRenderer.js). Their types are exported here too (types cost no bytes).
 *
 * Bundles stay as small as before: src/core is declared free of side effects (package.json `sideEffects`),
 * so esbuild drops every module behind this file that a bundle does not use (the extension host's bundle
 * holds neither the YAML parser nor zod; the webview's holds only the drawing).
 */

// The model: closed vocabularies, the normalised engagement, diagnostics.
export {
  LANGUAGES, CHANGE_STAGES,
  type Language, type ChangeStage, type ChannelMaturity, type ChannelType, type DimensionId, type Horizon, type Effort, type Size,
} from './model/vocabulary';
export type { Engagement, Channel, Segment, Journey, Stage, Step, Initiative } from './model/engagement';
export { DIAGNOSTIC_SEVERITIES, type Diagnostic, type DiagnosticCode, type Severity, type SourceRange } from './diagnostics/diagnostic';
export { capQuoted } from './validation/diagnosticSink';

// The rules: the registry (codes, severities, texts, SARIF summaries, pages) and the host-side ones.
export { RULES, ruleOf, type RuleCode } from './rules/registry';
export type { Rule, RuleFamily } from './rules/rule';
export { analysisFailed } from './rules/summary/analysisFailed';
export { RULE_LINK_TEXTS, RULES_PAGE } from './rules/ruleLinkTexts';
export { localize, textsIn, type Localized } from './i18n/localized';

// The one model: the analysis of a text, and the diagnostics about a file that could not be read.
export { analyseEngagement, analyseDocument } from './analysis/analyseEngagement';
export type { AnalyseOptions, EngagementAnalysis } from './analysis/engagementAnalysis';
export { fileDiagnostic, MAX_FILE_BYTES } from './analysis/fileDiagnostics';

// The language service (the parsed document and one entry per feature).
export * from './languageService';
export type { Entity } from './document/symbolIndex';
export type { LineIndex } from './yaml/lineIndex';

// Maturity and roadmap as data and text.
export { maturityToJson } from './maturity/maturityAssessment';
export { formatAssessmentText } from './maturity/formatAssessmentText';
export { formatMaturityMarkdown } from './maturity/formatMaturityMarkdown';
export { roadmapToJson } from './roadmap/roadmap';
export type { RoadmapTemplate, RenderResult } from './templates/renderRoadmap';
export type { OfficeFormat, OfficeRenderResult } from './office/renderOfficeRoadmap';

// The journey map: its view model (what a panel asks for), the drawing and the exports.
export type { JourneyMapModel } from './journey/journeyMapModel';
export { journeyMapView, spanAtOffset, stepSpan, type JourneyMapView, type JourneyChoice, type JourneyProblem, type SegmentChoice, type ErrorSummary, type StepSpan, type JourneyMapSpans } from './journey/journeyMapView';
export { journeyMapLabels } from './journey/journeyMapLabels';
export { LAYOUT, layoutJourneyMap } from './journey/journeyMapLayout';
export { renderJourneyMap } from './journey/renderJourneyMap';
export { JOURNEY_MAP_CSS } from './journey/journeyMapStyle';
export { escapeAttribute, escapeText, isSafeAttributeName, toMarkup, type VNode } from './journey/virtualTree';
export { exportJourneyChoices, exportJourneyMap, exportJourneyMapChunks, journeyIds, prepareJourneyMapExport, type ExportJourneyChoice, type JourneyExportFormat, type JourneyMapExport } from './journey/exportJourneyMap';

// Snapshots, comparison and portfolio.
export { snapshotOf, type EngagementSnapshot } from './snapshot/engagementSnapshot';
export { compareSnapshots, comparisonToJson, type Comparison } from './compare/compareSnapshots';
export { comparisonHtml, pageHead } from './compare/comparisonHtml';
export { formatComparisonMarkdown, formatComparisonText } from './compare/formatComparison';
export { portfolioRowOf, type PortfolioRow } from './portfolio/portfolioRow';
export { PortfolioBuilder, type PortfolioReport } from './portfolio/portfolioReport';
export { formatPortfolioMarkdown, formatPortfolioText, portfolioHtml } from './portfolio/formatPortfolio';

// A new engagement's skeleton (first use).
export { engagementSkeleton, skeletonFileName } from './skeleton/newEngagement';
