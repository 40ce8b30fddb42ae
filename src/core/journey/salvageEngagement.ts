/**
 * The parts of an engagement the journey map can still draw while the file fails the schema
 * somewhere (a misspelt stage, an emotion of 5 in another journey…): every channel, segment and
 * journey that passes its own schema, with its original index, so paths, `data-step` keys and
 * "reveal in the editor" still point at the right lines. Never used for validation or scores.
 */
import { normaliseEngagement, type Engagement } from '../model/engagement';
import { channelSchema, journeySchema, segmentSchema, type EngagementFile } from '../model/engagementSchema';
import { LANGUAGES } from '../model/vocabulary';

export interface SalvagedEngagement {
  engagement: Engagement;
  /** Indexes (in `journeys`) of the journeys that fail their own schema: listed, not drawn. */
  invalidJourneys: Array<{ index: number; id?: string; name?: string }>;
}

export function salvageEngagement(value: unknown): SalvagedEngagement | undefined {
  if (!isRecord(value)) return undefined;
  const keep = <T>(list: unknown, parse: (item: unknown) => { success: boolean; data?: T }): Array<{ index: number; data: T }> =>
    (Array.isArray(list) ? list : []).flatMap((item, index) => {
      const parsed = parse(item);
      return parsed.success ? [{ index, data: parsed.data as T }] : [];
    });
  const channels = keep(value.channels, (item) => channelSchema.safeParse(item));
  const segments = keep(value.segments, (item) => segmentSchema.safeParse(item));
  const rawJourneys = Array.isArray(value.journeys) ? value.journeys : [];
  const journeys = keep(rawJourneys, (item) => journeySchema.safeParse(item));
  const valid = new Set(journeys.map((journey) => journey.index));
  const invalidJourneys = rawJourneys.flatMap((item, index) => {
    if (valid.has(index)) return [];
    const record = isRecord(item) ? item : {};
    return [{
      index,
      ...(typeof record.id === 'string' ? { id: record.id } : {}),
      ...(typeof record.name === 'string' ? { name: record.name } : {}),
    }];
  });
  const info = isRecord(value.engagement) ? value.engagement : {};
  const language = LANGUAGES.find((candidate) => candidate === info.language);
  const file = {
    engagement: { client: typeof info.client === 'string' ? info.client : '', ...(language ? { language } : {}) },
    change: { stage: 'precontemplation' },
    channels: channels.map((channel) => channel.data),
    segments: segments.map((segment) => segment.data),
    journeys: journeys.map((journey) => journey.data),
  } as unknown as EngagementFile;
  const engagement = normaliseEngagement(file);
  // Back to the file's own indexes, so every path names the YAML node it came from.
  engagement.channels.forEach((channel, i) => { channel.index = channels[i]!.index; });
  engagement.segments.forEach((segment, i) => { segment.index = segments[i]!.index; });
  engagement.journeys.forEach((journey, i) => {
    const index = journeys[i]!.index;
    journey.index = index;
    for (const step of journey.steps) step.path = `journeys.${index}.stages.${step.stageIndex}.steps.${step.stepIndex}`;
  });
  return { engagement, invalidJourneys };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
