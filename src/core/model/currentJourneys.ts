/**
 * The journeys that describe today. A target ("to-be") journey (`journeys[].state: target`) is a
 * design, not a fact: it never counts in the levels or the plan.
 */
import type { Engagement, Journey } from './engagement';

export function isCurrentJourney(journey: Journey): boolean {
  return (journey as { state?: string }).state !== 'target';
}

export function currentJourneys(engagement: Engagement): Journey[] {
  return engagement.journeys.every(isCurrentJourney) ? engagement.journeys : engagement.journeys.filter(isCurrentJourney);
}
