/** The `update` message for a document: journeys, segments, the chosen journey's map, the errors. */
import type { EngagementAnalysis } from '../../core/analysis/engagementAnalysis';
import { counterpartOf, drawableEngagement, journeyMapModel, mapJourneyIds } from '../../core/journey/journeyMapModel';
import type { Journey } from '../../core/model/engagement';
import type { JourneyChoice, JourneyProblem, UpdateMessage } from '../../protocol/journeyMapProtocol';

/** The banner names at most this many errors: it is a pointer to the Problems panel, not a copy. */
const MAX_BANNER_ERRORS = 20;

export function journeyMapUpdate(uri: string, version: number, analysis: EngagementAnalysis, wantedJourney: string | undefined): UpdateMessage {
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
  const message: UpdateMessage = {
    type: 'update', uri, version, language: analysis.language, journeys, segments, errors,
    partial: analysis.engagement === undefined && engagement !== undefined,
    journeyProblems: journeyProblems(analysis),
  };
  // Errors elsewhere in the file never hide the map: it is drawn from what is valid.
  if (journeyId !== undefined) message.map = journeyMapModel(analysis, journeyId);
  return message;
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

/** The step whose source range holds `offset`, in any drawable journey (the map follows the cursor there). */
export function stepAtOffset(analysis: EngagementAnalysis, offset: number): { journeyId: string; stepKey: string } | null {
  for (const journey of drawableEngagement(analysis)?.journeys ?? []) {
    const range = analysis.locations[`journeys.${journey.index}`];
    if (range && (offset < range.start || offset > range.end)) continue;
    for (const step of journey.steps) {
      const stepRange = analysis.locations[step.path];
      if (stepRange && stepRange.start <= offset && offset <= stepRange.end) return { journeyId: journey.id, stepKey: step.key };
    }
  }
  return null;
}

/** The journey whose source range holds `offset`, if any. */
export function journeyAtOffset(analysis: EngagementAnalysis, offset: number): Journey | undefined {
  return drawableEngagement(analysis)?.journeys.find((journey) => {
    const range = analysis.locations[`journeys.${journey.index}`];
    return range !== undefined && range.start <= offset && offset <= range.end;
  });
}

/** The YAML path of the step with `stepKey`, to reveal it in the editor. */
export function stepPath(analysis: EngagementAnalysis, stepKey: string): string | undefined {
  for (const journey of drawableEngagement(analysis)?.journeys ?? []) {
    for (const step of journey.steps) if (step.key === stepKey) return step.path;
  }
  return undefined;
}
