/**
 * Random valid engagements for property tests of the scoring and the planner, and "improvements":
 * edits that only add evidence of integration (recognition, shared history, visibility, a
 * capability, a person at the channel, a better documented organisation).
 */
import fc from 'fast-check';
import type { EngagementFile } from '../../../src/core/model/engagementSchema';
import {
  ALIGNMENTS, CAPABILITIES, CHANGE_STAGES, CHANNEL_TYPES, CUSTOMER_VOICES, DIGITAL_INTENSITIES, DIMENSIONS, EMPLOYEE_TOOLS, VISIBILITIES,
  BARRIER_TYPES,
} from '../../../src/core/model/vocabulary';

const channel = (i: number) => fc.record({
  id: fc.constant(`c${i}`),
  type: fc.constantFrom(...CHANNEL_TYPES),
  capabilities: fc.uniqueArray(fc.constantFrom(...CAPABILITIES), { maxLength: 5 }),
  recognizesCustomer: fc.boolean(),
  sharesHistory: fc.boolean(),
  human: fc.option(fc.boolean(), { nil: undefined }),
  visibility: fc.option(fc.constantFrom(...VISIBILITIES), { nil: undefined }),
  owner: fc.option(fc.constant('Team'), { nil: undefined }),
});

export const engagementFileArbitrary: fc.Arbitrary<EngagementFile> = fc
  .record({ channelCount: fc.integer({ min: 1, max: 5 }), segmentCount: fc.integer({ min: 1, max: 3 }) })
  .chain(({ channelCount, segmentCount }) => fc.record({
    engagement: fc.record({ client: fc.constant('Client') }),
    change: fc.record({
      stage: fc.constantFrom(...CHANGE_STAGES),
      barriers: fc.array(fc.record({ type: fc.constantFrom(...BARRIER_TYPES) }), { maxLength: 2 }),
    }),
    organisation: fc.record({
      unifiedPnl: fc.boolean(),
      itMarketingAlignment: fc.constantFrom(...ALIGNMENTS),
      dataCharter: fc.boolean(),
      employeeTools: fc.constantFrom(...EMPLOYEE_TOOLS),
      customerVoice: fc.constantFrom(...CUSTOMER_VOICES),
    }, { requiredKeys: [] }),
    channels: fc.tuple(...Array.from({ length: channelCount }, (_, i) => channel(i))),
    segments: fc.tuple(...Array.from({ length: segmentCount }, (_, i) => fc.record({
      id: fc.constant(`s${i}`),
      share: fc.option(fc.integer({ min: 0, max: Math.floor(100 / segmentCount) }), { nil: undefined }),
      digitalIntensity: fc.constantFrom(...DIGITAL_INTENSITIES),
      expects: fc.uniqueArray(fc.constantFrom(...CAPABILITIES), { maxLength: 3 }),
    }))),
    journeys: fc.array(fc.record({
      id: fc.constant('j'),
      segment: fc.integer({ min: 0, max: segmentCount - 1 }).map((i) => `s${i}`),
      stages: fc.array(fc.record({
        name: fc.constant('Stage'),
        steps: fc.array(fc.record({
          channel: fc.integer({ min: 0, max: channelCount - 1 }).map((i) => `c${i}`),
          action: fc.constant('Act'),
          critical: fc.boolean(),
          capability: fc.option(fc.constantFrom(...CAPABILITIES), { nil: undefined }),
        }), { minLength: 1, maxLength: 3 }),
      }), { minLength: 1, maxLength: 3 }),
    }), { maxLength: 1 }),
  }) as fc.Arbitrary<EngagementFile>);

export type Improvement = (file: EngagementFile) => void;

const BETTER_VISIBILITY = { none: 'low', low: 'medium', medium: 'high', high: 'high' } as const;

/** One edit that adds evidence of integration, never removes any. */
export const improvementArbitrary: fc.Arbitrary<Improvement> = fc.oneof(
  fc.nat().map((n): Improvement => (f) => { f.channels[n % f.channels.length]!.recognizesCustomer = true; }),
  fc.nat().map((n): Improvement => (f) => { f.channels[n % f.channels.length]!.sharesHistory = true; }),
  fc.nat().map((n): Improvement => (f) => { const c = f.channels[n % f.channels.length]!; c.visibility = BETTER_VISIBILITY[c.visibility ?? 'low']; }),
  fc.tuple(fc.nat(), fc.constantFrom(...CAPABILITIES)).map(([n, capability]): Improvement => (f) => {
    const c = f.channels[n % f.channels.length]!;
    if (!c.capabilities?.includes(capability)) c.capabilities = [...(c.capabilities ?? []), capability];
  }),
  fc.nat().map((n): Improvement => (f) => { f.channels[n % f.channels.length]!.human = true; }),
  fc.constantFrom<Improvement>(
    (f) => { f.organisation = { ...f.organisation, unifiedPnl: true }; },
    (f) => { f.organisation = { ...f.organisation, dataCharter: true }; },
    (f) => { f.organisation = { ...f.organisation, itMarketingAlignment: f.organisation?.itMarketingAlignment === 'none' || f.organisation?.itMarketingAlignment === undefined ? 'partial' : 'full' }; },
    (f) => { f.organisation = { ...f.organisation, employeeTools: f.organisation?.employeeTools === 'modern' ? 'modern' : f.organisation?.employeeTools === 'partial' ? 'modern' : 'partial' }; },
    (f) => { f.organisation = { ...f.organisation, customerVoice: f.organisation?.customerVoice === 'none' || f.organisation?.customerVoice === undefined ? 'monitored' : 'engaged' }; },
  ),
);

export const assessmentArbitrary = fc.dictionary(
  fc.constantFrom(...DIMENSIONS),
  fc.record({ level: fc.integer({ min: 1, max: 5 }), rationale: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }) }),
  { maxKeys: 10 },
);
