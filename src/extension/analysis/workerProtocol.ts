import type { AnalyseOptions, EngagementAnalysis } from '../../core/analysis/engagementAnalysis';

export interface WorkerRequest { id: number; text: string; options: AnalyseOptions }
export type WorkerReply = { id: number; analysis: EngagementAnalysis } | { id: number; error: string };
