/**
 * A custom template that fails while it runs (a helper that throws, a partial that does not
 * exist, an iterator missing) is reported at its own file, line and column, like a compile error.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { renderRoadmap } from '../../../src/core/templates/renderRoadmap';

const analysis = analyseEngagement(readFileSync('test/unit/roadmap/fixtures/acme.fr.engagement.yaml', 'utf8'));

function failure(name: string, source: string): { message: string; line?: number; column?: number } {
  const result = renderRoadmap(analysis, { kind: 'custom', name, source });
  assert.equal(result.ok, false, `${name} rendered`);
  return result as { message: string; line?: number; column?: number };
}

describe('custom template run-time errors', () => {
  it('locates a helper that throws at the line and column of its call', () => {
    // `radar` draws an assessment: given a string it fails inside the helper.
    const result = failure('templates/board.html.hbs', '<h1>Board</h1>\n<p>\n  {{radar "not an assessment"}}\n</p>\n');
    assert.equal(result.line, 3);
    assert.equal(result.column, 3);
    assert.match(result.message, / templates\/board\.html\.hbs:3:3: /);
  });

  it('locates the innermost failing call inside blocks', () => {
    const result = failure('nested.md.hbs', '{{#each roadmap.phases}}\n  {{#if true}}\n    x {{radar 1}}\n  {{/if}}\n{{/each}}\n');
    assert.equal(result.line, 3);
    assert.equal(result.column, 7);
  });

  it('locates a missing partial at its call', () => {
    const result = failure('p.hbs', 'one\ntwo\n  {{> nosuchpartial}}\n');
    assert.equal(result.line, 3);
    assert.match(result.message, /p\.hbs:3:3: The partial nosuchpartial could not be found/);
  });

  it("locates Handlebars' own helpers' errors (an #each without an iterator)", () => {
    const result = failure('e.hbs', '\n{{#each}}x{{/each}}');
    assert.equal(result.line, 2);
  });

  it('locates an error outside any helper (a parameter read through a missing object) at its statement, in blocks and CR-only lines', () => {
    // Strict mode checks only a parameter's last part: `nothing.x` throws a TypeError Handlebars leaves unlocated.
    const nested = failure('n.md.hbs', 'l1\n{{#each engagement.channels}}\n  {{#if capabilities}}{{#each nothing.x}}{{/each}}{{/if}}\n{{/each}}\n');
    assert.deepEqual([nested.line, nested.column], [3, 23]);
    assert.match(nested.message, /n\.md\.hbs:3:23: /);
    const chained = failure('c.md.hbs', 'l1\r\r{{#if nothing}}a{{else if (lookup nothing.y "z")}}b{{/if}}\r{{#with engagement}}\n\n {{lookup (lookup nothing.q "a") "b"}}{{/with}}');
    assert.equal(chained.line, 3, chained.message);
    const sub = failure('s.md.hbs', 'a\n{{#each engagement.channels}}x {{lookup (lookup nope.q "a") "b"}}{{/each}}');
    assert.deepEqual([sub.line, sub.column], [2, 32]);
  });

  it('the location marks change no output, whitespace control and standalone blocks included', async () => {
    const source = '# T\n{{#each engagement.channels}}\n  - {{id}}\n  {{#if capabilities}}\n    {{#each capabilities}}\n      * {{this}}\n    {{/each}}\n'
      + '  {{else if type}}\n    none\n  {{else}}\n    x\n  {{/if}}\n{{~/each}}\n  {{!-- c --}}\n{{#with engagement.engagement}}   {{~client~}}   {{/with}}\n';
    const result = renderRoadmap(analysis, { kind: 'custom', name: 'ws.md.hbs', source });
    assert.ok(result.ok, result.ok ? '' : result.message);
    const Handlebars = (await import('handlebars')).default;
    const { registerTemplateHelpers } = await import('../../../src/core/templates/templateHelpers');
    const plain = Handlebars.create();
    registerTemplateHelpers(plain);
    const expected = plain.compile(source, { strict: true, noEscape: true })({ engagement: analysis.engagement, lang: analysis.language });
    assert.equal(result.text, expected);
    assert.match(result.text, /^# T\n  - /);
  });

  it('says it in French for a French document', () => {
    const result = failure('b.hbs', '\n{{radar "x"}}');
    assert.match(result.message, /^Erreur dans le modèle b\.hbs:2:1: /);
  });

  it('still renders a template whose helpers work', () => {
    const result = renderRoadmap(analysis, { kind: 'custom', name: 'ok.hbs', source: '{{#each roadmap.phases}}{{count initiatives}} {{/each}}' });
    assert.ok(result.ok, result.ok ? '' : result.message);
  });
});
