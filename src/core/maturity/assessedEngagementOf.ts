/**
 * The engagement with the maturity and roadmap analyseEngagement computed for it: the one model, so
 * every document shows the same levels and evidence positions as the editor.
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import type { Engagement } from '../model/engagement';
import type { Roadmap } from '../roadmap/roadmap';
import type { MaturityAssessment } from './maturityAssessment';

export interface AssessedEngagement {
  engagement: Engagement;
  maturity: MaturityAssessment;
  roadmap: Roadmap;
}

/** Undefined when the schema refused the file, or the analysis was made for validation only. */
export function assessedEngagementOf(analysis: EngagementAnalysis): AssessedEngagement | undefined {
  const { engagement, maturity, roadmap } = analysis;
  return engagement && maturity && roadmap ? { engagement, maturity, roadmap } : undefined;
}
