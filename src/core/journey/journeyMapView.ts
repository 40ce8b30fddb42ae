/**
 * What a journey-map panel shows for one analysed version, computed where the analysis is (the
 * analysis worker, answering `journeyMap/view`): the journeys and segments to choose from, the
 * chosen journey's map, the errors for the banner, and where each drawable journey and step lies in
 * the text, so the host follows the cursor and reveals a card's step without the analysis.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import type { Language } from '../model/vocabulary';
import { counterpartOf, drawableEngagement, journeyMapModel, mapJourneyIds, type JourneyMapModel } from './journeyMapModel';

export interface JourneyChoice {
  id: string;
  name: string;
  segmentId: string;
  /** `target` for a redesigned ("to-be") journey. */
  state: 'current' | 'target';
  /** The journey it is compared with: a current journey's target, or the current journey a target redesigns. */
  counterpartId?: string;
}
/** A journey the map cannot draw (it fails the schema) or that has errors: listed, clickable to its line. */
export interface JourneyProblem { name: string; line: number; drawable: boolean }
export interface SegmentChoice { id: string; name: string }
export interface ErrorSummary { code: string; message: string; line: number; column: number }
/**
 * Where every drawable journey, then its steps, lies in the text, in file order. Compact because it
 * crosses from the worker to the host with every version: a 1 MB engagement has thousands of steps,
 * and one typed array clones in a few milliseconds where as many objects take tens. `keys[i]` is a
 * journey's id or a step's key (`journeyId/stage/step`; an id never holds a `/`); `offsets[2i]` and
 * `offsets[2i + 1]` are its start and end (UTF-16 offsets).
 */
export interface JourneyMapSpans { keys: string[]; offsets: Int32Array }
export interface StepSpan { start: number; end: number }

export interface JourneyMapView {
  language: Language;
  journeys: JourneyChoice[];
  segments: SegmentChoice[];
  /** The chosen journey (the wanted one if drawable, else the first); absent when none can be drawn. */
  map?: JourneyMapModel;
  /** True when the file fails the schema and the map shows only the journeys that pass it. */
  partial: boolean;
  errors: ErrorSummary[];
  journeyProblems: JourneyProblem[];
  spans: JourneyMapSpans;
}

/** The banner names at most this many errors: it is a pointer to the Problems panel, not a copy. */
const MAX_BANNER_ERRORS = 20;

export function journeyMapView(analysis: EngagementAnalysis, wantedJourney: string | undefined): JourneyMapView {
  const engagement = drawableEngagement(analysis);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').slice(0, MAX_BANNER_ERRORS)
    .map((d) => ({ code: d.code, message: d.message, line: d.range.line, column: d.range.column }));
  const ids = mapJourneyIds(analysis);
  const journeyId = wantedJourney !== undefined && ids.includes(wantedJourney) ? wantedJourney : ids[0];
  const journeys = ids.map((id): JourneyChoice => {
    const journey = engagement!.journeys.find((candidate) => candidate.id === id)!;
    const counterpart = counterpartOf(engagement!, journey);
    return { id, name: journey.name, segmentId: journey.segment, state: journey.state, ...(counterpart ? { counterpartId: counterpart.id } : {}) };
  });
  const segments = (engagement?.segments ?? []).map((segment) => ({ id: segment.id, name: segment.name }));
  return {
    language: analysis.language,
    journeys,
    segments,
    // Errors elsewhere in the file never hide the map: it is drawn from what is valid.
    ...(journeyId !== undefined ? { map: journeyMapModel(analysis, journeyId) } : {}),
    partial: analysis.engagement === undefined && engagement !== undefined,
    errors,
    journeyProblems: journeyProblems(analysis),
    spans: spansOf(analysis),
  };
}

/** Journeys that fail their schema (not drawn) and drawn journeys with errors, at their first error's line. */
function journeyProblems(analysis: EngagementAnalysis): JourneyProblem[] {
  const problems: JourneyProblem[] = [];
  const lineOf = (index: number): number => {
    const first = analysis.diagnostics.find((d) => d.severity === 'error' && (d.path === `journeys.${index}` || d.path.startsWith(`journeys.${index}.`)));
    return first?.range.line ?? analysis.locations[`journeys.${index}`]?.line ?? 1;
  };
  for (const invalid of analysis.partial?.invalidJourneys ?? []) {
    problems.push({ name: invalid.name ?? invalid.id ?? `#${invalid.index + 1}`, line: lineOf(invalid.index), drawable: false });
  }
  for (const journey of drawableEngagement(analysis)?.journeys ?? []) {
    const prefix = `journeys.${journey.index}`;
    if (analysis.diagnostics.some((d) => d.severity === 'error' && (d.path === prefix || d.path.startsWith(`${prefix}.`)))) {
      problems.push({ name: journey.name, line: lineOf(journey.index), drawable: true });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

function spansOf(analysis: EngagementAnalysis): JourneyMapSpans {
  const keys: string[] = [];
  const offsets: number[] = [];
  const add = (key: string, range: { start: number; end: number } | undefined) => {
    if (!range) return;
    keys.push(key);
    offsets.push(range.start, range.end);
  };
  for (const journey of drawableEngagement(analysis)?.journeys ?? []) {
    add(journey.id, analysis.locations[`journeys.${journey.index}`]);
    for (const step of journey.steps) add(step.key, analysis.locations[step.path]);
  }
  return { keys, offsets: Int32Array.from(offsets) };
}

/** The step whose text holds `offset`, else the journey whose text holds it (the map follows the cursor there). */
export function spanAtOffset(view: Pick<JourneyMapView, 'spans'>, offset: number): { journeyId: string; stepKey?: string } | undefined {
  const { keys, offsets } = view.spans;
  let journey: string | undefined;
  for (let i = 0; i < keys.length; i++) {
    if (offsets[2 * i]! > offset || offset > offsets[2 * i + 1]!) continue;
    const key = keys[i]!;
    const slash = key.indexOf('/');
    if (slash >= 0) return { journeyId: key.slice(0, slash), stepKey: key };
    journey ??= key;
  }
  return journey === undefined ? undefined : { journeyId: journey };
}

/** Where the step with `stepKey` lies, to reveal it in the editor. */
export function stepSpan(view: Pick<JourneyMapView, 'spans'>, stepKey: string): StepSpan | undefined {
  const index = view.spans.keys.indexOf(stepKey);
  return index < 0 || !stepKey.includes('/') ? undefined : { start: view.spans.offsets[2 * index]!, end: view.spans.offsets[2 * index + 1]! };
}
