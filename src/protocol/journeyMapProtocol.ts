/**
 * The one protocol between the extension host and the journey-map webview. Both sides import it
 * (the webview with `import type` for the shapes); every message names the document it concerns.
 * The host checks every incoming message with `parseWebviewMessage`: anything else is dropped.
 */
import type { ErrorSummary, JourneyChoice, JourneyMapModel, JourneyProblem, Language, SegmentChoice } from '../core';

// The choices, problems and errors are the core's journey-map view (src/core/journey/journeyMapView.ts).
export type { ErrorSummary, JourneyChoice, JourneyProblem, SegmentChoice };

/** How a current journey with a target is shown: its own curve, the target's map, or both curves. */
export type CurveView = 'current' | 'target' | 'both';

/** What the webview keeps through a reload (setState/getState), and the serializer restores. */
export interface JourneyMapViewState {
  uri: string;
  journeyId?: string;
  segmentId?: string;
  scrollLeft: number;
  scrollTop: number;
  zoom: number;
  /** Set once the map has been zoomed to fit on its first opening (then the user's zoom is kept). */
  fitted?: boolean;
  view?: CurveView;
}

// Host -> webview
export interface UpdateMessage {
  type: 'update';
  uri: string;
  version: number;
  language: Language;
  journeys: JourneyChoice[];
  segments: SegmentChoice[];
  /**
   * The chosen journey, drawn from the valid parts of the file even while it has errors elsewhere;
   * absent only when no journey can be drawn (then the webview keeps its last map under a banner).
   */
  map?: JourneyMapModel;
  /** True when the file fails the schema and the map shows only the journeys that pass it. */
  partial: boolean;
  errors: ErrorSummary[];
  /** Journeys that cannot be drawn or have errors, each with the line to reveal. */
  journeyProblems: JourneyProblem[];
}
export interface HighlightMessage { type: 'highlight'; uri: string; stepKey: string | null }
export type HostMessage = UpdateMessage | HighlightMessage;

// Webview -> host
/** `version`: the version the webview already drew from the map embedded in its page (nothing to resend). */
export interface ReadyMessage { type: 'ready'; uri: string; journeyId?: string; version?: number }
export interface SelectJourneyMessage { type: 'selectJourney'; uri: string; journeyId: string }
export interface RevealStepMessage { type: 'revealStep'; uri: string; stepKey: string }
/** `pageMs`: milliseconds from the webview page's start to this drawing (the webview's own clock). */
export interface RenderedMessage { type: 'rendered'; uri: string; version: number; journeyId: string; cards: number; ms: number; pageMs?: number }
export interface ExportMessage { type: 'export'; uri: string }
/** A click on an error or a journey of the banner: the editor shows that line (1-based). */
export interface RevealLineMessage { type: 'revealLine'; uri: string; line: number }
export type WebviewMessage = ReadyMessage | SelectJourneyMessage | RevealStepMessage | RenderedMessage | ExportMessage | RevealLineMessage;

const MAX_STRING = 4096;

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_STRING;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Keys each message may carry, so an extra or misspelt field is refused, not ignored. */
const KEYS: Record<WebviewMessage['type'], readonly string[]> = {
  ready: ['type', 'uri', 'journeyId', 'version'],
  selectJourney: ['type', 'uri', 'journeyId'],
  revealStep: ['type', 'uri', 'stepKey'],
  rendered: ['type', 'uri', 'version', 'journeyId', 'cards', 'ms', 'pageMs'],
  export: ['type', 'uri'],
  revealLine: ['type', 'uri', 'line'],
};

/** The message as the protocol defines it, or undefined when it is unknown or malformed. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(KEYS, type)) return undefined;
  const allowed = KEYS[type as WebviewMessage['type']];
  if (Object.keys(message).some((key) => !allowed.includes(key)) || !isString(message.uri)) return undefined;
  switch (type) {
    case 'ready':
      return (message.journeyId === undefined || isString(message.journeyId)) && (message.version === undefined || isCount(message.version) || message.version === -1)
        ? (message as unknown as ReadyMessage)
        : undefined;
    case 'selectJourney':
      return isString(message.journeyId) ? (message as unknown as SelectJourneyMessage) : undefined;
    case 'revealStep':
      return isString(message.stepKey) ? (message as unknown as RevealStepMessage) : undefined;
    case 'rendered':
      return (isCount(message.version) || message.version === -1) && isString(message.journeyId) && isCount(message.cards) && isCount(message.ms)
        && (message.pageMs === undefined || isCount(message.pageMs))
        ? (message as unknown as RenderedMessage)
        : undefined;
    case 'revealLine':
      return isCount(message.line) && Number.isInteger(message.line) && (message.line as number) >= 1 ? (message as unknown as RevealLineMessage) : undefined;
    default:
      return message as unknown as ExportMessage;
  }
}
