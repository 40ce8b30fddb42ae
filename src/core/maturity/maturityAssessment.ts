/**
 * The maturity of an engagement on the contract's ten dimensions: each level with the evidence it
 * rests on, so a consultant can check every number against the file (docs/scoring.md).
 */
import type { ChannelMaturity, DimensionId } from '../model/vocabulary';

/** A fact behind a level; `line`/`column` (1-based) locate the YAML node, absent for an absence. */
export interface Evidence {
  text: string;
  /** The YAML path the evidence comes from, for views that link back to the file. */
  path?: string;
  line?: number;
  column?: number;
}

export interface DimensionAssessment {
  id: DimensionId;
  level: number;
  source: 'derived' | 'assessed';
  evidence: Evidence[];
  /** What the facts alone give, kept when the consultant's level replaces it. */
  derivedLevel: number;
}

export interface MaturityAssessment {
  overall: { level: number; maturity: ChannelMaturity };
  /** The ten dimensions in the contract's order. */
  dimensions: DimensionAssessment[];
}

/** The `cxm assess --format json` shape, exactly. */
export interface MaturityJson {
  overall: { level: number; maturity: ChannelMaturity };
  dimensions: { id: DimensionId; level: number; source: 'derived' | 'assessed'; evidence: EvidenceJson[] }[];
}

export interface EvidenceJson { text: string; line?: number; column?: number }

export function evidenceToJson(evidence: Evidence): EvidenceJson {
  return evidence.line === undefined ? { text: evidence.text } : { text: evidence.text, line: evidence.line, column: evidence.column! };
}

export function maturityToJson(maturity: MaturityAssessment): MaturityJson {
  return {
    overall: { level: maturity.overall.level, maturity: maturity.overall.maturity },
    dimensions: maturity.dimensions.map((d) => ({
      id: d.id,
      level: d.level,
      source: d.source,
      evidence: d.evidence.map(evidenceToJson),
    })),
  };
}

/** The contract: 1–2 multichannel, 3–4 cross-channel, 5 omnichannel. */
export function channelMaturityOf(channelIntegrationLevel: number): ChannelMaturity {
  if (channelIntegrationLevel >= 5) return 'omnichannel';
  return channelIntegrationLevel >= 3 ? 'cross-channel' : 'multichannel';
}

/** The mean of the levels rounded half up, in integers so 2.5 never becomes 2.4999… */
export function meanRoundedHalfUp(levels: readonly number[]): number {
  const sum = levels.reduce((total, level) => total + level, 0);
  return Math.floor((2 * sum + levels.length) / (2 * levels.length));
}
