import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { customTemplate } from '../../../src/core/templates/roadmapTemplates';
import { renderRoadmap, type RoadmapTemplate } from '../../../src/core/templates/renderRoadmap';

const fixture = (name: string) => readFileSync(`test/unit/roadmap/fixtures/${name}`, 'utf8');

const HOSTILE = `engagement:
  client: '<script>alert("client")</script> & *Co* | x'
  title: '"><img src=x onerror=alert(1)>'
change:
  stage: action
  barriers: [{ type: fear, who: '<b onmouseover=alert(2)>sales</b>' }]
channels:
  - { id: shop, name: '<iframe src=javascript:alert(3)>', type: web, capabilities: [inform] }
segments:
  - { id: pros, name: '<svg onload=alert(4)>', digitalIntensity: digital-first, expects: [order] }
journeys:
  - id: buy
    name: '</figcaption><script>alert(5)</script>'
    segment: pros
    stages:
      - name: '<style>body{display:none}</style>'
        steps: [{ channel: shop, action: '<img src=x onerror=alert(6)>' }]
assessment:
  community: { level: 2, rationale: '</td><script>alert(7)</script>' }
initiatives:
  - { id: x, title: '<script>alert(8)</script>', dimension: mobile, owner: '<a href=javascript:alert(9)>o</a>' }
`;

describe('roadmap templates', () => {
  it('escapes every hostile string in the HTML report', () => {
    const html = rendered(HOSTILE, { kind: 'builtin', name: 'html' });
    assert.doesNotMatch(html, /<script|<img|<iframe|<svg onload|<b onmouseover|<a href|<style>body|<\/figcaption><script/i);
    assert.match(html, /&lt;script&gt;alert\(&quot;client&quot;\)&lt;\/script&gt;/);
  });

  it('escapes hostile strings in the Markdown report as text', () => {
    const md = rendered(HOSTILE, { kind: 'builtin', name: 'markdown' });
    assert.doesNotMatch(md, /(?<!\\)<(script|img|iframe|svg|b |a )/i, 'no raw tag');
    assert.match(md, /\\<script\\>alert\("client"\)\\<\/script\\> & \\\*Co\\\* \\\| x/);
  });

  it('gives a custom template the documented context', () => {
    const source = '{{lang}}|{{engagement.engagement.client}}|{{assessment.overall.maturity}}|{{roadmap.stage}}|{{#each journeys}}{{id}}:{{#if svg}}svg{{/if}}{{/each}}|{{t "roadmap"}}|{{dimensionLabel "human-touch"}}';
    const result = renderRoadmap(analyseEngagement(fixture('acme.fr.engagement.yaml')), { kind: 'custom', name: 'brief.html.hbs', source });
    assert.deepEqual(result, { ok: true, text: 'fr|Acme Distribution|multichannel|contemplation|reorder:svg|Feuille de route|Contact humain' });
  });

  it('escapes in custom HTML templates and not in custom Markdown ones', () => {
    const analysis = analyseEngagement(HOSTILE);
    const source = '{{engagement.engagement.title}}';
    assert.deepEqual(renderRoadmap(analysis, { kind: 'custom', name: 'a.hbs', source }), { ok: true, text: '&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;' });
    assert.deepEqual(renderRoadmap(analysis, { kind: 'custom', name: 'a.md.hbs', source: '{{md engagement.engagement.title}}' }), { ok: true, text: '"\\>\\<img src=x onerror=alert(1)\\>' });
  });

  it('reports a missing field under strict mode with the template line, without throwing', () => {
    const result = renderRoadmap(analyseEngagement(fixture('acme.fr.engagement.yaml')), { kind: 'custom', name: 'r.hbs', source: 'one\ntwo {{engagement.nope.deeper}}\n' });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.line, 2);
    assert.equal(!result.ok && result.column, 7, 'the column of the expression');
    assert.match(!result.ok ? result.message : '', /r\.hbs:2:7: .*"deeper" not defined/);
  });

  it('reports a syntax error with the template line', () => {
    for (const source of ['a\nb\n{{#each roadmap.phases}}\n{{/if}}', 'a\n{{#if}\n']) {
      const result = renderRoadmap(analyseEngagement(fixture('acme.fr.engagement.yaml')), { kind: 'custom', name: 'bad.hbs', source });
      assert.equal(result.ok, false, source);
      assert.equal(typeof (!result.ok && result.line), 'number', JSON.stringify(result));
    }
  });

  it('reports an unknown helper or partial without throwing', () => {
    const analysis = analyseEngagement(fixture('acme.fr.engagement.yaml'));
    const helper = renderRoadmap(analysis, { kind: 'custom', name: 'h.hbs', source: '\n\n{{nosuchhelper 1}}' });
    assert.equal(!helper.ok && helper.line, 3);
    assert.equal(renderRoadmap(analysis, { kind: 'custom', name: 'p.hbs', source: '{{> nosuchpartial}}' }).ok, false);
  });

  it('renders both built-ins for a minimal engagement (optional fields absent under strict mode)', () => {
    const minimal = 'engagement: { client: Solo }\nchange: { stage: maintenance }\nchannels: [{ id: shop, type: store }]\nsegments: [{ id: all, digitalIntensity: traditional }]\n';
    for (const name of ['markdown', 'html'] as const) {
      const result = renderRoadmap(analyseEngagement(minimal), { kind: 'builtin', name });
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.match(result.text, /Solo/);
    }
  });

  it('renders the example custom template of docs/templates.md', () => {
    const doc = readFileSync('docs/templates.md', 'utf8');
    const source = /```handlebars\n([\s\S]*?)```/.exec(doc)![1]!;
    const result = renderRoadmap(analyseEngagement(fixture('northwind.en.engagement.yaml')), { kind: 'custom', name: 'brief.html.hbs', source });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.match(result.text, /<h1>Northwind Supplies — cross-channel \(3\/5\)<\/h1>/);
    assert.match(result.text, /<svg [^>]*class="radar"/);
    assert.match(result.text, /<h2>Commit and plan: owners, budget, governance<\/h2>/);
  });

  it('never throws, even for a file with reference errors', () => {
    const broken = 'engagement: { client: C }\nchange: { stage: action }\nchannels: [{ id: web, type: web }]\nsegments: [{ id: s, digitalIntensity: occasional }]\n' +
      'journeys: [{ id: j, segment: nobody, stages: [{ name: A, steps: [{ channel: ghost, action: x, critical: true }] }] }]\n';
    for (const name of ['markdown', 'html'] as const) {
      const result = renderRoadmap(analyseEngagement(broken), { kind: 'builtin', name });
      assert.equal(typeof result.ok, 'boolean');
    }
  });

  it('compiles a custom template once', () => {
    const source = '{{lang}} cached';
    assert.equal(customTemplate('c.hbs', source), customTemplate('c.hbs', source));
  });

  it('refuses an engagement that did not pass the schema, in its language', () => {
    const result = renderRoadmap(analyseEngagement('engagement: {language: fr}\n'), { kind: 'builtin', name: 'html' });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /schéma/);
  });
});

function rendered(text: string, template: RoadmapTemplate): string {
  const result = renderRoadmap(analyseEngagement(text), template);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.text;
}

describe('template helpers', () => {
  it('are the known helpers the build precompiles the built-ins with', async () => {
    const Handlebars = (await import('handlebars')).default;
    const { registerTemplateHelpers } = await import('../../../src/core/templates/templateHelpers');
    const plain = Object.keys(Handlebars.create().helpers);
    const env = Handlebars.create();
    registerTemplateHelpers(env);
    const ours = Object.keys(env.helpers).filter((name) => !plain.includes(name)).sort();
    const build = readFileSync('src/build/precompileTemplates.mjs', 'utf8');
    const listed = JSON.parse(/TEMPLATE_HELPERS = (\[[^\]]*\])/.exec(build)![1]!.replace(/'/g, '"')) as string[];
    assert.deepEqual(listed.sort(), ours);
  });
});
