/**
 * Renders the roadmap document of an analysis with a built-in or custom Handlebars template.
 * Template mistakes (syntax, a missing field under strict mode) come back as a result with the
 * template's own line and column, never as an exception.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { maturityToJson, type MaturityJson } from '../maturity/maturityAssessment';
import { assessedEngagementOf } from '../maturity/assessedEngagementOf';
import type { Engagement } from '../model/engagement';
import type { Language } from '../model/vocabulary';
import { roadmapToJson, type RoadmapJson } from '../roadmap/roadmap';
import { journeyDrawings, type TemplateJourney } from './journeyDrawings';
import { builtinTemplate, customTemplate } from './roadmapTemplates';

export type RoadmapTemplate = { kind: 'builtin'; name: 'markdown' | 'html' } | { kind: 'custom'; name: string; source: string };
export type RenderResult = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number };

/** What every template receives (docs/templates.md). */
export interface RoadmapTemplateContext {
  engagement: Engagement;
  assessment: MaturityJson;
  roadmap: RoadmapJson;
  journeys: TemplateJourney[];
  lang: Language;
}

export function renderRoadmap(analysis: EngagementAnalysis, template: RoadmapTemplate): RenderResult {
  const lang = analysis.language;
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) {
    return { ok: false, message: lang === 'fr' ? "Le fichier ne passe pas le schéma : aucune feuille de route n'est possible." : 'The file does not pass the schema: no roadmap can be generated.' };
  }
  // The Markdown built-in shows no drawing: do not pay for one.
  const drawJourneys = !(template.kind === 'builtin' && template.name === 'markdown');
  try {
    const context: RoadmapTemplateContext = {
      engagement: assessed.engagement,
      assessment: maturityToJson(assessed.maturity),
      roadmap: roadmapToJson(assessed.roadmap),
      journeys: journeyDrawings(analysis, assessed.engagement, drawJourneys),
      lang,
    };
    const render = template.kind === 'builtin' ? builtinTemplate(template.name) : customTemplate(template.name, template.source);
    return { ok: true, text: render(context) };
  } catch (error) {
    return templateError(error, template.name, lang);
  }
}

/** Handlebars reports lines 1-based and columns 0-based; we report both 1-based, as editors do. */
function templateError(error: unknown, name: string, lang: Language): RenderResult {
  const { message, lineNumber, column } = (error ?? {}) as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  const line = typeof lineNumber === 'number' ? lineNumber : lineFromParseError(text);
  const prefix = lang === 'fr' ? `Erreur dans le modèle ${name}` : `Error in template ${name}`;
  return {
    ok: false,
    message: `${prefix}${line === undefined ? '' : `:${line}${typeof column === 'number' ? `:${column + 1}` : ''}`}: ${text}`,
    ...(line === undefined ? {} : { line }),
    ...(line !== undefined && typeof column === 'number' ? { column: column + 1 } : {}),
  };
}

function lineFromParseError(message: string): number | undefined {
  const match = /on line (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}
