/**
 * The engagement format v1 as one zod schema: the single source of truth for the TypeScript types
 * (inferred below), the validation of files and the JSON Schema published to YAML editors.
 * Unknown keys are not rejected here: the YAML reader reports them as warnings (see keyGuide.ts).
 */
import * as z from 'zod';
import {
  ALIGNMENTS, BARRIER_TYPES, CAPABILITIES, CHANGE_STAGES, CHANNEL_TYPES, CUSTOMER_VOICES, DIGITAL_INTENSITIES,
  DIMENSIONS, EFFORTS, EMPLOYEE_TOOLS, HORIZONS, INITIATIVE_STATUSES, ID_PATTERN, LANGUAGES, SIZES, VISIBILITIES,
} from './vocabulary';

const id = z.string().regex(ID_PATTERN).describe('A slug: lower-case letters, digits and hyphens, e.g. `branch-paris`.');
const text = z.string().min(1);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDate, { message: 'calendar-date' })
  .describe('A calendar date, YYYY-MM-DD.');

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const engagementInfoSchema = z.object({
  client: text.describe('The client company.'),
  title: z.string().optional(),
  sector: z.string().optional(),
  size: z.enum(SIZES).optional().describe('micro | sme | midcap | large (FR: TPE | PME | ETI | GE).'),
  date: isoDate.optional(),
  consultants: z.array(z.string()).optional(),
  language: z.enum(LANGUAGES).optional().describe('Language of generated documents and diagnostics (default en).'),
});

export const barrierSchema = z.object({
  type: z.enum(BARRIER_TYPES).describe('fear | complacency | urgency | inertia (peur, paresse, urgence, nature humaine).'),
  who: z.string().optional(),
  note: z.string().optional(),
});

export const changeSchema = z.object({
  stage: z.enum(CHANGE_STAGES).describe('Where the client organisation stands (Prochaska & DiClemente).'),
  evidence: z.string().optional(),
  barriers: z.array(barrierSchema).optional(),
});

export const organisationSchema = z.object({
  unifiedPnl: z.boolean().optional().describe('One P&L across channels, so channels do not compete.'),
  itMarketingAlignment: z.enum(ALIGNMENTS).optional(),
  dataCharter: z.boolean().optional().describe('A published charter on the use of customer data.'),
  employeeTools: z.enum(EMPLOYEE_TOOLS).optional().describe('Symmetry of attention: tools as modern as those sold.'),
  customerVoice: z.enum(CUSTOMER_VOICES).optional(),
});

export const channelSchema = z.object({
  id,
  name: z.string().optional(),
  type: z.enum(CHANNEL_TYPES),
  owner: z.string().optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).optional(),
  recognizesCustomer: z.boolean().optional(),
  sharesHistory: z.boolean().optional(),
  human: z.boolean().optional().describe('Staffed by people; defaults to true for store, phone and field-sales.'),
  visibility: z.enum(VISIBILITIES).optional().describe('How findable online (digital channels); absent counts as low.'),
  mobileReady: z.boolean().optional().describe('A web channel designed for phones (responsive, usable on the move); counts for mobile.'),
});

export const segmentSchema = z.object({
  id,
  name: z.string().optional(),
  share: z.number().min(0).max(100).optional().describe('Percent of customers, 0..100.'),
  revenueShare: z.number().min(0).max(100).optional().describe('Percent of revenue, 0..100: weighs the segment in priorities instead of share.'),
  digitalIntensity: z.enum(DIGITAL_INTENSITIES),
  expects: z.array(z.enum(CAPABILITIES)).optional(),
  prefers: z.array(id).optional(),
});

export const stepSchema = z.object({
  id: id.optional(),
  channel: id,
  action: text,
  emotion: z.int().min(-2).max(2).optional().describe('-2 (very negative) .. 2 (very positive).'),
  pain: z.string().optional(),
  critical: z.boolean().optional().describe('A moment of truth: the customer must be able to reach a person.'),
  capability: z.enum(CAPABILITIES).optional(),
});

export const stageSchema = z.object({
  name: text,
  steps: z.array(stepSchema).min(1),
});

/** `current` (as-is, the default) or `target`: the redesigned ("to-be") journey the consultant proposes. */
export const JOURNEY_STATES = ['current', 'target'] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];

export const journeySchema = z.object({
  id,
  name: z.string().optional(),
  segment: id,
  state: z.enum(JOURNEY_STATES).optional().describe('current (as-is, default) | target (the redesigned to-be journey).'),
  redesigns: id.optional().describe('On a target journey: the id of the current journey it redesigns.'),
  stages: z.array(stageSchema).min(1),
});

export const assessmentEntrySchema = z.object({
  level: z.int().min(1).max(5),
  rationale: z.string().optional(),
});

export const assessmentSchema = z.object(
  Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, assessmentEntrySchema.optional()])) as {
    [K in (typeof DIMENSIONS)[number]]: z.ZodOptional<typeof assessmentEntrySchema>;
  },
);

export const initiativeSchema = z.object({
  id,
  title: text,
  dimension: z.enum(DIMENSIONS),
  horizon: z.enum(HORIZONS).optional().describe('now (0-3 months) | next (3-6) | later (6-12+); default now.'),
  stage: z.enum(CHANGE_STAGES).optional().describe('The change stage this initiative is designed for.'),
  targetLevel: z.int().min(1).max(5).optional(),
  owner: z.string().optional(),
  kpi: z.string().optional(),
  barriers: z.array(z.enum(BARRIER_TYPES)).optional().describe('The barriers this initiative answers.'),
  description: z.string().optional(),
  effort: z.enum(EFFORTS).optional().describe('S (up to 10 person-days), M (10-40), L (over 40): overrides the planner.'),
  dependsOn: z.array(id).optional().describe('Ids of initiatives of the roadmap (yours or generated ones) that must come first.'),
  status: z.enum(INITIATIVE_STATUSES).optional().describe('planned (default) | in-progress | done | dropped.'),
});

export const engagementFileSchema = z.object({
  version: z.literal(1).optional(),
  engagement: engagementInfoSchema,
  change: changeSchema,
  organisation: organisationSchema.optional(),
  channels: z.array(channelSchema).min(1),
  segments: z.array(segmentSchema).min(1),
  journeys: z.array(journeySchema).optional(),
  assessment: assessmentSchema.optional(),
  initiatives: z.array(initiativeSchema).optional(),
});

/** The file as written (optional keys may be absent). */
export type EngagementFile = z.infer<typeof engagementFileSchema>;
export type AssessmentEntry = z.infer<typeof assessmentEntrySchema>;
