/**
 * The firm's benchmark across engagements, built one row at a time (the rows arrive as the files
 * are analysed; nothing else of a file is kept), then summarised: distributions per dimension,
 * overall maturity and change stages, groups, the most common findings, and one line per engagement
 * with its percentile on each dimension. Redaction happens here, once, for every format: a client
 * becomes `client-001`… by its place in the sorted input list, and no free text leaves this module.
 */
import {
  CHANGE_STAGES, CHANNEL_MATURITIES, DIGITAL_INTENSITIES, DIMENSIONS, SIZES,
  type ChangeStage, type ChannelMaturity, type DimensionId,
} from '../model/vocabulary';
import type { PortfolioRow } from './portfolioRow';
import { distributionOf, percentileRanks, type Distribution } from './statistics';

export const PORTFOLIO_GROUP_KEYS = ['sector', 'size', 'stage', 'intensity'] as const;
export type PortfolioGroupKey = (typeof PORTFOLIO_GROUP_KEYS)[number];

export interface DimensionDistribution extends Distribution { id: DimensionId }

export interface PortfolioEngagement {
  ref: string;
  client: string;
  sector: string | null;
  size: string | null;
  stage: ChangeStage;
  date: string | null;
  overall: number;
  levels: Record<DimensionId, number>;
  percentiles: Record<DimensionId, number>;
}

/** The contract's `cxm portfolio --format json`. */
export interface PortfolioReport {
  count: number;
  skipped: { path: string; reason: string }[];
  overall: { level: Omit<Distribution, 'mean'> | null; maturity: Record<ChannelMaturity, number> };
  stages: Record<ChangeStage, number>;
  dimensions: DimensionDistribution[];
  groups: { by: PortfolioGroupKey; value: string | null; count: number; dimensions: DimensionDistribution[] }[];
  commonFindings: { code: string; files: number; share: number }[];
  engagements: PortfolioEngagement[];
}

export interface PortfolioOptions {
  by?: PortfolioGroupKey;
  redact?: boolean;
}

interface Kept {
  ordinal: number;
  path: string;
  row: Omit<PortfolioRow, 'findings'>;
}

export class PortfolioBuilder {
  private readonly kept: Kept[] = [];
  private readonly skipped: { ordinal: number; path: string; code: string; message: string }[] = [];
  private readonly findingFiles = new Map<string, number>();
  private inputs = 0;

  /** Each input in sorted path order, once: its row (`add`), or why it was left out (`skip`). */
  add(path: string, row: PortfolioRow): void {
    const { findings, ...kept } = row;
    for (const code of findings) this.findingFiles.set(code, (this.findingFiles.get(code) ?? 0) + 1);
    this.kept.push({ ordinal: this.inputs++, path, row: kept });
  }

  /** A file with errors: its first error. Redacted, only the code is told (messages quote the file). */
  skip(path: string, firstError: { code: string; message: string }): void {
    this.skipped.push({ ordinal: this.inputs++, path, code: firstError.code, message: firstError.message });
  }

  /** The `ref` an input gets in the report: its path, or its code once redacted. */
  refOf(path: string, redact: boolean): string | undefined {
    const kept = this.kept.find((k) => k.path === path);
    if (!kept) return undefined;
    return redact ? clientCode(kept.ordinal, this.inputs) : path;
  }

  get count(): number {
    return this.kept.length;
  }

  finish(options: PortfolioOptions = {}): PortfolioReport {
    const redact = options.redact === true;
    const code = (ordinal: number) => clientCode(ordinal, this.inputs);
    const rows = this.kept.map((k) => k.row);
    const count = rows.length;
    const columns = DIMENSIONS.map((_, d) => rows.map((row) => row.levels[d]!));
    const ranks = columns.map((column) => percentileRanks(column));
    const maturity = Object.fromEntries(CHANNEL_MATURITIES.map((m) => [m, 0])) as Record<ChannelMaturity, number>;
    const stages = Object.fromEntries(CHANGE_STAGES.map((s) => [s, 0])) as Record<ChangeStage, number>;
    for (const row of rows) {
      maturity[row.maturity]++;
      stages[row.stage]++;
    }
    const overallDistribution = distributionOf(rows.map((row) => row.overall));
    const sectorCodes = redact ? codesOf(rows.map((row) => row.sector)) : undefined;

    return {
      count,
      skipped: this.skipped.map((s) => ({ path: redact ? code(s.ordinal) : s.path, reason: redact ? s.code : `${s.code}: ${s.message}` })),
      overall: {
        level: overallDistribution ? { min: overallDistribution.min, q1: overallDistribution.q1, median: overallDistribution.median, q3: overallDistribution.q3, max: overallDistribution.max } : null,
        maturity,
      },
      stages,
      dimensions: dimensionsOf(columns),
      groups: options.by ? groupsOf(this.kept, options.by, sectorCodes) : [],
      commonFindings: [...this.findingFiles]
        .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
        .map(([findingCode, files]) => ({ code: findingCode, files, share: Math.round((files / count) * 1000) / 1000 })),
      engagements: this.kept.map(({ ordinal, path, row }): PortfolioEngagement => ({
        ref: redact ? code(ordinal) : path,
        client: redact ? code(ordinal) : row.client,
        sector: row.sector === undefined ? null : redact ? sectorCodes!.get(row.sector)! : row.sector,
        size: row.size ?? null,
        stage: row.stage,
        date: redact ? null : row.date ?? null,
        overall: row.overall,
        levels: Object.fromEntries(DIMENSIONS.map((id, d) => [id, row.levels[d]!])) as Record<DimensionId, number>,
        percentiles: Object.fromEntries(DIMENSIONS.map((id, d) => [id, ranks[d]!(row.levels[d]!)])) as Record<DimensionId, number>,
      })),
    };
  }
}

/** `client-001`…: as wide as the largest code needs, so the codes sort as the paths did. */
function clientCode(ordinal: number, inputs: number): string {
  return `client-${String(ordinal + 1).padStart(Math.max(3, String(inputs).length), '0')}`;
}

function dimensionsOf(columns: readonly number[][]): DimensionDistribution[] {
  if (columns[0]!.length === 0) return [];
  return DIMENSIONS.map((id, d) => ({ id, ...distributionOf(columns[d]!)! }));
}

/** Sectors are free text: redacted, each becomes `sector-01`… in sorted order of the sectors. */
function codesOf(values: readonly (string | undefined)[]): Map<string, string> {
  const distinct = [...new Set(values.filter((v): v is string => v !== undefined))].sort();
  const width = Math.max(2, String(distinct.length).length);
  return new Map(distinct.map((value, i) => [value, `sector-${String(i + 1).padStart(width, '0')}`]));
}

const GROUP_ORDER: Record<Exclude<PortfolioGroupKey, 'sector'>, readonly string[]> = {
  size: SIZES, stage: CHANGE_STAGES, intensity: DIGITAL_INTENSITIES,
};

function groupsOf(kept: readonly Kept[], by: PortfolioGroupKey, sectorCodes: Map<string, string> | undefined): PortfolioReport['groups'] {
  const groups = new Map<string | null, Kept['row'][]>();
  for (const { row } of kept) {
    const raw = row[by] ?? null;
    const value = raw !== null && by === 'sector' && sectorCodes ? sectorCodes.get(raw)! : raw;
    const list = groups.get(value) ?? [];
    list.push(row);
    groups.set(value, list);
  }
  const order = by === 'sector' ? undefined : GROUP_ORDER[by];
  const rank = (value: string | null) => (value === null ? Number.MAX_SAFE_INTEGER : order ? order.indexOf(value) : 0);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([value, rows]) => ({
      by,
      value,
      count: rows.length,
      dimensions: dimensionsOf(DIMENSIONS.map((_, d) => rows.map((row) => row.levels[d]!))),
    }));
}
