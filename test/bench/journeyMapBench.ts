// Journey-map figures (issue 3), in headless Chromium: a 1,000-step journey drawn from the model to
// the painted map (target < 100 ms), one step changed and repainted (< 16 ms), Mermaid's `journey`
// diagram of the same steps in the same browser (ours at least 5x faster), and the webview bundle
// (at most 300 KB). Figures and ratios only, never assertions.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { journeyMapModel, type JourneyMapModel } from '../../src/core/journey/journeyMapModel';
import { mermaidJourney } from '../../src/core/journey/mermaidJourney';
import { kb, ms } from './measure';

const root = join(__dirname, '..', '..');
const STEPS = 1000;
const RUNS = 7;

interface PaintTiming { script: number; painted: number; cards: number }

function thousandStepEngagement(): string {
  const channels = ['site', 'app', 'phone', 'branch', 'chat', 'email'];
  const stages = Array.from({ length: 10 }, (_, stage) => ({
    name: `Phase ${stage + 1}`,
    steps: Array.from({ length: STEPS / 10 }, (_, step) => {
      const n = stage * 100 + step;
      return {
        id: `s${n}`,
        channel: channels[(n * 7 + (n >> 2)) % channels.length],
        action: `Étape ${n}: le client cherche, compare puis contacte le service`,
        ...(n % 9 === 4 ? {} : { emotion: ((n * 5) % 5) - 2 }),
        ...(n % 3 === 0 ? { pain: 'Doit répéter sa demande au conseiller' } : {}),
        ...(n % 17 === 0 ? { critical: true } : {}),
      };
    }),
  }));
  return JSON.stringify({
    engagement: { client: 'Bench', language: 'fr' },
    change: { stage: 'preparation' },
    channels: [
      { id: 'site', type: 'web', sharesHistory: true }, { id: 'app', type: 'mobile-app' }, { id: 'phone', type: 'phone' },
      { id: 'branch', type: 'store', sharesHistory: true }, { id: 'chat', type: 'chat', human: true }, { id: 'email', type: 'email' },
    ],
    segments: [{ id: 'all', share: 100, digitalIntensity: 'multichannel' }],
    journeys: [{ id: 'big', name: 'Parcours de 1 000 étapes', segment: 'all', stages }],
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  console.log('\n== Journey map: 1,000 steps in headless Chromium ==');
  const analysis = analyseEngagement(thousandStepEngagement());
  const model = journeyMapModel(analysis, 'big');
  const changed: JourneyMapModel = { ...model, cards: model.cards.map((card, i) => (i === 5 ? { ...card, action: `${card.action} (modifiée)`, emotion: 2 } : card)) };

  const page = esbuild.buildSync({
    entryPoints: [join(root, 'test', 'bench', 'journey', 'benchPage.ts')], bundle: true, write: false, format: 'iife',
    platform: 'browser', target: 'es2022', minify: true, logLevel: 'silent',
  }).outputFiles[0]!.text;
  // The map's script and the toolkit's, loaded after it (the map never waits for the toolkit).
  const minified = (entry: string) => esbuild.buildSync({
    entryPoints: [join(root, 'webview', entry)], bundle: true, write: false, format: 'iife',
    platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'silent',
  }).outputFiles[0]!.contents.byteLength;
  const mapScript = minified('main.ts');
  const toolkitScript = minified('toolkit.ts');
  const webview = mapScript + toolkitScript;

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const ours = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await ours.setContent('<!DOCTYPE html><html><body></body></html>');
    await ours.addScriptTag({ content: page });
    type Page = { drawFresh(m: unknown, fitAll: boolean): Promise<PaintTiming>; cardsOnScreen(): number };
    const drawFresh = async (fitAll: boolean): Promise<{ timings: PaintTiming[]; cards: number }> => {
      const timings: PaintTiming[] = [];
      for (let i = 0; i < RUNS + 1; i++) timings.push(await ours.evaluate(({ m, all }) => (window as unknown as Page).drawFresh(m, all), { m: model, all: fitAll }));
      timings.shift();
      return { timings, cards: await ours.evaluate(() => (window as unknown as Page).cardsOnScreen()) };
    };
    const everything = await drawFresh(true);
    const { timings: fresh, cards } = await drawFresh(false);
    const change: PaintTiming[] = [];
    for (let i = 0; i < 2 * RUNS; i++) {
      change.push(await ours.evaluate((m) => (window as unknown as { drawChange(m: unknown): Promise<PaintTiming> }).drawChange(m), i % 2 === 0 ? changed : model));
    }
    const oursFull = median(fresh.map((t) => t.painted));
    console.log(`map of ${model.cards.length} steps, viewport 1200 x 900 px: ${cards} cards on screen (the rest drawn as you scroll)`);
    console.log(`model -> DOM + style + layout         ${ms(median(fresh.map((t) => t.script)))}`);
    console.log(`model -> painted                      ${ms(oursFull)}   (target < 100 ms)`);
    console.log(`one step changed: patch + layout      ${ms(median(change.map((t) => t.script)))}`);
    console.log(`one step changed: -> painted          ${ms(median(change.map((t) => t.painted)))}   (target < 16 ms)`);
    console.log(`zoomed to fit, all ${everything.cards} cards: -> painted ${ms(median(everything.timings.map((t) => t.painted)))}   (worst case: no windowing, text-free overview cards)`);

    const mermaidPage = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await mermaidPage.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await mermaidPage.addScriptTag({ path: join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    const diagram = mermaidJourney(model).replace(/^```(mermaid)?\n?/gm, '');
    const mermaidTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      mermaidTimes.push(await mermaidPage.evaluate(async ({ text, run }) => {
        const mermaid = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        // Mermaid refuses texts over 50,000 characters by default: the benchmark lifts the cap.
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10_000_000 });
        const out = document.getElementById('out')!;
        out.replaceChildren();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const started = performance.now();
        const { svg } = await mermaid.render(`journey${run}`, text);
        out.innerHTML = svg; // Mermaid's own sanitised output, in a throwaway benchmark page
        out.getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - started;
      }, { text: diagram, run: i }));
    }
    const mermaidMedian = median(mermaidTimes);
    console.log(`Mermaid journey, same 1,000 steps     ${ms(mermaidMedian)}`);
    console.log(`ratio Mermaid / ours (viewport)       ${(mermaidMedian / oursFull).toFixed(1).padStart(8)}x  (target >= 5x)`);
    console.log(`ratio Mermaid / ours (all 1000 cards) ${(mermaidMedian / median(everything.timings.map((t) => t.painted))).toFixed(1).padStart(8)}x`);
  } finally {
    await browser.close();
  }
  let built = 'not built';
  try { built = kb(statSync(join(root, 'dist', 'webview', 'main.js')).size); } catch { /* the figure below is the one shipped */ }
  console.log(`webview bundle, minified (shipped)    ${kb(webview).padStart(11)}   (target <= 300 KB; dev build of the map's script ${built})`);
  console.log(`  map's script (before the first draw) ${kb(mapScript).padStart(11)}   toolkit, deferred after it ${kb(toolkitScript)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
