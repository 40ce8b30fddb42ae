/**
 * What `assess`, `roadmap` and `journey` make of one analysed file, described as data so the same
 * rendering runs wherever the file was analysed: in this thread, or in the worker thread that
 * analysed it (the HTML reports draw every journey map: rendering them on every core matters).
 */
import { journeyIds, prepareJourneyMapExport, formatAssessmentText, maturityToJson, portfolioRowOf, roadmapToJson, snapshotOf, type EngagementAnalysis, type JourneyExportFormat, type Language, type RoadmapTemplate } from '../../core';
import { renderRoadmap } from '../../core/roadmapTemplates';
import { EXIT_ERRORS, EXIT_USAGE, type ExitCode } from '../cliIo';
import type { ChunkSource } from '../writeOutput';
import { cliMessages } from '../messages';
import { terminalBlock, terminalLine } from '../output/terminalText';
import { officeRenderer } from '../../officeRenderer/lazyOfficeRenderer';

export type DocumentRender =
  | { kind: 'assessment'; json: boolean }
  | { kind: 'roadmap-json' }
  | { kind: 'roadmap'; template: RoadmapTemplate }
  | { kind: 'journey'; journeyId?: string; format: JourneyExportFormat }
  /** A Word report or PowerPoint deck (src/officeRenderer, loaded on first use), with the firm's reference file's bytes. */
  | { kind: 'office'; format: 'docx' | 'pptx'; reference?: Uint8Array }
  /** `cxm portfolio`: the file's one benchmark row (JSON), so a worker sends back a few hundred bytes, never a model. */
  | { kind: 'portfolio-row' };

export type RenderOutcome =
  | { ok: true; text: string; json?: boolean }
  | { ok: true; bytes: Uint8Array }
  /** A large text in pieces (a journey map's SVG or HTML): written piece by piece, never joined. */
  | { ok: true; chunks: ChunkedText }
  /** `exit` 2 for bad usage (an unknown journey), 1 for a failure on this file (a template error). */
  | { ok: false; exit: ExitCode; message: string };

/**
 * Made as it is written where the file was analysed in this thread (a 50 MB map is then never
 * held); held as an array once it crossed from a worker thread, which a function cannot.
 */
export type ChunkedText = readonly string[] | ChunkSource;

/** The chunks held in an array: made now when they are made as written. */
export function heldChunks(chunks: ChunkedText): readonly string[] {
  if (Array.isArray(chunks)) return chunks as readonly string[];
  const held: string[] = [];
  (chunks as ChunkSource).write((chunk) => held.push(chunk));
  return held;
}

/** The outcome as it can be posted from a worker thread. */
export function heldOutcome(outcome: RenderOutcome): RenderOutcome {
  return outcome.ok && 'chunks' in outcome ? { ok: true, chunks: heldChunks(outcome.chunks) } : outcome;
}

export interface RenderContext {
  /** The file's path as printed. */
  path: string;
  /** Several documents go to stdout one after the other (only for commands that allow it). */
  sharedStdout: boolean;
  /** The language of the CLI's own messages. */
  lang: Language;
}

/** Never throws: an unexpected failure is this file's `analysis-failed` outcome. */
export function renderDocument(render: DocumentRender, analysis: EngagementAnalysis, context: RenderContext): RenderOutcome | Promise<RenderOutcome> {
  try {
    if (render.kind === 'office') return renderOffice(render, analysis, context);
    return renderUnsafely(render, analysis, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, exit: EXIT_ERRORS, message: cliMessages(context.lang).internalError(context.path, reason) };
  }
}

async function renderOffice(render: Extract<DocumentRender, { kind: 'office' }>, analysis: EngagementAnalysis, context: RenderContext): Promise<RenderOutcome> {
  try {
    const rendered = await officeRenderer().renderOffice(analysis, render.format, render.reference);
    return rendered.ok ? rendered : { ok: false, exit: EXIT_ERRORS, message: `${context.path}: ${rendered.message}` };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, exit: EXIT_ERRORS, message: cliMessages(context.lang).internalError(context.path, reason) };
  }
}

function renderUnsafely(render: Exclude<DocumentRender, { kind: 'office' }>, analysis: EngagementAnalysis, context: RenderContext): RenderOutcome {
  switch (render.kind) {
    case 'assessment': {
      if (!analysis.maturity) throw new Error('no maturity in the analysis');
      if (render.json) return { ok: true, text: JSON.stringify(maturityToJson(analysis.maturity)) + '\n', json: true };
      const heading = context.sharedStdout ? `== ${terminalLine(context.path)} ==\n` : '';
      return { ok: true, text: heading + terminalBlock(formatAssessmentText(analysis)) + (context.sharedStdout ? '\n' : '') };
    }
    case 'roadmap-json':
      if (!analysis.roadmap) throw new Error('no roadmap in the analysis');
      return { ok: true, text: JSON.stringify(roadmapToJson(analysis.roadmap)) + '\n', json: true };
    case 'roadmap': {
      const rendered = renderRoadmap(analysis, render.template);
      return rendered.ok ? rendered : { ok: false, exit: EXIT_ERRORS, message: rendered.message };
    }
    case 'portfolio-row': {
      const row = portfolioRowOf(snapshotOf(analysis));
      if (!row) throw new Error('no maturity in the analysis');
      return { ok: true, text: JSON.stringify(row) };
    }
    case 'journey': {
      const known = journeyIds(analysis);
      if (render.journeyId !== undefined && !known.includes(render.journeyId)) {
        return { ok: false, exit: EXIT_USAGE, message: cliMessages(context.lang).unknownJourney(context.path, render.journeyId, known.join(', ')) };
      }
      return { ok: true, chunks: prepareJourneyMapExport(analysis, { journeyId: render.journeyId, format: render.format }) };
    }
  }
}
