// TEMPORARY STUB (the lead is replacing it): the signature is final, the body is not.
import { parse } from 'yaml';
import { engagementFileSchema } from '../model/engagementSchema';
import { normaliseEngagement } from '../model/engagement';
import type { AnalyseOptions, EngagementAnalysis } from './engagementAnalysis';

export function analyseEngagement(text: string, options: AnalyseOptions = {}): EngagementAnalysis {
  const result = engagementFileSchema.safeParse(parse(text));
  const engagement = result.success ? normaliseEngagement(result.data) : undefined;
  return {
    language: options.lang ?? engagement?.engagement.language ?? options.fallbackLang ?? 'en',
    diagnostics: [],
    ok: result.success,
    ...(engagement ? { engagement } : {}),
    locations: {},
  };
}
