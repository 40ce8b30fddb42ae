/**
 * What every dimension scorer needs: the engagement, its facts, and a way to cite evidence in the
 * analysis language at the position of the YAML node it comes from.
 */
import type { SourceRange } from '../diagnostics/diagnostic';
import type { Engagement } from '../model/engagement';
import type { EngagementFacts } from '../model/facts';
import { inPlace, localize } from '../i18n/localized';
import type { Language } from '../model/vocabulary';
import type { Evidence } from './maturityAssessment';

export type Locate = (path: string) => SourceRange | undefined;

export interface DimensionResult {
  level: number;
  evidence: Evidence[];
}

/** Long lists are cut so a 1 MB file does not produce a 1 MB assessment; the count stays exact. */
export const MAX_CITED = 5;

export class ScoringContext {
  constructor(
    readonly engagement: Engagement,
    readonly facts: EngagementFacts,
    private readonly locate: Locate,
    readonly lang: Language,
  ) {}

  /** A text written in place in both languages (the scorers' evidence): read in the assessment's language. */
  say(en: string, fr: string): string {
    return localize(inPlace(en, fr), this.lang);
  }

  /** Evidence at `path`, or at its nearest located parent (the analysis locates entities, not every key). */
  cite(text: string, path?: string): Evidence {
    for (let candidate = path; candidate; candidate = parentPath(candidate)) {
      const range = this.locate(candidate);
      if (range) return { text, path, line: range.line, column: range.column };
    }
    return path === undefined ? { text } : { text, path };
  }

  /** At most MAX_CITED items, then one "and N more". */
  citeSome<T>(items: readonly T[], toEvidence: (item: T) => Evidence): Evidence[] {
    const cited = items.slice(0, MAX_CITED).map(toEvidence);
    const rest = items.length - cited.length;
    if (rest > 0) cited.push({ text: this.say(`… and ${rest} more`, `… et ${rest} de plus`) });
    return cited;
  }
}

function parentPath(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : path.slice(0, dot);
}
