/** A CodeLens above each journey: "Open journey map · N breaks · M critical moments". */
import type { EngagementDocument } from '../document/engagementDocument';
import type { Language } from '../model/vocabulary';
import type { CodeLensEntry } from './languageTypes';
import { texts } from './languageTexts';

export function codeLenses(document: EngagementDocument, lang: Language): CodeLensEntry[] {
  const section = document.symbols.entities.find((entity) => entity.path === 'journeys');
  const lenses: CodeLensEntry[] = [];
  for (const entity of section?.children ?? []) {
    if (entity.id === undefined) continue;
    const parts = [texts.openJourneyMap[lang]];
    const facts = document.facts;
    const journey = document.engagement?.journeys.find((candidate) => candidate.id === entity.id);
    if (facts && journey) {
      // Counted as the continuity-break rule counts: switches between two channels of the file.
      const breaks = facts.channelSwitches(journey).filter((change) =>
        change.continuityBreak && facts.channelsById.has(change.from.channel) && facts.channelsById.has(change.to.channel)).length;
      parts.push(texts.breaks(breaks)[lang], texts.criticalMoments(journey.steps.filter((step) => step.critical).length)[lang]);
    }
    lenses.push({ range: { start: entity.range.start, end: entity.range.start }, title: parts.join(' · '), command: 'cxm.openJourneyMap', journeyId: entity.id });
  }
  return lenses;
}
