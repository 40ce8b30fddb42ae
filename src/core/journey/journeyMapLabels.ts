/** The journey map's own words, in English and French (the analysis language decides). */
import type { DigitalIntensity, Language } from '../model/vocabulary';

export interface JourneyMapLabels {
  segment: string;
  share: (percent: number) => string;
  intensity: Record<DigitalIntensity, string>;
  digitalGroup: string;
  physicalGroup: string;
  human: string;
  sharesHistory: string;
  undeclaredChannel: string;
  emotion: string;
  emotions: Record<string, string>;
  noEmotion: string;
  critical: string;
  noPersonReachable: string;
  pain: string;
  step: (number: number) => string;
  stage: string;
  channelSwitch: string;
  continuityBreak: (channel: string) => string;
  legendSwitch: string;
  legendBreak: string;
  legendNoPerson: string;
  problems: (count: number) => string;
  noJourney: string;
  mapOf: (journey: string) => string;
  /** The webview's toolbar and banner. */
  ui: {
    journey: string;
    segment: string;
    allSegments: string;
    zoomToFit: string;
    zoomIn: string;
    zoomOut: string;
    export: string;
    errorsBanner: (count: number) => string;
    waiting: string;
    line: (line: number) => string;
  };
}

const EMOTIONS_EN = { '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive' };
const EMOTIONS_FR = { '-2': 'très négative', '-1': 'négative', '0': 'neutre', '1': 'positive', '2': 'très positive' };

const LABELS: Record<Language, JourneyMapLabels> = {
  en: {
    segment: 'Segment',
    share: (percent) => `${percent}% of customers`,
    intensity: { traditional: 'traditional', occasional: 'occasional (ROPO)', multichannel: 'multichannel', 'digital-first': 'digital-first' },
    digitalGroup: 'Digital',
    physicalGroup: 'Physical & human',
    human: 'human',
    sharesHistory: 'shares history',
    undeclaredChannel: 'undeclared channel',
    emotion: 'Emotion',
    emotions: EMOTIONS_EN,
    noEmotion: 'emotion not recorded',
    critical: 'Critical',
    noPersonReachable: 'No person reachable',
    pain: 'Pain',
    step: (number) => `Step ${number}`,
    stage: 'stage',
    channelSwitch: 'Channel switch',
    continuityBreak: (channel) => `Continuity break: ${channel} does not share the customer's history`,
    legendSwitch: 'channel switch',
    legendBreak: 'continuity break',
    legendNoPerson: 'critical moment, no person reachable',
    problems: (count) => (count === 1 ? '1 problem' : `${count} problems`),
    noJourney: 'This engagement has no journey yet.',
    mapOf: (journey) => `Journey map: ${journey}`,
    ui: {
      journey: 'Journey',
      segment: 'Segment',
      allSegments: 'All segments',
      zoomToFit: 'Zoom to fit',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      export: 'Export…',
      errorsBanner: (count) => `The file has ${count === 1 ? '1 error' : `${count} errors`}: showing the last valid map.`,
      waiting: 'Waiting for a valid engagement…',
      line: (line) => `line ${line}`,
    },
  },
  fr: {
    segment: 'Segment',
    share: (percent) => `${String(percent).replace('.', ',')} % des clients`,
    intensity: { traditional: 'traditionnel', occasional: 'occasionnel (ROPO)', multichannel: 'multicanal', 'digital-first': 'numérique d’abord' },
    digitalGroup: 'Numérique',
    physicalGroup: 'Physique et humain',
    human: 'humain',
    sharesHistory: 'partage l’historique',
    undeclaredChannel: 'canal non déclaré',
    emotion: 'Émotion',
    emotions: EMOTIONS_FR,
    noEmotion: 'émotion non renseignée',
    critical: 'Critique',
    noPersonReachable: 'Aucune personne joignable',
    pain: 'Irritant',
    step: (number) => `Étape ${number}`,
    stage: 'phase',
    channelSwitch: 'Changement de canal',
    continuityBreak: (channel) => `Rupture de continuité : ${channel} ne partage pas l’historique du client`,
    legendSwitch: 'changement de canal',
    legendBreak: 'rupture de continuité',
    legendNoPerson: 'moment critique sans personne joignable',
    problems: (count) => (count === 1 ? '1 problème' : `${count} problèmes`),
    noJourney: 'Cet engagement ne décrit encore aucun parcours.',
    mapOf: (journey) => `Carte du parcours : ${journey}`,
    ui: {
      journey: 'Parcours',
      segment: 'Segment',
      allSegments: 'Tous les segments',
      zoomToFit: 'Ajuster à la fenêtre',
      zoomIn: 'Zoom avant',
      zoomOut: 'Zoom arrière',
      export: 'Exporter…',
      errorsBanner: (count) => `Le fichier contient ${count === 1 ? '1 erreur' : `${count} erreurs`} : la dernière carte valide reste affichée.`,
      waiting: 'En attente d’un engagement valide…',
      line: (line) => `ligne ${line}`,
    },
  },
};

export function journeyMapLabels(language: Language): JourneyMapLabels {
  return LABELS[language];
}
