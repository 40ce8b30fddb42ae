/**
 * The one protocol between the extension host and the journey-map webview. Both sides import it
 * (the webview with `import type` for the shapes); every message names the document it concerns.
 * The host checks every incoming message with `parseWebviewMessage`: anything else is dropped.
 */
import type { JourneyMapModel } from '../core/journey/journeyMapModel';
import type { Language } from '../core/model/vocabulary';

export interface JourneyChoice { id: string; name: string; segmentId: string }
export interface SegmentChoice { id: string; name: string }
export interface ErrorSummary { code: string; message: string; line: number; column: number }

/** What the webview keeps through a reload (setState/getState), and the serializer restores. */
export interface JourneyMapViewState {
  uri: string;
  journeyId?: string;
  segmentId?: string;
  scrollLeft: number;
  scrollTop: number;
  zoom: number;
}

// Host -> webview
export interface UpdateMessage {
  type: 'update';
  uri: string;
  version: number;
  language: Language;
  journeys: JourneyChoice[];
  segments: SegmentChoice[];
  /** Absent while the file has errors: the webview keeps the last good map under a banner. */
  map?: JourneyMapModel;
  errors: ErrorSummary[];
}
export interface HighlightMessage { type: 'highlight'; uri: string; stepKey: string | null }
export type HostMessage = UpdateMessage | HighlightMessage;

// Webview -> host
export interface ReadyMessage { type: 'ready'; uri: string; journeyId?: string }
export interface SelectJourneyMessage { type: 'selectJourney'; uri: string; journeyId: string }
export interface RevealStepMessage { type: 'revealStep'; uri: string; stepKey: string }
export interface RenderedMessage { type: 'rendered'; uri: string; version: number; journeyId: string; cards: number; ms: number }
export interface ExportMessage { type: 'export'; uri: string }
export type WebviewMessage = ReadyMessage | SelectJourneyMessage | RevealStepMessage | RenderedMessage | ExportMessage;

const MAX_STRING = 4096;

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_STRING;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Keys each message may carry, so an extra or misspelt field is refused, not ignored. */
const KEYS: Record<WebviewMessage['type'], readonly string[]> = {
  ready: ['type', 'uri', 'journeyId'],
  selectJourney: ['type', 'uri', 'journeyId'],
  revealStep: ['type', 'uri', 'stepKey'],
  rendered: ['type', 'uri', 'version', 'journeyId', 'cards', 'ms'],
  export: ['type', 'uri'],
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
      return message.journeyId === undefined || isString(message.journeyId) ? (message as unknown as ReadyMessage) : undefined;
    case 'selectJourney':
      return isString(message.journeyId) ? (message as unknown as SelectJourneyMessage) : undefined;
    case 'revealStep':
      return isString(message.stepKey) ? (message as unknown as RevealStepMessage) : undefined;
    case 'rendered':
      return (isCount(message.version) || message.version === -1) && isString(message.journeyId) && isCount(message.cards) && isCount(message.ms)
        ? (message as unknown as RenderedMessage)
        : undefined;
    default:
      return message as unknown as ExportMessage;
  }
}
