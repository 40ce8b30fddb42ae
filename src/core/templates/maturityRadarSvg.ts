/** The `radar` template helper: the document's radar drawing for a `cxm assess` JSON. */
import { dimensionLabel } from '../maturity/dimensionLabels';
import type { MaturityJson } from '../maturity/maturityAssessment';
import type { Language } from '../model/vocabulary';
import { radarSvg } from '../roadmapDocument/radarSvg';
import { radarView } from '../roadmapDocument/radarView';
import { typeset } from '../text/typography';

/** The radar of a `cxm assess` JSON (the `radar` template helper). */
export function maturityRadarSvg(assessment: MaturityJson, lang: Language, title: string): string {
  return radarSvg(radarView(
    typeset(title, lang),
    assessment.dimensions.map((d) => ({ id: d.id, name: typeset(dimensionLabel(d.id, lang), lang), level: d.level, assessed: d.source === 'assessed' })),
    (level) => `${level}/5`,
  ));
}
