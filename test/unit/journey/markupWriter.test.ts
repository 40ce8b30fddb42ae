import assert from 'node:assert/strict';
import { exportJourneyMap, exportJourneyMapChunks, prepareJourneyMapExport, renderJourneySvg } from '../../../src/core/journey/exportJourneyMap';
import { journeyMapModel } from '../../../src/core/journey/journeyMapModel';
import { MarkupWriter } from '../../../src/core/journey/markupWriter';
import { drawJourneyMap, prepareJourneyMap, renderJourneyMap, type RenderOptions } from '../../../src/core/journey/renderJourneyMap';
import { h, textNode, toMarkup, TreeBuilder } from '../../../src/core/journey/virtualTree';
import { analyse, exampleEngagement, hostileEngagement, withStages, type StepInput } from './journeyFixtures';

/** A long journey in several stages, with pains, problems, critical moments and a target to compare. */
function longJourney(steps: number): Record<string, unknown> {
  const channels = ['site', 'phone', 'branch', 'chat', 'app'];
  const stages: StepInput[][] = [[], [], []];
  for (let i = 0; i < steps; i++) {
    stages[Math.floor((i * 3) / steps)]!.push({
      channel: channels[i % channels.length]!,
      action: i % 7 === 0 ? `Step ${i} with a long action that wraps over several lines of the card & more` : `Step ${i}`,
      ...(i % 4 === 0 ? {} : { emotion: (i % 5) - 2 }),
      ...(i % 3 === 0 ? { pain: `Pain <${i % 10}> "quoted"` } : {}),
      ...(i % 11 === 0 ? { critical: true } : {}),
    });
  }
  const file = withStages(stages);
  file.journeys = [
    ...(file.journeys as object[]),
    { id: 't', segment: 'artisans', state: 'target', redesigns: 'j', stages: [{ name: 'Target', steps: [{ channel: 'app', action: 'One tap', emotion: 2 }, { channel: 'chat', action: 'Asks', emotion: 1 }] }] },
  ];
  return file;
}

function drawnAsMarkup(model: ReturnType<typeof journeyMapModel>, options: RenderOptions): string {
  const writer = new MarkupWriter();
  drawJourneyMap(writer, prepareJourneyMap(model, options));
  return writer.finish().join('');
}

describe('journey map markup written as drawn', () => {
  const variants: Array<[string, RenderOptions]> = [
    ['webview', { standalone: false }],
    ['webview, some slots', { standalone: false, slots: { from: 3, to: 40 } }],
    ['webview, overview', { standalone: false, detail: 'overview' }],
    ['standalone, full text', { standalone: true, fullText: true }],
  ];
  const files: Array<[string, Record<string, unknown>]> = [['the example', exampleEngagement()], ['hostile strings', hostileEngagement()], ['a 600-step journey', longJourney(600)]];

  for (const [fileName, file] of files) {
    for (const [variantName, options] of variants) {
      it(`writes what the webview's tree serialises to: ${fileName}, ${variantName}`, () => {
        const analysis = analyse(file);
        const journeyId = (analysis.engagement!.journeys[0]!).id;
        const model = journeyMapModel(analysis, journeyId);
        assert.equal(drawnAsMarkup(model, options), toMarkup(renderJourneyMap(model, options)));
      });
    }
  }

  it('cuts a long export into chunks that join into the whole document, in every format', () => {
    const analysis = analyse(longJourney(3000));
    for (const format of ['svg', 'html', 'mermaid'] as const) {
      for (const journeyId of [undefined, 'j']) {
        const chunks = exportJourneyMapChunks(analysis, { format, ...(journeyId ? { journeyId } : {}) });
        const whole = exportJourneyMap(analysis, { format, ...(journeyId ? { journeyId } : {}) });
        assert.equal(chunks.join(''), whole);
        assert.ok(chunks.every((chunk) => chunk.length > 0), 'no empty chunk');
        if (format !== 'mermaid') {
          assert.ok(chunks.length > 10, `${format}: ${chunks.length} chunks for ${whole.length} characters`);
          // Chunks are cut after the element that passes 64 K characters (here the curve's path,
          // 3,000 points long, is the largest): none grows with the document.
          assert.ok(Math.max(...chunks.map((chunk) => chunk.length)) < 140_000);
        }
      }
    }
  });

  it('gives the same document to a sink as it is drawn, and draws it again when asked again', () => {
    const analysis = analyse(longJourney(1500));
    const prepared = prepareJourneyMapExport(analysis, { format: 'html' });
    const first: string[] = [];
    prepared.write((chunk) => first.push(chunk));
    const second: string[] = [];
    prepared.write((chunk) => second.push(chunk));
    assert.deepEqual(second, first);
    assert.equal(first.join(''), exportJourneyMap(analysis, { format: 'html' }));
  });

  it('fails before writing anything for an unknown journey', () => {
    assert.throws(() => prepareJourneyMapExport(analyse(exampleEngagement()), { format: 'svg', journeyId: 'nope' }), /Unknown journey: nope/);
  });

  it('keeps the standalone SVG of the roadmap report the single-journey SVG export', () => {
    const analysis = analyse(exampleEngagement());
    assert.equal(`${renderJourneySvg(analysis, 'reorder')}\n`, exportJourneyMap(analysis, { format: 'svg', journeyId: 'reorder' }));
  });
});

describe('MarkupWriter', () => {
  it('escapes attributes and text exactly as the tree serialiser, and leaves numbers and undefined out of escaping', () => {
    const writer = new MarkupWriter();
    writer.open('g', { class: 'a"b\'c<d>&', x: -3.5, skipped: undefined, 'data-k': '\u0001\uD800' });
    writer.text('text', {}, '<b>&amp;</b>\u0002');
    writer.empty('rect', {});
    writer.close();
    const tree = h('g', { class: 'a"b\'c<d>&', x: -3.5, skipped: undefined, 'data-k': '\u0001\uD800' }, [textNode('text', {}, '<b>&amp;</b>\u0002'), h('rect')]);
    assert.equal(writer.finish().join(''), toMarkup(tree));
    assert.equal(toMarkup(tree), '<g class="a&quot;b&#39;c&lt;d&gt;&amp;" x="-3.5" data-k="\uFFFD\uFFFD"><text>&lt;b&gt;&amp;amp;&lt;/b&gt;\uFFFD</text><rect></rect></g>');
  });

  it('refuses unsafe tag and attribute names, as the tree serialiser does', () => {
    assert.throws(() => new MarkupWriter().empty('scr ipt', {}), /Unsafe tag name/);
    assert.throws(() => new MarkupWriter().empty('g', { onclick: 'x' }), /Unsafe attribute name/);
    assert.throws(() => new MarkupWriter().empty('g', { 'a b': 'x' }), /Unsafe attribute name/);
    assert.throws(() => toMarkup(h('g', { onload: 'x' })), /Unsafe attribute name/);
  });

  it('hands full chunks to its sink and keeps none of them', () => {
    const given: string[] = [];
    const writer = new MarkupWriter((chunk) => given.push(chunk));
    writer.open('g', {});
    for (let i = 0; i < 20_000; i++) writer.text('text', { x: i }, `line ${i}`);
    writer.close();
    assert.deepEqual(writer.finish(), []);
    assert.ok(given.length > 4);
    const whole = given.join('');
    assert.ok(whole.startsWith('<g><text x="0">line 0</text>') && whole.endsWith('<text x="19999">line 19999</text></g>'));
  });

  it('refuses a close without an open, and a document left open', () => {
    assert.throws(() => new MarkupWriter().close(), /close\(\) without open\(\)/);
    const writer = new MarkupWriter();
    writer.open('svg', {});
    assert.throws(() => writer.finish(), /Unclosed element/);
  });
});

describe('TreeBuilder', () => {
  it('builds the same tree as h and textNode, keys included', () => {
    const tree = new TreeBuilder();
    tree.open('svg', { width: 10 }, 'root');
    tree.text('title', {}, 'T', 'title');
    tree.empty('rect', { x: 0, y: undefined }, 'bg');
    tree.close();
    assert.deepEqual(tree.root(), h('svg', { width: 10 }, [textNode('title', {}, 'T', 'title'), h('rect', { x: 0 }, [], 'bg')], 'root'));
  });

  it('refuses a drawing that is not one closed element', () => {
    const tree = new TreeBuilder();
    assert.throws(() => tree.close(), /close\(\) without open\(\)/);
    tree.open('svg', {});
    assert.throws(() => tree.root(), /one element/);
  });
});
