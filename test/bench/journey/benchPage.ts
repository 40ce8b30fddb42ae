/**
 * Browser side of the journey-map benchmark: the webview's own drawing code (MapCanvas, the core's
 * renderer and the DOM patcher), timed from receiving the model to the painted map.
 */
import type { JourneyMapModel } from '../../../src/core/journey/journeyMapModel';
import { JOURNEY_MAP_CSS } from '../../../src/core/journey/journeyMapStyle';
import { MapCanvas } from '../../../webview/mapCanvas';

interface PaintTiming { script: number; painted: number; cards: number }

const sheet = new CSSStyleSheet();
sheet.replaceSync(JOURNEY_MAP_CSS);
document.adoptedStyleSheets = [sheet];
// The webview's viewport: a scrolling box the size of an editor group beside the YAML.
const viewport = document.createElement('div');
viewport.style.cssText = 'width: 1200px; height: 900px; overflow: auto;';
document.body.append(viewport);
const canvas = new MapCanvas(viewport);
const host = canvas.element;

/** Resolves after the next frame is painted: a task queued from rAF runs once the frame is out. */
function nextPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

/**
 * Draws at the start of a frame, as a message arriving then would, and stops the clock once that
 * same frame is painted (a task queued from the frame callback runs after the paint), so the figure
 * is our cost, not the wait for the display's next refresh.
 */
function timeDraw(model: JourneyMapModel): Promise<PaintTiming> {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const started = performance.now();
    const cards = canvas.draw(model);
    host.getBoundingClientRect(); // style and layout now, inside the timed part
    const script = performance.now() - started;
    setTimeout(() => resolve({ script, painted: performance.now() - started, cards }), 0);
  }));
}

async function drawFresh(model: JourneyMapModel, fitAll: boolean): Promise<PaintTiming> {
  canvas.clear();
  canvas.zoom = 1;
  await nextPaint();
  // Zoom to fit puts every card on screen: the worst case, drawn without any windowing.
  if (fitAll) canvas.zoom = 0.001;
  return timeDraw(model);
}

Object.assign(window, { drawFresh, drawChange: timeDraw, cardsOnScreen: () => host.querySelectorAll('.card').length });
