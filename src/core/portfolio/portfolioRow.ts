/**
 * What the benchmark keeps of one engagement: one small row, made where the file is analysed (a
 * worker thread in the CLI), so memory grows by one row per file and never by a model.
 */
import { DIMENSIONS, type ChangeStage, type ChannelMaturity, type DigitalIntensity, type Size } from '../model/vocabulary';
import type { EngagementSnapshot } from '../snapshot/engagementSnapshot';

export interface PortfolioRow {
  client: string;
  sector?: string;
  size?: Size;
  stage: ChangeStage;
  date?: string;
  intensity?: DigitalIntensity;
  overall: number;
  maturity: ChannelMaturity;
  /** The ten levels in the contract's dimension order. */
  levels: number[];
  /** The distinct codes of the file's findings (its warnings and infos). */
  findings: string[];
}

/** Undefined when the snapshot has no assessment (its file did not pass the schema). */
export function portfolioRowOf(snapshot: EngagementSnapshot): PortfolioRow | undefined {
  const info = snapshot.engagement;
  if (!info || !snapshot.overall) return undefined;
  const levelById = new Map(snapshot.dimensions.map((d) => [d.id, d.level]));
  const row: PortfolioRow = {
    client: info.client,
    stage: info.stage,
    overall: snapshot.overall.level,
    maturity: snapshot.overall.maturity,
    levels: DIMENSIONS.map((id) => levelById.get(id) ?? 1),
    findings: [...new Set(snapshot.diagnostics.filter((d) => d.severity !== 'error').map((d) => d.code))].sort(),
  };
  if (info.sector !== undefined) row.sector = info.sector;
  if (info.size !== undefined) row.size = info.size;
  if (info.date !== undefined) row.date = info.date;
  if (info.intensity !== undefined) row.intensity = info.intensity;
  return row;
}
