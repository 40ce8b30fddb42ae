import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { renderJourneySvg } from '../../../src/core/journey/exportJourneyMap';
import type { Language } from '../../../src/core/model/vocabulary';
import { buildRoadmapDocument } from '../../../src/core/roadmapDocument/buildRoadmapDocument';
import { radarView } from '../../../src/core/roadmapDocument/radarView';
import { timelineSvg } from '../../../src/core/roadmapDocument/timelineSvg';
import { timelineView } from '../../../src/core/roadmapDocument/timelineView';
import { textWidth, wrapText } from '../../../src/core/roadmapDocument/wrapText';
import { renderRoadmap } from '../../../src/core/templates/renderRoadmap';

const GOLDEN = 'test/unit/templates/golden';
const EXAMPLES = ['contract-example', 'location-materiel-action', 'negoce-pme', 'omnichannel-retailer'] as const;
const LANGS: Language[] = ['en', 'fr'];
const example = (name: string) => readFileSync(`examples/${name}.engagement.yaml`, 'utf8');
const fixture = (name: string) => readFileSync(`test/unit/roadmap/fixtures/${name}`, 'utf8');

function render(text: string, lang: Language, name: 'markdown' | 'html'): string {
  const result = renderRoadmap(analyseEngagement(text, { lang }), { kind: 'builtin', name });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.text;
}

/** UPDATE_GOLDEN=1 rewrites the golden files; read their diff (as the client's board would) before committing. */
function assertGolden(name: string, actual: string): void {
  const path = `${GOLDEN}/${name}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  assert.ok(existsSync(path), `${path} is missing (UPDATE_GOLDEN=1 to create it)`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs (UPDATE_GOLDEN=1 to accept)`);
}

/** The HTML without the journey maps (the journey renderer's own drawing, tested with it). */
function withoutMaps(text: string, lang: Language, html: string): string {
  const analysis = analyseEngagement(text, { lang });
  let out = html;
  for (const journey of analysis.engagement!.journeys) out = out.split(renderJourneySvg(analysis, journey.id)).join(`<!-- journey map ${journey.id} -->`);
  return out;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&');

/** What the board reads: the text before the annex (HTML: tags and journey maps removed). */
function body(text: string, lang: Language, format: 'markdown' | 'html'): string {
  const rendered = render(text, lang, format);
  if (format === 'markdown') {
    const annex = rendered.indexOf(lang === 'fr' ? '\n## Annexe' : '\n## Annex');
    assert.ok(annex > 0, 'the annex heading');
    return rendered.slice(0, annex);
  }
  const html = withoutMaps(text, lang, rendered);
  const annex = html.indexOf('<section class="annex">');
  assert.ok(annex > 0, 'the annex section');
  return decode(html.slice(html.indexOf('<body>'), annex).replace(/<!--[\s\S]*?-->/g, '\n').replace(/<[^>]+>/g, '\n'));
}

// English enum words that no French sentence contains (words that are also French — action,
// maintenance, mobile, web — are left out).
const ENUM_WORDS = [
  'precontemplation', 'fear', 'complacency', 'urgency', 'inertia', 'none', 'partial', 'outdated', 'modern', 'monitored', 'engaged',
  'low', 'medium', 'high', 'store', 'phone', 'field-sales', 'mobile-app', 'inform', 'compare', 'advise', 'order', 'pay', 'track',
  'review', 'traditional', 'occasional', 'multichannel', 'digital-first', 'cross-channel', 'omnichannel', 'derived', 'assessed',
  'now', 'next', 'later', 'sme', 'midcap', 'digital-journey', 'channel-integration', 'human-touch', 'data-trust', 'employee-tools',
  'sharesHistory', 'recognizesCustomer', 'généré', 'déduit', 'évalué',
];
const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${w}(?![\\p{L}\\p{N}-])`, 'u');

/** The file's own free text (names, actions, notes…): words it uses may appear in the document. */
function freeTextOf(text: string): string {
  const e = analyseEngagement(text).engagement!;
  return JSON.stringify(e, (key, value) => (['id', 'segment', 'channel', 'prefers', 'redesigns', 'dependsOn', 'key', 'path', 'journeyId', 'type', 'capabilities', 'expects', 'capability', 'digitalIntensity', 'stage', 'horizon', 'dimension', 'organisation', 'visibility', 'effectiveVisibility', 'size', 'language', 'barriers'].includes(key) && typeof value !== 'object' || (key === 'barriers' && false) ? undefined : value));
}

const mentions = (free: string, w: string) => new RegExp(word(w).source, 'iu').test(free);

/** Ids of the file and the roadmap that its own free text does not also use as a word. */
function idsOf(text: string): string[] {
  const analysis = analyseEngagement(text);
  const e = analysis.engagement!;
  const free = freeTextOf(text);
  const ids = [
    ...e.channels.map((c) => c.id), ...e.segments.map((s) => s.id), ...e.journeys.map((j) => j.id), ...e.initiatives.map((i) => i.id),
    ...e.journeys.flatMap((j) => j.steps.flatMap((s) => (s.id ? [s.id] : []))),
    ...analysis.roadmap!.phases.flatMap((p) => p.initiatives.map((i) => i.id)),
  ];
  return [...new Set(ids)].filter((id) => !mentions(free, id));
}

describe('roadmap documents', () => {
  for (const name of EXAMPLES) {
    for (const lang of LANGS) {
      it(`${name}: the Markdown roadmap in ${lang} (golden file)`, () => {
        assertGolden(`roadmap.${name}.${lang}.md`, render(example(name), lang, 'markdown'));
      });
      it(`${name}: the HTML roadmap in ${lang} (golden file, journey maps aside)`, () => {
        const html = render(example(name), lang, 'html');
        const golden = withoutMaps(example(name), lang, html);
        assertGolden(`roadmap.${name}.${lang}.html`, golden);
        assert.doesNotMatch(html, /<script|<link|src="http|href="http|@import/i, 'self-contained, no script');
        assert.match(html, new RegExp(`<html lang="${lang}">`));
        assert.match(html, /<svg [^>]*class="radar"/, 'the maturity radar');
        assert.match(html, /<svg [^>]*class="timeline"/, 'the dated roadmap as a timeline');
        // The journey maps are the shared journey renderer's drawing, byte for byte: once they are
        // set aside, no other map is left in the page (the golden file changes only with the roadmap).
        assert.match(html, /data-step="[a-z0-9-]+\/0\/0"/, 'the journey maps, from the shared journey renderer');
        assert.match(golden, /<!-- journey map /);
        assert.doesNotMatch(golden, /class="cxm-journey-map"/);
      });
    }
  }

  it('follows the contract order of sections', () => {
    for (const lang of LANGS) {
      const md = render(example('negoce-pme'), lang, 'markdown');
      const doc = buildRoadmapDocument(analyseEngagement(example('negoce-pme'), { lang }))!;
      const headings = [doc.summary.heading, doc.standing.heading, doc.journeys.heading, doc.segments.heading, doc.matrix.heading, doc.plan.heading, doc.cards.heading, doc.governance.heading, doc.risks.heading, doc.annex.heading];
      const positions = headings.map((h) => md.indexOf(`\n## ${h}\n`));
      assert.ok(positions.every((p) => p > 0), `${lang}: every heading ${JSON.stringify(positions)}`);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, `${lang}: in order`);
    }
  });

  for (const file of [...EXAMPLES.map((n) => ({ n, text: () => example(n) })), { n: 'acme fixture', text: () => fixture('acme.fr.engagement.yaml') }, { n: 'northwind fixture', text: () => fixture('northwind.en.engagement.yaml') }]) {
    for (const format of ['markdown', 'html'] as const) {
      it(`${file.n}: the French ${format} body has French spacing, no enum word, no id and no line number`, () => {
        const text = body(file.text(), 'fr', format);
        const spaced = /[^\S\n\u00a0\u202f]+[:;%!?»]|«[^\S\n\u00a0]/u.exec(text);
        assert.equal(spaced, null, `an ordinary space before a mark: ${JSON.stringify(spaced && text.slice(Math.max(0, spaced.index - 40), spaced.index + 10))}`);
        assert.doesNotMatch(text, /[ \t]:(?!\/)/, 'no ordinary space before a colon');
        const free = freeTextOf(file.text());
        for (const w of ENUM_WORDS.filter((x) => !mentions(free, x))) {
          const m = word(w).exec(text);
          assert.equal(m, null, `the enum word "${w}" in: ${m && JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 30))}`);
        }
        for (const id of idsOf(file.text())) {
          const m = word(id).exec(text);
          assert.equal(m, null, `the id "${id}" in: ${m && JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 30))}`);
        }
        assert.doesNotMatch(text, /\b(ligne|line)s? \d+(?![\d/])/i, 'no YAML line number (« en ligne 1/5 » is a level)');
        assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'no ISO date');
      });
    }
  }

  it('draws one timeline bar per initiative, with its data-initiative, and one arrow per dependency', () => {
    for (const name of EXAMPLES) {
      const analysis = analyseEngagement(example(name));
      const html = render(example(name), analysis.language, 'html');
      const ids = analysis.roadmap!.phases.flatMap((p) => p.initiatives.map((i) => i.id));
      const bars = [...html.matchAll(/<rect class="bar[^"]*" data-initiative="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual([...bars].sort(), [...ids].sort(), name);
      const deps = analysis.roadmap!.phases.flatMap((p) => p.initiatives.flatMap((i) => (i.dependsOn ?? []).filter((d) => ids.includes(d))));
      assert.equal([...html.matchAll(/<path class="dependency"/g)].length, deps.length, `${name}: dependencies drawn`);
    }
  });

  it('draws a dependency as an arrow from the end of one bar to the start of the next', () => {
    const view = timelineView('T', [{ id: 'a', name: 'Phase', startMonth: 0, endMonth: 6 }], [
      { id: 'one', title: 'First', phaseId: 'a', startMonth: 0, endMonth: 2, quickWin: true, dependsOn: [], windowText: '' },
      { id: 'two', title: 'Second', phaseId: 'a', startMonth: 2, endMonth: 5, quickWin: false, dependsOn: ['one', 'ghost'], windowText: '' },
    ], (m) => `M${m}`);
    assert.equal(view.dependencies.length, 1, 'an unknown dependency is not drawn');
    const [one, two] = view.bars;
    assert.match(view.dependencies[0]!.path, new RegExp(`^M${one!.x + one!.width},`));
    assert.ok(view.dependencies[0]!.path.endsWith(`H${two!.x}`));
    const svg = timelineSvg(view);
    assert.match(svg, /<path class="dependency" data-from="one" data-to="two"/);
    assert.match(svg, /marker-end="url\(#cxm-arrow\)"/);
  });

  it('wraps long timeline labels and phase names instead of clipping them', () => {
    const long = 'Reconnaître le client avant de partager son historique sur les canaux où les ruptures sont les plus fréquentes, agences et standard compris';
    const view = timelineView('T', [{ id: 'a', name: 'Ancrage dans la durée et prévention de la rechute', startMonth: 0, endMonth: 1 }, { id: 'b', name: 'B', startMonth: 1, endMonth: 24 }],
      [{ id: 'x', title: long, phaseId: 'a', startMonth: 0, endMonth: 1, quickWin: false, dependsOn: [], windowText: '' }], (m) => `mois ${m}`);
    const bar = view.bars[0]!;
    assert.ok(bar.lines.length > 1, 'wrapped');
    for (const line of bar.lines) assert.ok(textWidth(line, view.fontSize) <= view.labelWidth, line);
    assert.ok(bar.rowHeight >= bar.lines.length * view.lineHeight, 'the row is as tall as its label');
    for (const phase of view.phases) for (const line of phase.lines) assert.ok(textWidth(line, view.fontSize - 1) <= Math.max(24, phase.width - 8) + 0.01, line);
    for (const b of view.bars) assert.ok(b.x + b.width <= view.width && b.rowY + b.rowHeight <= view.height);
  });

  it('keeps every radar label inside the viewBox, wrapped (the clipped « tils des collaborateurs (1) »)', () => {
    const names = ['Outils des collaborateurs', 'Visibilité en ligne', 'Intégration des canaux', 'Confiance et données', 'Un nom de dimension extraordinairement long pour voir'];
    const dims = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, name: names[i % names.length]!, level: 1 + (i % 5), assessed: i % 2 === 0 }));
    const view = radarView('Radar', dims, (l) => `${l}/5`);
    const vb = view.viewBox;
    for (const axis of view.axes) {
      const b = axis.box;
      assert.ok(b.x >= vb.x && b.y >= vb.y && b.x + b.width <= vb.x + vb.width && b.y + b.height <= vb.y + vb.height, `${axis.label} ${JSON.stringify(b)} in ${JSON.stringify(vb)}`);
      for (const line of axis.lines) assert.ok(textWidth(line, view.fontSize) <= b.width + 0.01);
    }
    const outils = view.axes[0]!;
    assert.ok(outils.lines.length >= 2 && outils.lines[0]!.startsWith('Outils'), JSON.stringify(outils.lines));
  });

  it('wraps words, and cuts only a word longer than the line', () => {
    assert.deepEqual(wrapText('un deux trois', 40, 12), ['un', 'deux', 'trois']);
    const cut = wrapText('Anticonstitutionnellement', 50, 12);
    assert.ok(cut.length > 1 && cut.slice(0, -1).every((l) => l.endsWith('-')));
    for (const line of cut) assert.ok(textWidth(line, 12) <= 50);
    assert.deepEqual(wrapText(`Niveau\u00a0: 2 sur 5`, 60, 12)[0], 'Niveau\u00a0:', 'a no-break space keeps « : » with its word');
  });

  it('gives a consultant initiative its own effort and dependencies from the file, and degrades gracefully without planner fields', () => {
    const doc = buildRoadmapDocument(analyseEngagement(example('negoce-pme')))!;
    assert.ok(doc.cards.phases.every((p) => p.cards.every((c) => c.title && c.why && c.facts.length > 0)));
    assert.ok(doc.plan.timeline.bars.every((b) => b.endMonth > b.startMonth));
    assert.ok(doc.summary.messages.length >= 2 && doc.summary.messages.length <= 4);
    assert.ok(doc.summary.decision.length > 0);
  });

  it('builds a document for a file that triggers nothing (a summary, a plan, no empty section heading)', () => {
    const minimal = 'engagement: { client: Solo, language: fr }\nchange: { stage: maintenance }\nchannels: [{ id: shop, type: store }]\nsegments: [{ id: all, digitalIntensity: traditional }]\n';
    const doc = buildRoadmapDocument(analyseEngagement(minimal))!;
    assert.ok(doc.summary.messages.length >= 1);
    assert.ok(doc.journeys.intro.includes('Aucun parcours'));
    for (const name of ['markdown', 'html'] as const) assert.ok(renderRoadmap(analyseEngagement(minimal), { kind: 'builtin', name }).ok);
  });

  it('shows target journeys beside the current ones they redesign, and leaves them out of the standing', () => {
    const analysis = analyseEngagement(example('negoce-pme'));
    const [current, other] = analysis.engagement!.journeys;
    // What the second release's `journeys[].state: target` + `redesigns` give (another branch adds the keys).
    Object.assign(other!, { state: 'target', redesigns: current!.id });
    const doc = buildRoadmapDocument(analysis, 'fr', { drawJourney: (id) => `<svg data-j="${id}"/>` })!;
    assert.equal(doc.targets.pairs.length, 1);
    assert.equal(doc.targets.pairs[0]!.current.name, current!.name);
    assert.equal(doc.targets.pairs[0]!.target.name, other!.name);
    assert.match(doc.targets.pairs[0]!.change, new RegExp(`^«\u00a0${other!.name}\u00a0» redessine «\u00a0${current!.name}\u00a0»\u00a0: `));
    assert.ok(!doc.journeys.journeys.some((j) => j.id === other!.id), 'a target journey is not a lived one');
    const none = buildRoadmapDocument(analyseEngagement(example('negoce-pme')))!;
    assert.equal(none.targets.pairs.length, 0);
    assert.doesNotMatch(render(example('negoce-pme'), 'fr', 'markdown'), /## Les parcours cibles/, 'no section without target journeys');
  });

  it('lets a custom template reuse the built-in partials on the document', () => {
    const analysis = analyseEngagement(example('negoce-pme'));
    const html = renderRoadmap(analysis, { kind: 'custom', name: 'board.html.hbs', source: '{{> summary document.summary}}{{> timeline document}}{{> risks document.risks}}' });
    assert.ok(html.ok, html.ok ? '' : html.message);
    assert.match(html.text, /<h2>Synthèse pour la direction<\/h2>/);
    assert.match(html.text, /<svg [^>]*class="timeline"/);
    const md = renderRoadmap(analysis, { kind: 'custom', name: 'board.md.hbs', source: '{{> summary document.summary}}{{> timeline document.plan}}' });
    assert.ok(md.ok, md.ok ? '' : md.message);
    assert.match(md.text, /^## Synthèse pour la direction\n/);
    assert.match(md.text, /\| Phase \| Initiative \| Période \|/);
  });

  it('tells and draws the most painful journeys only, and says how many more there are', () => {
    const analysis = analyseEngagement(example('negoce-pme'));
    const doc = buildRoadmapDocument(analysis, 'fr', { drawJourney: (id) => `<svg data-j="${id}"/>`, maxJourneyMaps: 1, maxJourneys: 2 })!;
    assert.equal(doc.journeys.journeys.length, 2);
    assert.equal(doc.journeys.journeys.filter((j) => j.svg).length, 1);
    assert.equal(doc.journeys.journeys.find((j) => j.svg)!.name, 'Dépannage urgent sur un chantier', 'the most painful one');
    assert.match(doc.journeys.notDrawn, /^1 autre parcours/);
  });
});

const HOSTILE = `engagement:
  client: "<script>alert('c')</script>"
  date: 2026-10-14
  language: fr
change:
  stage: contemplation
  barriers:
    - { type: fear, who: "<img src=x onerror=alert(1)>", note: "</td><script>alert(2)</script>\\r\\n| injected | row |" }
channels:
  - { id: web, name: "<svg onload=alert(3)>", type: web, owner: "<b>owner</b>", capabilities: [inform] }
  - { id: desk, name: "Desk & <i>co</i>", type: phone }
segments:
  - { id: s, name: "**bold** | cell", digitalIntensity: digital-first, expects: [order] }
journeys:
  - id: j
    name: "</section><script>alert(4)</script>"
    segment: s
    stages:
      - name: "<style>*{display:none}</style>"
        steps:
          - { channel: web, action: "<iframe src=javascript:alert(5)>", emotion: -2, critical: true, pain: "\\"><img src=x onerror=alert(6)>\\r\\n# heading" }
          - { channel: desk, action: "ok", emotion: -1, critical: true }
assessment:
  community: { level: 2, rationale: "<a href=javascript:alert(7)>x</a>\\rnext" }
initiatives:
  - { id: x, title: "<script>alert(8)</script>", dimension: mobile, owner: "<u>o</u>", kpi: "<kbd>k</kbd>" }
`;

describe('roadmap documents with hostile strings', () => {
  it('escapes every user string in every section of the HTML', () => {
    const html = render(HOSTILE, 'fr', 'html');
    assert.doesNotMatch(html, /<script|<img|<iframe|<svg onload|<b>owner|<i>co|<a href|<style>\*|<u>o|<kbd>|<\/section><script/i);
    assert.match(html, /&lt;script&gt;alert\(8\)&lt;\/script&gt;/);
  });

  it('escapes them in the Markdown, on one line each', () => {
    const md = render(HOSTILE, 'fr', 'markdown');
    assert.doesNotMatch(md, /(?<!\\)<(script|img|iframe|svg|b>|i>|a |style|u>|kbd)/i, 'no raw tag');
    assert.doesNotMatch(md, /\r/, 'no carriage return');
    assert.doesNotMatch(md, /^\| injected/m, 'a value never starts a table row');
    assert.doesNotMatch(md, /^# heading/m, 'a value never starts a heading');
    assert.match(md, /\\\*\\\*bold\\\*\\\* \\\| cell/);
  });
});
