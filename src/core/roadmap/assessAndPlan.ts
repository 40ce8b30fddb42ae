/**
 * The maturity and the roadmap of a valid engagement, with evidence located at the YAML node it
 * comes from: what analyseEngagement adds to the one model once the schema accepted the file.
 */
import type { Document } from 'yaml';
import { assessMaturity } from '../maturity/assessMaturity';
import type { MaturityAssessment } from '../maturity/maturityAssessment';
import type { Locate } from '../maturity/scoringContext';
import type { Engagement } from '../model/engagement';
import type { EngagementFacts } from '../model/facts';
import type { Language } from '../model/vocabulary';
import { findPath } from '../yaml/locatePath';
import type { LineIndex } from '../yaml/lineIndex';
import { planRoadmap } from './planRoadmap';
import type { Roadmap } from './roadmap';

export function assessAndPlan(
  engagement: Engagement, facts: EngagementFacts, locate: Locate, lang: Language,
): { maturity: MaturityAssessment; roadmap: Roadmap } {
  const maturity = assessMaturity(engagement, facts, locate, lang);
  return { maturity, roadmap: planRoadmap(engagement, maturity, facts, lang, locate) };
}

/** The range of the value at `path`, undefined when the file does not have it (an absence). */
export function valueLocator(document: Document.Parsed, lines: LineIndex): Locate {
  return (path) => {
    const target = findPath(document, path);
    return target.complete && target.value ? lines.range(target.value.start, target.value.end) : undefined;
  };
}
