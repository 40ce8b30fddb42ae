/**
 * The maturity engine: the ten dimensions derived from the file's facts, each replaced by the
 * consultant's own `assessment.<dimension>` when given; the overall level and channel maturity.
 */
import type { Engagement } from '../model/engagement';
import type { EngagementFacts } from '../model/facts';
import { DIMENSIONS, type DimensionId, type Language } from '../model/vocabulary';
import {
  scoreChannelIntegration, scoreDigitalJourney, scoreHumanTouch, scoreLifecycle, scoreMobile, scoreVisibility,
} from './customerFacingScores';
import { channelMaturityOf, meanRoundedHalfUp, type DimensionAssessment, type MaturityAssessment } from './maturityAssessment';
import { scoreCommunity, scoreDataTrust, scoreEmployeeTools, scoreOrganisation } from './organisationScores';
import { ScoringContext, type DimensionResult, type Locate } from './scoringContext';

const SCORERS: Record<DimensionId, (ctx: ScoringContext) => DimensionResult> = {
  visibility: scoreVisibility,
  'digital-journey': scoreDigitalJourney,
  'channel-integration': scoreChannelIntegration,
  'human-touch': scoreHumanTouch,
  lifecycle: scoreLifecycle,
  mobile: scoreMobile,
  'data-trust': scoreDataTrust,
  community: scoreCommunity,
  'employee-tools': scoreEmployeeTools,
  organisation: scoreOrganisation,
};

export function assessMaturity(engagement: Engagement, facts: EngagementFacts, locate: Locate, lang: Language): MaturityAssessment {
  const ctx = new ScoringContext(engagement, facts, locate, lang);
  const dimensions = DIMENSIONS.map((id): DimensionAssessment => {
    const derived = SCORERS[id](ctx);
    const override = engagement.assessment[id];
    if (!override) return { id, level: derived.level, source: 'derived', evidence: derived.evidence, derivedLevel: derived.level };
    // The contract: an assessed dimension's evidence is its rationale, and nothing else.
    const evidence = override.rationale?.trim() ? [ctx.cite(override.rationale, `assessment.${id}.rationale`)] : [];
    return { id, level: override.level, source: 'assessed', evidence, derivedLevel: derived.level };
  });
  const integration = dimensions.find((d) => d.id === 'channel-integration')!;
  // Never more than one above channel integration: the number must not contradict the label.
  const level = Math.min(meanRoundedHalfUp(dimensions.map((d) => d.level)), integration.level + 1);
  return {
    overall: { level, maturity: channelMaturityOf(integration.level) },
    dimensions,
  };
}
