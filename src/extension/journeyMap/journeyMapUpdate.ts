/** The `update` message for a document: journeys, segments, the chosen journey's map, the errors. */
import type { EngagementAnalysis } from '../../core/analysis/engagementAnalysis';
import { journeyMapModel, mapJourneyIds } from '../../core/journey/journeyMapModel';
import type { UpdateMessage } from '../../protocol/journeyMapProtocol';

/** The banner names at most this many errors: it is a pointer to the Problems panel, not a copy. */
const MAX_BANNER_ERRORS = 20;

export function journeyMapUpdate(uri: string, version: number, analysis: EngagementAnalysis, wantedJourney: string | undefined): UpdateMessage {
  const engagement = analysis.engagement;
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').slice(0, MAX_BANNER_ERRORS)
    .map((d) => ({ code: d.code, message: d.message, line: d.range.line, column: d.range.column }));
  const ids = mapJourneyIds(analysis);
  const journeyId = wantedJourney !== undefined && ids.includes(wantedJourney) ? wantedJourney : ids[0];
  const journeys = ids.map((id) => {
    const journey = engagement!.journeys.find((candidate) => candidate.id === id)!;
    return { id, name: journey.name, segmentId: journey.segment };
  });
  const segments = (engagement?.segments ?? []).map((segment) => ({ id: segment.id, name: segment.name }));
  const message: UpdateMessage = { type: 'update', uri, version, language: analysis.language, journeys, segments, errors };
  // While the file has errors the webview keeps its last good map: no map is sent.
  if (analysis.ok && journeyId !== undefined) message.map = journeyMapModel(analysis, journeyId);
  return message;
}

/** The step whose source range holds `offset`, among the drawn journey's steps. */
export function stepAtOffset(analysis: EngagementAnalysis, journeyId: string, offset: number): string | null {
  const journey = analysis.engagement?.journeys.find((candidate) => candidate.id === journeyId);
  if (!journey) return null;
  for (const step of journey.steps) {
    const range = analysis.locations[step.path];
    if (range && range.start <= offset && offset <= range.end) return step.key;
  }
  return null;
}

/** The YAML path of the step with `stepKey`, to reveal it in the editor. */
export function stepPath(analysis: EngagementAnalysis, stepKey: string): string | undefined {
  for (const journey of analysis.engagement?.journeys ?? []) {
    for (const step of journey.steps) if (step.key === stepKey) return step.path;
  }
  return undefined;
}
