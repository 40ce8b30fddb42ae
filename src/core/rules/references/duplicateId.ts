/**
 * `duplicate-id` (error): An id is used twice in the same list.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  duplicateId: {
    en: ({ id, list }: { id: string; list: string }) => `Duplicate id "${id}" in ${list}: ids must be unique; references go to the first one.`,
    fr: ({ id, list }: { id: string; list: string }) => `Identifiant « ${id} » en double dans ${list} : les identifiants doivent être uniques ; les références visent le premier.`,
  },
} satisfies RuleMessages;

/** Within each list (channels, segments, journeys, initiatives, a journey's steps). */
function checkDuplicateIds(facts: EngagementFacts, sink: DiagnosticSink): void {
  const { engagement } = facts;
  reportDuplicates(engagement.channels, (c) => c.id, (c) => `channels.${c.index}.id`, 'channels', sink);
  reportDuplicates(engagement.segments, (s) => s.id, (s) => `segments.${s.index}.id`, 'segments', sink);
  reportDuplicates(engagement.journeys, (j) => j.id, (j) => `journeys.${j.index}.id`, 'journeys', sink);
  reportDuplicates(engagement.initiatives, (i) => i.id, (i) => `initiatives.${i.index}.id`, 'initiatives', sink);
  for (const journey of engagement.journeys) {
    reportDuplicates(journey.steps, (step) => step.id, (step) => `${step.path}.id`, `journeys.${journey.index} (${journey.id})`, sink);
  }
}

/** Reports every occurrence of an id after the first; paths are built only for those. */
function reportDuplicates<T>(
  items: readonly T[], idOf: (item: T) => string | undefined, pathOf: (item: T) => string, list: string, sink: DiagnosticSink,
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const id = idOf(item);
    if (id === undefined) continue;
    if (seen.has(id)) sink.atValue('duplicate-id', pathOf(item), messages.duplicateId, { id, list });
    else seen.add(id);
  }
}

const page = {
  en: `**Error.** An id is used twice in the same list (channels, segments, journeys, initiatives, or the
steps of one journey). Reported on every occurrence after the first; references go to the first.

**Why it matters.** Journeys refer to channels and segments by id: with two \`site\` channels, nobody
knows which one a step uses.

**Fix.** Rename the later one. The same id in two different lists (a channel and a segment), or the
same step id in two journeys, is fine.

\`\`\`yaml
channels:
  - id: site
    type: web
  - id: site             # duplicate-id
    type: mobile-app
\`\`\``,
  fr: `**Erreur.** Un identifiant est utilisé deux fois dans la même liste (canaux, segments, parcours,
initiatives, ou les étapes d'un même parcours). Signalé sur chaque occurrence après la première ;
les références vont à la première.

**Pourquoi c'est important.** Les parcours désignent les canaux et les segments par leur
identifiant : avec deux canaux \`site\`, personne ne sait lequel une étape utilise.

**Correction.** Renommez le second. Le même identifiant dans deux listes différentes (un canal et un
segment), ou le même identifiant d'étape dans deux parcours, ne pose pas de problème.

\`\`\`yaml
channels:
  - id: site
    type: web
  - id: site             # duplicate-id
    type: mobile-app
\`\`\``,
};

export const duplicateId = defineRule({
  code: 'duplicate-id',
  severity: 'error',
  family: 'references',
  summary: 'An id is used twice in the same list.',
  messages,
  check: checkDuplicateIds,
  page,
});
