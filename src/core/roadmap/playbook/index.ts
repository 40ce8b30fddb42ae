/**
 * The playbook: every intervention the planner may propose, one row each, grouped by family.
 * docs/planner.md lists them; test/unit/roadmap/playbook.test.ts checks each fires on its facts
 * and stays quiet without them, and that their prerequisites have no cycle.
 */
import { AFTER_SALE_INTERVENTIONS } from './afterSale';
import { AWARENESS_INTERVENTIONS } from './awareness';
import { CONTINUITY_INTERVENTIONS } from './continuity';
import { HUMAN_TOUCH_INTERVENTIONS } from './humanTouch';
import type { Intervention } from './intervention';
import { ORDERING_INTERVENTIONS } from './ordering';
import { ORGANISATION_INTERVENTIONS } from './organisation';
import { SUSTAIN_INTERVENTIONS } from './sustain';
import { VISIBILITY_INTERVENTIONS } from './visibility';

export const PLAYBOOK: readonly Intervention[] = [
  ...AWARENESS_INTERVENTIONS,
  ...VISIBILITY_INTERVENTIONS,
  ...ORDERING_INTERVENTIONS,
  ...CONTINUITY_INTERVENTIONS,
  ...HUMAN_TOUCH_INTERVENTIONS,
  ...AFTER_SALE_INTERVENTIONS,
  ...ORGANISATION_INTERVENTIONS,
  ...SUSTAIN_INTERVENTIONS,
];

export const PLAYBOOK_IDS: ReadonlySet<string> = new Set(PLAYBOOK.map((i) => i.id));

export type { Intervention, Match } from './intervention';
export { PHASE_TITLES } from './phaseTitles';
