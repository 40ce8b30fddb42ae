/**
 * The maturity and roadmap of an analysis: the ones analyseEngagement computed, or computed here
 * from its engagement (an analysis built before they existed, or by a test).
 */
import type { EngagementAnalysis } from '../analysis/engagementAnalysis';
import { EngagementFacts } from '../model/facts';
import type { Engagement } from '../model/engagement';
import { planRoadmap } from '../roadmap/planRoadmap';
import type { Roadmap } from '../roadmap/roadmap';
import { assessMaturity } from './assessMaturity';
import type { MaturityAssessment } from './maturityAssessment';

export interface AssessedEngagement {
  engagement: Engagement;
  maturity: MaturityAssessment;
  roadmap: Roadmap;
}

/** Undefined when the analysis has no engagement (the schema refused the file). */
export function assessedEngagementOf(analysis: EngagementAnalysis): AssessedEngagement | undefined {
  const { engagement } = analysis;
  if (!engagement) return undefined;
  if (analysis.maturity && analysis.roadmap) return { engagement, maturity: analysis.maturity, roadmap: analysis.roadmap };
  const facts = new EngagementFacts(engagement);
  const locate = (path: string) => analysis.locations[path];
  const maturity = analysis.maturity ?? assessMaturity(engagement, facts, locate, analysis.language);
  const roadmap = analysis.roadmap ?? planRoadmap(engagement, maturity, facts, analysis.language, locate);
  return { engagement, maturity, roadmap };
}
