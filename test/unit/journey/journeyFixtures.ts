/** Engagements for the journey-map tests, written as objects (YAML is a superset of JSON). */
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import type { EngagementAnalysis } from '../../../src/core/analysis/engagementAnalysis';

export interface StepInput { id?: string; channel: string; action: string; emotion?: number; pain?: string; critical?: boolean; capability?: string }

/** The contract's example journey: site → phone (critical, human) → branch. */
export function exampleEngagement(): Record<string, unknown> {
  return {
    engagement: { client: 'Acme Distribution', title: 'Parcours client omnicanal', language: 'fr' },
    change: { stage: 'contemplation' },
    channels: [
      { id: 'branch', name: 'Agences', type: 'store', recognizesCustomer: true },
      { id: 'site', type: 'web', capabilities: ['inform'] },
      { id: 'phone', type: 'phone', recognizesCustomer: true },
      { id: 'chat', type: 'chat', human: true, sharesHistory: true },
      { id: 'app', type: 'mobile-app', sharesHistory: true },
    ],
    segments: [{ id: 'artisans', name: 'Artisans du bâtiment', share: 45, digitalIntensity: 'multichannel' }],
    journeys: [{
      id: 'reorder',
      name: 'Réassort de consommables',
      segment: 'artisans',
      stages: [
        { name: 'Se renseigner', steps: [
          { id: 'search', channel: 'site', action: 'Cherche la référence sur Internet', emotion: -1, pain: 'Référence introuvable, stock non affiché' },
          { channel: 'phone', action: "Appelle l'agence", emotion: 1, critical: true },
        ] },
        { name: 'Commander', steps: [{ channel: 'branch', action: 'Passe en agence retirer la commande', capability: 'order', emotion: 0 }] },
      ],
    }],
  };
}

export function analyse(file: Record<string, unknown>): EngagementAnalysis {
  const analysis = analyseEngagement(JSON.stringify(file));
  if (!analysis.engagement) throw new Error('fixture rejected by the schema');
  return analysis;
}

/** One journey `j` with the given stages of steps, on the example's channels and segment. */
export function withStages(stages: StepInput[][]): Record<string, unknown> {
  const file = exampleEngagement();
  file.journeys = [{ id: 'j', segment: 'artisans', stages: stages.map((steps, i) => ({ name: `Stage ${i}`, steps })) }];
  return file;
}

export const HOSTILE = ['<script>window.pwned=1</script>', '"><img src=x onerror="window.pwned=1">', ']]><x>', '{{constructor}}', "'&amp;\u0001"];

/** The example with a hostile string in every free-text field the map shows. */
export function hostileEngagement(): Record<string, unknown> {
  const [script, img, cdata, braces, mixed] = HOSTILE as [string, string, string, string, string];
  const file = exampleEngagement();
  file.engagement = { client: `${script}${img}`, title: `${cdata}${braces}` };
  file.channels = [
    { id: 'site', name: `${img}${mixed}`, type: 'web' },
    { id: 'phone', name: `${script}${braces}`, type: 'phone' },
  ];
  file.segments = [{ id: 'artisans', name: `${cdata}${img}`, digitalIntensity: 'occasional' }];
  file.journeys = [{
    id: 'hostile',
    name: `${script}${cdata}`,
    segment: 'artisans',
    stages: [{ name: `${img}${braces}`, steps: [
      { id: 'a', channel: 'site', action: `${script}${img}${cdata}${braces}${mixed}`, pain: `${img}${script}`, emotion: -2, critical: true },
      { channel: 'phone', action: `${braces}${img}`, pain: `${cdata}${mixed}` },
    ] }],
  }];
  return file;
}
