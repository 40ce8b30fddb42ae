/**
 * Engagements for the planner's tests, written as data: a weak client (invisible, nothing to order
 * online, silos, moments of truth lived badly, a fearful sales force) and a mature one (4 or 5
 * everywhere), with the helpers that plan them.
 */
import { assessMaturity } from '../../../src/core/maturity/assessMaturity';
import { normaliseEngagement } from '../../../src/core/model/engagement';
import type { EngagementFile } from '../../../src/core/model/engagementSchema';
import { EngagementFacts } from '../../../src/core/model/facts';
import type { ChangeStage, Language } from '../../../src/core/model/vocabulary';
import { PlanContext } from '../../../src/core/roadmap/planner/planContext';
import { planRoadmap } from '../../../src/core/roadmap/planner/planRoadmap';
import type { Roadmap } from '../../../src/core/roadmap/roadmap';

export const weakClient = (stage: ChangeStage = 'precontemplation'): EngagementFile => ({
  engagement: { client: 'Acme Supplies', date: '2026-10-14' },
  change: { stage, barriers: [{ type: 'fear', who: 'Sales team' }, { type: 'complacency', who: 'Board' }, { type: 'urgency' }] },
  organisation: { unifiedPnl: false, itMarketingAlignment: 'none', dataCharter: false, employeeTools: 'outdated', customerVoice: 'none' },
  channels: [
    { id: 'c-branch', name: 'Branches', type: 'store', owner: 'Branch network', capabilities: ['inform', 'advise', 'order', 'pay', 'support'], recognizesCustomer: true },
    { id: 'c-phone', name: 'Switchboard', type: 'phone', owner: 'Branch network', capabilities: ['inform', 'order', 'support'], recognizesCustomer: true },
    { id: 'c-site', name: 'Showcase site', type: 'web', owner: 'Marketing', capabilities: ['inform'], visibility: 'low' },
    { id: 'c-statement', name: 'Monthly statement', type: 'mail', owner: 'Accounting', capabilities: ['support'] },
    { id: 'c-reps', name: 'Field reps', type: 'field-sales', owner: 'Sales', capabilities: ['inform', 'advise', 'order'], recognizesCustomer: true },
  ],
  segments: [
    { id: 's-pros', name: 'Contractors', share: 60, digitalIntensity: 'multichannel', expects: ['inform', 'order', 'track'], prefers: ['c-reps', 'c-branch'] },
    { id: 's-walk-in', name: 'Walk-in customers', share: 40, digitalIntensity: 'traditional' },
  ],
  journeys: [{
    id: 'j-urgent',
    name: 'Urgent repair',
    segment: 's-pros',
    stages: [
      { name: 'Search', steps: [
        { id: 'search', channel: 'c-site', action: 'Looks for the part on a phone', emotion: -1, pain: 'No stock shown', capability: 'inform' },
        { id: 'call', channel: 'c-phone', action: 'Calls the branch', emotion: -1, pain: 'Eight minutes on hold', critical: true },
      ] },
      { name: 'Reserve', steps: [{ channel: 'c-phone', action: 'Has the part put aside', capability: 'order', emotion: 1 }] },
      { name: 'Collect', steps: [
        { id: 'counter', channel: 'c-branch', action: 'The counter cannot find the reservation', emotion: -2, pain: 'Reservation not visible at the counter', critical: true },
        { channel: 'c-branch', action: 'Pays on account', capability: 'pay', emotion: 0 },
      ] },
      { name: 'After the sale', steps: [{ channel: 'c-statement', action: 'Receives the monthly statement', emotion: -1, pain: 'No detail per job' }] },
    ],
  }],
});

/** 5 on every dimension but the lifecycle, at 4 (no review or community capability after the purchase). */
export const matureClient = (stage: ChangeStage = 'maintenance'): EngagementFile => ({
  engagement: { client: 'Omni Retail' },
  change: { stage, barriers: [{ type: 'inertia' }] },
  organisation: { unifiedPnl: true, itMarketingAlignment: 'full', dataCharter: true, employeeTools: 'modern', customerVoice: 'engaged' },
  channels: [
    { id: 'store', name: 'Stores', type: 'store', owner: 'Retail', capabilities: ['inform', 'advise', 'order', 'pay', 'return', 'support'], recognizesCustomer: true, sharesHistory: true },
    { id: 'web', name: 'Web shop', type: 'web', owner: 'E-commerce', capabilities: ['inform', 'compare', 'order', 'pay', 'track'], recognizesCustomer: true, sharesHistory: true, visibility: 'high', mobileReady: true },
    { id: 'app', name: 'App', type: 'mobile-app', owner: 'E-commerce', capabilities: ['order', 'pay', 'track'], recognizesCustomer: true, sharesHistory: true },
    { id: 'chat', name: 'Live chat', type: 'chat', owner: 'Service', human: true, capabilities: ['advise', 'support'], recognizesCustomer: true, sharesHistory: true },
    { id: 'social', name: 'Community', type: 'social', owner: 'Marketing', capabilities: [], recognizesCustomer: true, sharesHistory: true, visibility: 'high' },
  ],
  segments: [{ id: 'shoppers', name: 'Shoppers', digitalIntensity: 'digital-first', expects: ['order', 'track', 'compare'] }],
  journeys: [{
    id: 'buy',
    segment: 'shoppers',
    stages: [
      { name: 'Choose', steps: [{ channel: 'web', action: 'Compares', emotion: 1 }, { channel: 'chat', action: 'Asks an adviser', emotion: 1, critical: true }] },
      { name: 'Buy', steps: [{ channel: 'web', action: 'Orders', capability: 'order', emotion: 1 }] },
      { name: 'Receive', steps: [{ channel: 'app', action: 'Tracks the parcel', capability: 'track', emotion: 2 }] },
    ],
  }],
});

export function contextOf(file: EngagementFile, lang: Language = 'en'): PlanContext {
  const engagement = normaliseEngagement(structuredClone(file));
  const facts = new EngagementFacts(engagement);
  return new PlanContext(engagement, facts, assessMaturity(engagement, facts, () => undefined, lang), lang);
}

export function plan(file: EngagementFile, lang: Language = 'en'): Roadmap {
  const engagement = normaliseEngagement(structuredClone(file));
  const facts = new EngagementFacts(engagement);
  return planRoadmap(engagement, assessMaturity(engagement, facts, () => undefined, lang), facts, lang);
}

export const planned = (roadmap: Roadmap) => roadmap.phases.flatMap((p) => p.initiatives);

/** A copy changed by `edit`. */
export function variant(file: EngagementFile, edit: (f: EngagementFile) => void): EngagementFile {
  const copy = structuredClone(file);
  edit(copy);
  return copy;
}

export const channel = (f: EngagementFile, id: string) => f.channels.find((c) => c.id === id)!;
