/**
 * The journey-map webview: asks for the map with a `ready` handshake, draws every update by
 * patching the page (scroll and zoom survive), keeps the last good map under a banner while the
 * file has errors, and reports card clicks to the host. User text only ever goes through
 * textContent or the core's escaped attributes; the page runs under a strict CSP.
 */
import { journeyMapLabels, JOURNEY_MAP_CSS, type JourneyMapModel, type Language } from '../src/core';
import type { CurveView, HostMessage, JourneyMapViewState, UpdateMessage, WebviewMessage } from '../src/protocol/journeyMapProtocol';
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
// The host's page links dist/webview/map.css (built from the same constants); a page without it
// gets a constructed stylesheet: the CSP allows no inline style, and the core's CSS is the one source.
if (!document.querySelector('link[rel="stylesheet"]')) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS + JOURNEY_MAP_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const saved = vscode.getState();
const uri = document.body.dataset.uri ?? saved?.uri ?? '';
let state: JourneyMapViewState = { scrollLeft: 0, scrollTop: 0, zoom: 1, ...saved, uri };
let latest: UpdateMessage | undefined;
let drawnJourney: string | undefined;
let drawnMap: JourneyMapModel | undefined;
/** The toolbar speaks the drawn map's language, even while a syntax error hides the file's. */
let drawnLanguage: Language | undefined;
let scrollRestored = false;

const toolbar = element('div', 'toolbar');
const banner = element('div', 'banner');
banner.setAttribute('role', 'alert');
banner.hidden = true;
const empty = element('p', 'empty');
// The first map the host embedded in the page (drawn there already), adopted below.
const viewport = document.querySelector<HTMLDivElement>('body > .viewport') ?? element('div', 'viewport');
const canvas = new MapCanvas(viewport);
canvas.zoom = state.zoom;

const segmentFilter = dropdown('segment', (segmentId) => {
  save({ segmentId: segmentId === '' ? undefined : segmentId });
  if (!latest) return;
  fillPickers(latest);
  const journeys = visibleJourneys(latest);
  if (journeys.length > 0 && !journeys.some((journey) => journey.id === drawnJourney)) selectJourney(journeys[0]!.id);
});
const journeyPicker = dropdown('journey', (journeyId) => {
  // A journey picked by name shows its own map; a current one with a target shows both curves.
  save({ view: undefined });
  selectJourney(journeyId);
});
const viewPicker = dropdown('view', (view) => showView(view as CurveView));
viewPicker.element.hidden = true;
const ZOOM_STEP = 1.25;
const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down' | 'first' | 'last'> = {
  ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last',
};
const zoomOut = button(() => zoomTo(canvas.zoom / ZOOM_STEP));
const zoomIn = button(() => zoomTo(canvas.zoom * ZOOM_STEP));
const fit = button(() => zoomToFit());
const exportButton = button(() => vscode.postMessage({ type: 'export', uri }));
toolbar.append(segmentFilter.element, journeyPicker.element, viewPicker.element, zoomOut.element, zoomIn.element, fit.element, exportButton.element);
const placeholder = document.querySelector('body > .toolbar.placeholder');
if (placeholder) placeholder.replaceWith(toolbar, banner, empty);
else document.body.append(toolbar, banner, empty);
if (!viewport.isConnected) document.body.append(viewport);
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
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    reveal(event.target);
    return;
  }
  const card = event.target instanceof Element ? event.target.closest('.card') : null;
  const key = card?.getAttribute('data-step');
  const direction = ARROWS[event.key];
  if (!key || !direction || event.ctrlKey || event.metaKey || event.altKey) return;
  event.preventDefault();
  event.stopPropagation();
  const next = canvas.neighbour(key, direction);
  if (next) canvas.focusCard(next);
});
// Ctrl/Cmd with + = - 0 zooms the map, not the workbench: the key stops here.
document.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const action = event.key === '+' || event.key === '=' ? 'in' : event.key === '-' || event.key === '_' ? 'out' : event.key === '0' ? 'fit' : undefined;
  if (!action) return;
  event.preventDefault();
  event.stopPropagation();
  if (action === 'fit') zoomToFit();
  else zoomTo(canvas.zoom * (action === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP));
});
// Ctrl/Cmd + wheel (and a trackpad's pinch, which the browser reports so) zooms around the pointer.
viewport.addEventListener('wheel', (event) => {
  if (!(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  event.stopPropagation();
  const factor = Math.exp(-Math.max(-100, Math.min(100, event.deltaY)) / 200);
  zoomTo(canvas.zoom * factor, { x: event.clientX - viewport.getBoundingClientRect().left, y: event.clientY - viewport.getBoundingClientRect().top });
}, { passive: false });

const initial = embeddedUpdate();
if (initial) show(initial);
else canvas.clear();
vscode.postMessage({
  type: 'ready', uri,
  ...(state.journeyId === undefined ? {} : { journeyId: state.journeyId }),
  ...(initial ? { version: initial.version } : {}),
});

/**
 * The update the host embedded in the page, when it is still the one to show: a webview shown
 * again after being hidden reloads the same page, whose map may be of another journey than the
 * one the user picked since (then the host's fresh update is awaited instead).
 */
function embeddedUpdate(): UpdateMessage | undefined {
  const text = document.body.dataset.initial;
  if (text === undefined) return undefined;
  try {
    const message = JSON.parse(text) as UpdateMessage;
    if (message.type !== 'update' || message.uri !== uri || !message.map) return undefined;
    if (state.journeyId !== undefined && state.journeyId !== message.map.journeyId) return undefined;
    return message;
  } catch {
    return undefined;
  }
}

function show(message: UpdateMessage): void {
  const started = performance.now();
  latest = message;
  if (message.map) {
    drawnJourney = message.map.journeyId;
    drawnMap = message.map;
    drawnLanguage = message.map.language;
  }
  const language = drawnLanguage ?? message.language;
  const labels = journeyMapLabels(language);
  relabel(language);
  fillPickers(message);
  showErrors(message, language);
  if (message.map) {
    applyView();
    canvas.draw(message.map);
    const cards = message.map.cards.length;
    if (state.journeyId !== drawnJourney) save({ journeyId: drawnJourney });
    empty.hidden = true;
    // The first opening shows the whole map; afterwards the user's own zoom and scroll are kept.
    if (!state.fitted) {
      zoomToFit();
      save({ fitted: true });
    }
    restoreScroll();
    vscode.postMessage({ type: 'rendered', uri, version: message.version, journeyId: drawnJourney!, cards, ms: Math.round(performance.now() - started), pageMs: Math.round(performance.now()) });
  } else if (drawnJourney === undefined) {
    empty.hidden = false;
    empty.textContent = message.journeys.length === 0 && message.errors.length === 0 ? labels.noJourney : labels.ui.waiting;
  }
}

function showErrors(message: UpdateMessage, language: Language): void {
  banner.hidden = message.errors.length === 0 && message.journeyProblems.length === 0;
  if (banner.hidden) return;
  const ui = journeyMapLabels(language).ui;
  const heading = element('strong', '');
  heading.textContent = message.map ? ui.errorsBannerDrawn(message.errors.length) : ui.errorsBanner(message.errors.length);
  const list = element('ul', 'errors');
  for (const error of message.errors.slice(0, 5)) list.append(lineLink(error.line, `${ui.line(error.line)}: ${error.message} (${error.code})`));
  const children: HTMLElement[] = [heading, list];
  const undrawn = message.journeyProblems.filter((problem) => !problem.drawable);
  const withErrors = message.journeyProblems.filter((problem) => problem.drawable);
  if (undrawn.length > 0) children.push(problemList(ui.invalidJourneys(undrawn.length), undrawn, ui, 'invalid-journeys'));
  if (withErrors.length > 0) children.push(problemList(ui.journeysWithErrors(withErrors.length), withErrors, ui, 'journeys-with-errors'));
  banner.replaceChildren(...children);
}

function problemList(title: string, problems: UpdateMessage['journeyProblems'], ui: ReturnType<typeof journeyMapLabels>['ui'], className: string): HTMLElement {
  const section = element('div', className);
  const caption = element('span', '');
  caption.textContent = title;
  const list = element('ul', '');
  for (const problem of problems) list.append(lineLink(problem.line, ui.invalidJourney(problem.name, problem.line)));
  section.append(caption, list);
  return section;
}

/** A banner entry that shows its line in the editor when clicked (or activated from the keyboard). */
function lineLink(line: number, text: string): HTMLElement {
  const item = element('li', '');
  const link = element('a', 'line-link');
  link.href = '#';
  link.dataset.line = String(line);
  link.textContent = text;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    vscode.postMessage({ type: 'revealLine', uri, line });
  });
  item.append(link);
  return item;
}

function fillPickers(message: UpdateMessage): void {
  const ui = journeyMapLabels(drawnLanguage ?? message.language).ui;
  segmentFilter.setChoices([{ value: '', label: ui.allSegments }, ...message.segments.map((s) => ({ value: s.id, label: s.name }))], state.segmentId ?? '');
  journeyPicker.setChoices(visibleJourneys(message).map((j) => ({ value: j.id, label: j.state === 'target' ? `${j.name}${ui.targetSuffix}` : j.name })), drawnJourney ?? '');
  const comparison = drawnMap?.comparison;
  viewPicker.element.hidden = !comparison;
  if (comparison) {
    viewPicker.setChoices([
      { value: 'current', label: ui.viewCurrent },
      { value: 'target', label: ui.viewTarget },
      { value: 'both', label: ui.viewBoth },
    ], currentView());
  }
}

/** The view of a redesign: a target map is 'target'; a current map shows both curves unless told otherwise. */
function currentView(): CurveView {
  if (!drawnMap?.comparison) return 'current';
  if (drawnMap.state === 'target') return 'target';
  return state.view === 'current' ? 'current' : 'both';
}

function showView(view: CurveView): void {
  const comparison = drawnMap?.comparison;
  if (!drawnMap || !comparison) return;
  save({ view });
  const wanted = view === 'target'
    ? (drawnMap.state === 'target' ? drawnMap.journeyId : comparison.journeyId)
    : (drawnMap.state === 'current' ? drawnMap.journeyId : comparison.journeyId);
  if (wanted !== drawnMap.journeyId) selectJourney(wanted);
  else {
    applyView();
    if (latest) fillPickers(latest);
  }
}

function applyView(): void {
  canvas.element.classList.toggle('hide-compare', currentView() !== 'both');
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
  document.documentElement.lang = language;
  segmentFilter.setLabel(ui.segment);
  journeyPicker.setLabel(ui.journey);
  viewPicker.setLabel(ui.view);
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

/** Zooms keeping the point `around` (viewport pixels; default its centre) where it is. */
function zoomTo(zoom: number, around?: { x: number; y: number }): void {
  const before = canvas.zoom;
  const x = around?.x ?? viewport.clientWidth / 2;
  const y = around?.y ?? viewport.clientHeight / 2;
  const mapX = (viewport.scrollLeft + x) / before;
  const mapY = (viewport.scrollTop + y) / before;
  canvas.setZoom(zoom);
  viewport.scrollTo(mapX * canvas.zoom - x, mapY * canvas.zoom - y);
  save({ zoom: canvas.zoom, scrollLeft: viewport.scrollLeft, scrollTop: viewport.scrollTop });
}

/** The whole map in the viewport, never enlarged beyond 100 %. */
function zoomToFit(): void {
  const { width, height } = canvas.size;
  if (width <= 0 || height <= 0 || viewport.clientWidth === 0) return;
  canvas.setZoom(Math.min(1, viewport.clientWidth / width, viewport.clientHeight / height));
  viewport.scrollTo(0, 0);
  save({ zoom: canvas.zoom, scrollLeft: 0, scrollTop: 0 });
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
