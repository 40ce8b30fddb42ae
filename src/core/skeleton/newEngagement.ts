/**
 * The skeleton "New Engagement…" writes: a valid engagement with one channel, one segment and one
 * journey, commented in the consultant's language, so the Problems panel, the map and the roadmap
 * all work from the first save. Pure text: the host supplies the date and writes the file.
 */
import type { ChangeStage, Language } from '../model/vocabulary';

export interface SkeletonOptions {
  client: string;
  language: Language;
  stage: ChangeStage;
  /** `YYYY-MM-DD`, the day of the assessment (the host's today). */
  date?: string;
}

/** The client's name as a YAML double-quoted scalar: whatever is typed stays text. */
function quoted(value: string): string {
  return JSON.stringify(oneLine(value));
}

/** Line breaks and control characters become one space: a name is one line of text. */
function oneLine(value: string): string {
  const clean = value.replace(/\s*[\u0000-\u001F\u007F\u2028\u2029]+\s*/g, ' ').trim().slice(0, 200);
  return clean === '' ? 'Client' : clean;
}

/** A file name for the client: `acme-distribution.engagement.yaml`. */
export function skeletonFileName(client: string): string {
  const slug = client.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug === '' ? 'client' : slug}.engagement.yaml`;
}

const WORDS = {
  en: {
    header: (client: string) => [
      `# CX maturity engagement for ${client}: one client engagement per file.`,
      '# Type "cxm-" for snippets (channel, segment, journey, stage, step); hover a key to read what it means.',
      '# The format: docs/format.md in the CX Maturity Toolkit; every diagnostic links to its rule.',
    ],
    language: 'en | fr: language of the generated documents and of the diagnostics',
    date: 'day of the assessment (YYYY-MM-DD)',
    change: 'the organisation\'s readiness to change (Prochaska & DiClemente)',
    stage: 'precontemplation | contemplation | preparation | action | maintenance',
    barriers: 'the brakes: fear | complacency | urgency | inertia, each with who and a note',
    channels: 'every touchpoint, digital or physical',
    channel: { id: 'site', name: 'Web site', type: 'web | mobile-app | store | phone | email | chat | …' },
    visibility: 'none | low | medium | high: how findable online',
    segments: 'the client\'s customer segments',
    segment: { id: 'customers', name: 'Customers', intensity: 'traditional | occasional | multichannel | digital-first' },
    journeys: 'how each segment buys and is served, stage by stage',
    journey: { id: 'first-purchase', name: 'First purchase', stage: 'Find out', action: 'Looks for the product on the web site' },
    emotion: '-2 (very negative) .. 2 (very positive)',
  },
  fr: {
    header: (client: string) => [
      `# Mission de maturité CX pour ${client} : un engagement client par fichier.`,
      '# Tapez « cxm- » pour les extraits (canal, segment, parcours, phase, étape) ; survolez une clé pour lire ce qu\'elle signifie.',
      '# Le format : docs/format.md de la boîte à outils Maturité CX ; chaque diagnostic renvoie à sa règle.',
    ],
    language: 'en | fr : langue des documents produits et des diagnostics',
    date: 'jour de l\'évaluation (AAAA-MM-JJ)',
    change: 'la disposition de l\'organisation au changement (Prochaska et DiClemente)',
    stage: 'precontemplation | contemplation | preparation | action | maintenance',
    barriers: 'les freins : fear (peur) | complacency (paresse) | urgency (urgence) | inertia, avec who et note',
    channels: 'chaque point de contact, numérique ou physique',
    channel: { id: 'site', name: 'Site web', type: 'web | mobile-app | store | phone | email | chat | …' },
    visibility: 'none | low | medium | high : visibilité en ligne',
    segments: 'les segments de clientèle du client',
    segment: { id: 'clients', name: 'Clients', intensity: 'traditional | occasional | multichannel | digital-first' },
    journeys: 'comment chaque segment achète et est servi, phase par phase',
    journey: { id: 'premier-achat', name: 'Premier achat', stage: 'Se renseigner', action: 'Cherche le produit sur le site' },
    emotion: '-2 (très négative) .. 2 (très positive)',
  },
} as const;

export function engagementSkeleton(options: SkeletonOptions): string {
  const w = WORDS[options.language];
  const comment = (text: string, width = 36) => (line: string) => `${line.padEnd(width)} # ${text}`;
  const lines = [
    ...w.header(oneLine(options.client)),
    'version: 1',
    '',
    'engagement:',
    `  client: ${quoted(options.client)}`,
    comment(w.language)(`  language: ${options.language}`),
    ...(options.date ? [comment(w.date)(`  date: ${options.date}`)] : []),
    '  consultants: []',
    '',
    comment(w.change)('change:'),
    comment(w.stage)(`  stage: ${options.stage}`),
    comment(w.barriers)('  barriers: []'),
    '',
    comment(w.channels)('channels:'),
    `  - id: ${w.channel.id}`,
    `    name: ${w.channel.name}`,
    comment(w.channel.type)('    type: web'),
    '    capabilities: [inform]',
    comment(w.visibility)('    visibility: low'),
    '',
    comment(w.segments)('segments:'),
    `  - id: ${w.segment.id}`,
    `    name: ${w.segment.name}`,
    comment(w.segment.intensity)('    digitalIntensity: occasional'),
    '    expects: [inform]',
    '',
    comment(w.journeys)('journeys:'),
    `  - id: ${w.journey.id}`,
    `    name: ${w.journey.name}`,
    `    segment: ${w.segment.id}`,
    '    stages:',
    `      - name: ${w.journey.stage}`,
    '        steps:',
    `          - channel: ${w.channel.id}`,
    `            action: ${w.journey.action}`,
    comment(w.emotion)('            emotion: 0'),
    '',
  ];
  return lines.join('\n');
}
