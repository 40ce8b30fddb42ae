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
  /** Target ("to-be") journeys: the header's note, the curves' names. */
  targetJourney: (current: string | undefined) => string;
  stateName: Record<'current' | 'target', string>;
  curveOf: (state: 'current' | 'target', journey: string) => string;
  /** The webview's toolbar and banner. */
  ui: {
    view: string;
    viewCurrent: string;
    viewTarget: string;
    viewBoth: string;
    targetSuffix: string;
    invalidJourneys: (count: number) => string;
    invalidJourney: (name: string, line: number) => string;
    journey: string;
    segment: string;
    allSegments: string;
    zoomToFit: string;
    zoomIn: string;
    zoomOut: string;
    export: string;
    errorsBanner: (count: number) => string;
    /** The banner when the map is drawn from the file's valid parts despite its errors. */
    errorsBannerDrawn: (count: number) => string;
    journeysWithErrors: (count: number) => string;
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
    targetJourney: (current) => (current === undefined ? 'Target journey' : `Target journey, redesigns ${current}`),
    stateName: { current: 'Current journey', target: 'Target journey' },
    curveOf: (state, journey) => `${state === 'target' ? 'Target' : 'Current'} emotion curve: ${journey}`,
    ui: {
      view: 'Show',
      viewCurrent: 'Current',
      viewTarget: 'Target',
      viewBoth: 'Both',
      targetSuffix: ' (target)',
      invalidJourneys: (count) => (count === 1 ? '1 journey cannot be drawn until it is fixed:' : `${count} journeys cannot be drawn until they are fixed:`),
      invalidJourney: (name, line) => `${name}, line ${line}`,
      journey: 'Journey',
      segment: 'Segment',
      allSegments: 'All segments',
      zoomToFit: 'Zoom to fit',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      export: 'Export…',
      errorsBanner: (count) => `The file has ${count === 1 ? '1 error' : `${count} errors`}: showing the last valid map.`,
      errorsBannerDrawn: (count) => `The file has ${count === 1 ? '1 error' : `${count} errors`} (see the Problems panel): the map shows what is valid.`,
      journeysWithErrors: (count) => (count === 1 ? '1 journey drawn has errors:' : `${count} journeys drawn have errors:`),
      waiting: 'Waiting for a valid engagement…',
      line: (line) => `line ${line}`,
    },
  },
  fr: {
    segment: 'Segment',
    share: (percent) => `${String(percent).replace('.', ',')} % des clients`,
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
    continuityBreak: (channel) => `Rupture de continuité : ${channel} ne partage pas l’historique du client`,
    legendSwitch: 'changement de canal',
    legendBreak: 'rupture de continuité',
    legendNoPerson: 'moment critique sans personne joignable',
    problems: (count) => (count === 1 ? '1 problème' : `${count} problèmes`),
    noJourney: 'Cet engagement ne décrit encore aucun parcours.',
    mapOf: (journey) => `Carte du parcours : ${journey}`,
    targetJourney: (current) => (current === undefined ? 'Parcours cible' : `Parcours cible, refonte de ${current}`),
    stateName: { current: 'Parcours actuel', target: 'Parcours cible' },
    curveOf: (state, journey) => `Courbe d’émotion ${state === 'target' ? 'cible' : 'actuelle'} : ${journey}`,
    ui: {
      view: 'Afficher',
      viewCurrent: 'Actuel',
      viewTarget: 'Cible',
      viewBoth: 'Les deux',
      targetSuffix: ' (cible)',
      invalidJourneys: (count) => (count === 1 ? '1 parcours ne peut pas être dessiné avant correction :' : `${count} parcours ne peuvent pas être dessinés avant correction :`),
      invalidJourney: (name, line) => `${name}, ligne ${line}`,
      journey: 'Parcours',
      segment: 'Segment',
      allSegments: 'Tous les segments',
      zoomToFit: 'Ajuster à la fenêtre',
      zoomIn: 'Zoom avant',
      zoomOut: 'Zoom arrière',
      export: 'Exporter…',
      errorsBanner: (count) => `Le fichier contient ${count === 1 ? '1 erreur' : `${count} erreurs`} : la dernière carte valide reste affichée.`,
      errorsBannerDrawn: (count) => `Le fichier contient ${count === 1 ? '1 erreur' : `${count} erreurs`} (voir le panneau Problèmes) : la carte montre ce qui est valide.`,
      journeysWithErrors: (count) => (count === 1 ? '1 parcours dessiné contient des erreurs :' : `${count} parcours dessinés contiennent des erreurs :`),
      waiting: 'En attente d’un engagement valide…',
      line: (line) => `ligne ${line}`,
    },
  },
};

export function journeyMapLabels(language: Language): JourneyMapLabels {
  return LABELS[language];
}
