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

  it('says it in French for a French document', () => {
    const result = failure('b.hbs', '\n{{radar "x"}}');
    assert.match(result.message, /^Erreur dans le modèle b\.hbs:2:1: /);
  });

  it('still renders a template whose helpers work', () => {
    const result = renderRoadmap(analysis, { kind: 'custom', name: 'ok.hbs', source: '{{#each roadmap.phases}}{{count initiatives}} {{/each}}' });
    assert.ok(result.ok, result.ok ? '' : result.message);
  });
});
