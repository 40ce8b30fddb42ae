/** Baselines and reasons the rows share, computed from the file so a consultant can check them. */
import { dimensionLabel } from '../../maturity/dimensionLabels';
import type { Segment } from '../../model/engagement';
import type { DimensionId } from '../../model/vocabulary';
import type { PlanContext, StepFact } from '../planner/planContext';
import { countOf, emotionText, excerpt, joinList, NBSP, nameList, plural } from './phrases';

export const TO_MEASURE = (ctx: PlanContext) => ctx.say('to be measured', 'à mesurer');

/** "2 steps lived badly (lowest emotion −2)". */
export function badStepsBaseline(ctx: PlanContext, steps: readonly StepFact[]): string {
  const n = steps.length;
  let lowest = 0;
  for (const s of steps) lowest = Math.min(lowest, s.step.emotion ?? 0);
  return ctx.say(
    `${n} ${plural(n, 'step', 'steps', 'en')} lived badly (lowest emotion ${emotionText(lowest)})`,
    `${n} ${plural(n, 'étape vécue', 'étapes vécues', 'fr')} négativement (émotion la plus basse${NBSP}: ${emotionText(lowest)})`,
  );
}

/** The worst pains of these steps, quoted (at most two): the lowest emotions first, in file order. One pass per emotion, no sort. */
export function quotedPains(ctx: PlanContext, steps: readonly StepFact[], max = 2): string {
  const quotes: string[] = [];
  const seen = new Set<string>();
  for (let emotion = -2; emotion <= 2 && quotes.length < max; emotion++) {
    for (const f of steps) {
      if ((f.step.emotion ?? 0) !== emotion) continue;
      const text = f.step.pain ?? f.step.action;
      if (seen.has(text)) continue;
      seen.add(text);
      quotes.push(excerpt(text, ctx.lang));
      if (quotes.length === max) break;
    }
  }
  return joinList(quotes, ctx.lang);
}

/** "the journey « X » (segment « Y »)". */
export function journeysOf(ctx: PlanContext, steps: readonly StepFact[]): string {
  return nameList([...new Set(steps.map((s) => s.journey.name))], ctx.lang, 2);
}

export function segmentNames(ctx: PlanContext, segments: readonly Segment[], max = 2): string {
  return nameList(segments.map((s) => s.name), ctx.lang, max);
}

/** The level as the scale says, with the consultant's rationale when the level is assessed. */
export function levelBaseline(ctx: PlanContext, dimension: DimensionId): string {
  const d = ctx.dimension(dimension);
  const label = dimensionLabel(dimension, ctx.lang);
  const rationale = d.source === 'assessed' ? ctx.engagement.assessment[dimension]?.rationale : undefined;
  return `${label} ${d.level}/5${rationale ? ` (${excerpt(rationale, ctx.lang, 70)})` : ''}`;
}

export function levelTarget(ctx: PlanContext, dimension: DimensionId, up = 1): string {
  return `${dimensionLabel(dimension, ctx.lang)} ${Math.min(5, ctx.level(dimension) + up)}/5`;
}

export function breaksBaseline(ctx: PlanContext): string {
  return ctx.say(
    `${countOf(ctx.breaks.length, ctx.switches.length, 'channel switch', 'channel switches', 'en')} ${ctx.breaks.length === 1 ? 'breaks' : 'break'} continuity`,
    `${countOf(ctx.breaks.length, ctx.switches.length, 'changement de canal', 'changements de canal', 'fr')} ${ctx.breaks.length < 2 ? 'rompt' : 'rompent'} la continuité`,
  );
}

/** Share of the segments' expected capabilities offered online, as the scoring counts it. */
export function expectationsBaseline(ctx: PlanContext): string {
  let expected = 0;
  let met = 0;
  for (const s of ctx.engagement.segments) {
    const wanted = ctx.facts.expectations(s);
    expected += wanted.length;
    met += wanted.length - ctx.facts.unmetExpectations(s).length;
  }
  return ctx.say(
    `${countOf(met, expected, 'capability', 'capabilities', 'en')} expected online ${met === 1 ? 'is' : 'are'} offered`,
    `${countOf(met, expected, 'capacité attendue', 'capacités attendues', 'fr')} en ligne ${met < 2 ? 'est proposée' : 'sont proposées'}`,
  );
}
