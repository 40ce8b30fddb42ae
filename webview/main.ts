/**
 * The journey-map webview: asks for the map with a `ready` handshake, draws every update by
 * patching the page (scroll and zoom survive), keeps the last good map under a banner while the
 * file has errors, and reports card clicks to the host. User text only ever goes through
 * textContent or the core's escaped attributes; the page runs under a strict CSP.
 */
import { journeyMapLabels } from '../src/core/journey/journeyMapLabels';
import { JOURNEY_MAP_CSS } from '../src/core/journey/journeyMapStyle';
import type { Language } from '../src/core/model/vocabulary';
import type { HostMessage, JourneyMapViewState, UpdateMessage, WebviewMessage } from '../src/protocol/journeyMapProtocol';
import { MapCanvas } from './mapCanvas';
import { PAGE_CSS } from './pageStyle';
import { button, dropdown } from './ui';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): JourneyMapViewState | undefined;
  setState(state: JourneyMapViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
// A constructed stylesheet: the CSP allows no inline style, and the core's CSS is the one source.
const sheet = new CSSStyleSheet();
sheet.replaceSync(PAGE_CSS + JOURNEY_MAP_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const saved = vscode.getState();
const uri = document.body.dataset.uri ?? saved?.uri ?? '';
let state: JourneyMapViewState = { scrollLeft: 0, scrollTop: 0, zoom: 1, ...saved, uri };
let latest: UpdateMessage | undefined;
let drawnJourney: string | undefined;
let scrollRestored = false;

const toolbar = element('div', 'toolbar');
const banner = element('div', 'banner');
banner.setAttribute('role', 'alert');
banner.hidden = true;
const empty = element('p', 'empty');
const viewport = element('div', 'viewport');
const canvas = new MapCanvas(viewport);
canvas.zoom = state.zoom;

const segmentFilter = dropdown('segment', (segmentId) => {
  save({ segmentId: segmentId === '' ? undefined : segmentId });
  if (!latest) return;
  fillPickers(latest);
  const journeys = visibleJourneys(latest);
  if (journeys.length > 0 && !journeys.some((journey) => journey.id === drawnJourney)) selectJourney(journeys[0]!.id);
});
const journeyPicker = dropdown('journey', selectJourney);
const zoomOut = button(() => zoomTo(canvas.zoom / 1.25));
const zoomIn = button(() => zoomTo(canvas.zoom * 1.25));
const fit = button(() => zoomToFit());
const exportButton = button(() => vscode.postMessage({ type: 'export', uri }));
toolbar.append(segmentFilter.element, journeyPicker.element, zoomOut.element, zoomIn.element, fit.element, exportButton.element);
document.body.append(toolbar, banner, empty, viewport);
relabel('en');
empty.textContent = journeyMapLabels('en').ui.waiting;

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null || message.uri !== uri) return;
  if (message.type === 'update') show(message);
  else if (message.type === 'highlight') canvas.highlight(message.stepKey, true);
});
viewport.addEventListener('scroll', () => save({ scrollLeft: viewport.scrollLeft, scrollTop: viewport.scrollTop }), { passive: true });
canvas.element.addEventListener('click', (event) => reveal(event.target));
canvas.element.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  reveal(event.target);
});

vscode.postMessage(state.journeyId === undefined ? { type: 'ready', uri } : { type: 'ready', uri, journeyId: state.journeyId });

function show(message: UpdateMessage): void {
  const started = performance.now();
  latest = message;
  const labels = journeyMapLabels(message.language);
  relabel(message.language);
  fillPickers(message);
  showErrors(message);
  if (message.map) {
    canvas.draw(message.map);
    const cards = message.map.cards.length;
    drawnJourney = message.map.journeyId;
    if (state.journeyId !== drawnJourney) save({ journeyId: drawnJourney });
    empty.hidden = true;
    restoreScroll();
    vscode.postMessage({ type: 'rendered', uri, version: message.version, journeyId: drawnJourney, cards, ms: Math.round(performance.now() - started) });
  } else if (drawnJourney === undefined) {
    empty.hidden = false;
    empty.textContent = message.journeys.length === 0 && message.errors.length === 0 ? labels.noJourney : labels.ui.waiting;
  }
}

function showErrors(message: UpdateMessage): void {
  banner.hidden = message.errors.length === 0;
  if (banner.hidden) return;
  const ui = journeyMapLabels(message.language).ui;
  const heading = element('strong', '');
  heading.textContent = ui.errorsBanner(message.errors.length);
  const list = element('ul', '');
  for (const error of message.errors.slice(0, 5)) {
    const item = element('li', '');
    item.textContent = `${ui.line(error.line)}: ${error.message} (${error.code})`;
    list.append(item);
  }
  banner.replaceChildren(heading, list);
}

function fillPickers(message: UpdateMessage): void {
  const ui = journeyMapLabels(message.language).ui;
  segmentFilter.setChoices([{ value: '', label: ui.allSegments }, ...message.segments.map((s) => ({ value: s.id, label: s.name }))], state.segmentId ?? '');
  journeyPicker.setChoices(visibleJourneys(message).map((j) => ({ value: j.id, label: j.name })), drawnJourney ?? message.map?.journeyId ?? '');
}

function visibleJourneys(message: UpdateMessage): UpdateMessage['journeys'] {
  return message.journeys.filter((journey) => state.segmentId === undefined || journey.segmentId === state.segmentId);
}

function selectJourney(journeyId: string): void {
  save({ journeyId });
  vscode.postMessage({ type: 'selectJourney', uri, journeyId });
}

function relabel(language: Language): void {
  const ui = journeyMapLabels(language).ui;
  segmentFilter.setLabel(ui.segment);
  journeyPicker.setLabel(ui.journey);
  zoomOut.setLabel('−', ui.zoomOut);
  zoomIn.setLabel('+', ui.zoomIn);
  fit.setLabel(ui.zoomToFit, ui.zoomToFit);
  exportButton.setLabel(ui.export, ui.export);
}

function reveal(target: EventTarget | null): void {
  const card = target instanceof Element ? target.closest('.card') : null;
  const stepKey = card?.getAttribute('data-step');
  if (stepKey) vscode.postMessage({ type: 'revealStep', uri, stepKey });
}

function zoomTo(zoom: number): void {
  canvas.setZoom(zoom);
  save({ zoom: canvas.zoom });
}

function zoomToFit(): void {
  const { width, height } = canvas.size;
  if (width > 0 && height > 0) zoomTo(Math.min(viewport.clientWidth / width, viewport.clientHeight / height));
}

function restoreScroll(): void {
  if (scrollRestored) return;
  scrollRestored = true;
  viewport.scrollTo(state.scrollLeft, state.scrollTop);
}

function save(change: Partial<JourneyMapViewState>): void {
  state = { ...state, ...change, uri };
  vscode.setState(state);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className !== '') created.className = className;
  return created;
}
