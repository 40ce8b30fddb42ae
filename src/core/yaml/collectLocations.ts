/**
 * The ranges of the entities views link back to (channels, segments, journeys, stages, steps,
 * initiatives, assessment entries, top-level sections), in one walk of the document.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { rangeOf, type OffsetRange } from './locatePath';

const LISTS = new Set(['channels', 'segments', 'initiatives']);

export function collectLocations(document: Document.Parsed): Map<string, OffsetRange> {
  const locations = new Map<string, OffsetRange>();
  const root = document.contents;
  if (!isMap(root)) return locations;
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const section = String(pair.key.value);
    const value = pair.value as YamlNode | null;
    locations.set(section, rangeOf(value ?? (pair.key as YamlNode)));
    if (LISTS.has(section) && isSeq(value)) {
      value.items.forEach((item, index) => locations.set(`${section}.${index}`, rangeOf(item as YamlNode)));
    } else if (section === 'assessment' && isMap(value)) {
      for (const entry of value.items) {
        if (isScalar(entry.key)) locations.set(`assessment.${String(entry.key.value)}`, rangeOf((entry.value as YamlNode | null) ?? (entry.key as YamlNode)));
      }
    } else if (section === 'journeys' && isSeq(value)) {
      value.items.forEach((journey, j) => {
        locations.set(`journeys.${j}`, rangeOf(journey as YamlNode));
        const stages = isMap(journey) ? journey.get('stages', true) : undefined;
        if (!isSeq(stages)) return;
        stages.items.forEach((stage, s) => {
          locations.set(`journeys.${j}.stages.${s}`, rangeOf(stage as YamlNode));
          const steps = isMap(stage) ? stage.get('steps', true) : undefined;
          if (!isSeq(steps)) return;
          steps.items.forEach((step, k) => locations.set(`journeys.${j}.stages.${s}.steps.${k}`, rangeOf(step as YamlNode)));
        });
      });
    }
  }
  return locations;
}
