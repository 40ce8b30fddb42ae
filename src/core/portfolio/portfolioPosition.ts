/**
 * Where one engagement stands in the firm's portfolio, in sentences a roadmap's executive summary
 * can cite ("Online visibility: in the bottom quartile of 40 engagements"). Built from the report's
 * own figures (its percentiles), it names no other engagement and no other client: only counts.
 * Not wired into the roadmap yet (an optional, off-by-default setting is planned for it).
 */
import { dimensionLabel } from '../maturity/dimensionLabels';
import { DIMENSIONS, type DimensionId, type Language } from '../model/vocabulary';
import type { PortfolioReport } from './portfolioReport';
import { localize, type Catalogue, type None } from '../i18n/localized';

export type Quartile = 'bottom' | 'lower-middle' | 'upper-middle' | 'top';

export interface PortfolioPosition {
  dimension: DimensionId;
  percentile: number;
  quartile: Quartile;
  text: string;
}

const NBSP = '\u00a0';
const POSITION_TEXTS = {
  colon: { en: (_: None) => ':', fr: (_: None) => `${NBSP}:` },
  ofEngagements: { en: ({ n }: { n: number }) => `of ${n} engagements`, fr: ({ n }: { n: number }) => `de ${n} engagements` },
} satisfies Catalogue;
const WORDS: Record<Language, Record<Quartile, string>> = {
  en: { bottom: 'in the bottom quartile', 'lower-middle': 'below the median', 'upper-middle': 'above the median', top: 'in the top quartile' },
  fr: { bottom: 'dans le quart inférieur', 'lower-middle': 'sous la médiane', 'upper-middle': 'au-dessus de la médiane', top: 'dans le quart supérieur' },
};

export function quartileOf(percentile: number): Quartile {
  return percentile < 25 ? 'bottom' : percentile < 50 ? 'lower-middle' : percentile <= 75 ? 'upper-middle' : 'top';
}

/**
 * The dimensions where `ref` is in the bottom or top quartile (the ones worth a board's attention),
 * bottom first; empty when the portfolio is too small to say (fewer than `minimum` engagements).
 */
export function portfolioPosition(report: PortfolioReport, ref: string, lang: Language, minimum = 8): PortfolioPosition[] {
  const row = report.engagements.find((e) => e.ref === ref);
  if (!row || report.count < minimum) return [];
  const colon = localize(POSITION_TEXTS.colon, lang);
  const of = (n: number) => localize(POSITION_TEXTS.ofEngagements, lang, { n });
  return DIMENSIONS
    .map((dimension) => ({ dimension, percentile: row.percentiles[dimension], quartile: quartileOf(row.percentiles[dimension]) }))
    .filter((p) => p.quartile === 'bottom' || p.quartile === 'top')
    .sort((a, b) => a.percentile - b.percentile)
    .map((p) => ({ ...p, text: `${dimensionLabel(p.dimension, lang)}${colon} ${WORDS[lang][p.quartile]} ${of(report.count)}` }));
}
