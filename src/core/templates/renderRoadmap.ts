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
import { buildRoadmapDocument, type RoadmapDocumentWithDrawings } from '../roadmapDocument/buildRoadmapDocument';
import { renderJourneySvg } from '../journey/exportJourneyMap';
import { journeyDrawings, type TemplateJourney } from './journeyDrawings';
import { builtinTemplate, customTemplate, isMarkdownTemplate } from './roadmapTemplates';
import { localize, type Catalogue, type None } from '../i18n/localized';

const RENDER_TEXTS = {
  noSchema: {
    en: (_: None) => 'The file does not pass the schema: no roadmap can be generated.',
    fr: (_: None) => "Le fichier ne passe pas le schéma : aucune feuille de route n'est possible.",
  },
  templateError: { en: ({ name }: { name: string }) => `Error in template ${name}`, fr: ({ name }: { name: string }) => `Erreur dans le modèle ${name}` },
} satisfies Catalogue;

export type RoadmapTemplate = { kind: 'builtin'; name: 'markdown' | 'html' } | { kind: 'custom'; name: string; source: string };
export type RenderResult = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number };

/** What every template receives (docs/templates.md). */
export interface RoadmapTemplateContext {
  engagement: Engagement;
  assessment: MaturityJson;
  roadmap: RoadmapJson;
  journeys: TemplateJourney[];
  lang: Language;
  /** The document as the built-ins show it: the view model of src/core/roadmapDocument (docs/templates.md). */
  document: RoadmapDocumentWithDrawings;
}

export function renderRoadmap(analysis: EngagementAnalysis, template: RoadmapTemplate): RenderResult {
  const lang = analysis.language;
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) {
    return { ok: false, message: localize(RENDER_TEXTS.noSchema, lang) };
  }
  // Markdown shows no drawing: do not pay for one.
  const markdown = template.kind === 'builtin' ? template.name === 'markdown' : isMarkdownTemplate(template.name);
  const builtin = template.kind === 'builtin';
  try {
    // The built-ins draw only the maps the document shows (the most painful journeys); a custom
    // template gets every journey's map in `journeys`, as before.
    const drawings = new Map<string, string>();
    const draw = (id: string) => {
      let svg = drawings.get(id);
      if (svg === undefined) { svg = renderJourneySvg(analysis, id); drawings.set(id, svg); }
      return svg;
    };
    const document = buildRoadmapDocument(analysis, lang, markdown ? {} : { drawJourney: draw })!;
    const context: RoadmapTemplateContext = {
      engagement: assessed.engagement,
      assessment: maturityToJson(assessed.maturity),
      roadmap: roadmapToJson(assessed.roadmap),
      journeys: builtin ? journeyDrawings(analysis, assessed.engagement, false) : journeyDrawings(analysis, assessed.engagement, !markdown),
      lang,
      document,
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
  const prefix = localize(RENDER_TEXTS.templateError, lang, { name });
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
