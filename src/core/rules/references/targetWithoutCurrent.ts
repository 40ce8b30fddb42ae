/**
 * `target-without-current` (error): A target journey names no current journey it redesigns.
 */
import { defineRule, type RuleMessages } from '../rule';
import type { EngagementFacts } from '../../model/facts';
import type { DiagnosticSink } from '../../validation/diagnosticSink';

const messages = {
  targetWithoutCurrent: {
    en: ({ journey }: { journey: string }) => `Target journey "${journey}" names no current journey: add redesigns: <id of the current journey it redesigns>, so the two curves can be compared.`,
    fr: ({ journey }: { journey: string }) => `Le parcours cible « ${journey} » ne nomme aucun parcours actuel : ajoutez redesigns: <identifiant du parcours actuel qu'il refond>, pour comparer les deux courbes.`,
  },
} satisfies RuleMessages;

/** A target journey must name the current journey it redesigns, so the map can lay the two emotion curves on one chart. */
function checkTargets(facts: EngagementFacts, sink: DiagnosticSink): void {
  for (const journey of facts.engagement.journeys) {
    if (journey.state === 'target' && journey.redesigns === undefined) {
      sink.atValue('target-without-current', `journeys.${journey.index}.state`, messages.targetWithoutCurrent, { journey: journey.name });
    }
  }
}

const page = {
  en: `**Error.** A target journey (\`state: target\`, the "to-be" version the consultant proposes) does not
name, in \`redesigns\`, the current journey it redesigns. Reported on its \`state\`.

- EN: \`Target journey "reorder-to-be" names no current journey: add redesigns: <id of the current journey it redesigns>, so the two curves can be compared.\`
- FR: \`Le parcours cible « reorder-to-be » ne nomme aucun parcours actuel : ajoutez redesigns: <identifiant du parcours actuel qu'il refond>, pour comparer les deux courbes.\`

**Why it matters.** A target journey reads against the journey customers live today: the map lays
the two emotion curves on one chart to show the client what the redesign changes, moment by moment.
A target never counts in the maturity levels or the coverage rules; the CX rules run on it (a
continuity break in the target is a design flaw).

**Fix.** Add \`redesigns\` with the id of the current journey.

\`\`\`yaml
journeys:
  - id: reorder
    segment: pros
    stages: [...]
  - id: reorder-to-be
    segment: pros
    state: target          # target-without-current: add redesigns: reorder
    stages: [...]
\`\`\``,
  fr: `**Erreur.** Un parcours cible (\`state: target\`, la version « à venir » que propose le consultant)
ne nomme pas, dans \`redesigns\`, le parcours actuel qu'il refond. Signalé sur son \`state\`.

- EN : \`Target journey "reorder-to-be" names no current journey: add redesigns: <id of the current journey it redesigns>, so the two curves can be compared.\`
- FR : \`Le parcours cible « reorder-to-be » ne nomme aucun parcours actuel : ajoutez redesigns: <identifiant du parcours actuel qu'il refond>, pour comparer les deux courbes.\`

**Pourquoi c'est important.** Un parcours cible se lit face au parcours vécu aujourd'hui : la carte
superpose les deux courbes d'émotion pour montrer au client ce que la refonte change, moment par
moment. Un parcours cible ne compte jamais dans les niveaux de maturité ni dans les règles de
couverture ; les règles CX s'y appliquent (une rupture de continuité dans la cible est un défaut de
conception).

**Correction.** Ajoutez \`redesigns\` avec l'identifiant du parcours actuel.

\`\`\`yaml
journeys:
  - id: reorder
    segment: pros
    stages: [...]
  - id: reorder-to-be
    segment: pros
    state: target          # target-without-current : ajoutez redesigns: reorder
    stages: [...]
\`\`\``,
};

export const targetWithoutCurrent = defineRule({
  code: 'target-without-current',
  severity: 'error',
  family: 'references',
  summary: 'A target journey names no current journey it redesigns.',
  messages,
  check: checkTargets,
  page,
});
