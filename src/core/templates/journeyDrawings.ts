/** The journey maps a roadmap shows: the shared journey renderer, so they match the webview's map. */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { renderJourneySvg } from '../journey/exportJourneyMap';
import type { Engagement } from '../model/engagement';

export interface TemplateJourney {
  id: string;
  name: string;
  segment: string;
  /** The drawing, a standalone SVG document (escaped, no script). */
  svg: string;
}

export function journeyDrawings(analysis: EngagementAnalysis, engagement: Engagement, draw: boolean): TemplateJourney[] {
  return engagement.journeys.map((j) => ({ id: j.id, name: j.name, segment: j.segment, svg: draw ? renderJourneySvg(analysis, j.id) : '' }));
}
