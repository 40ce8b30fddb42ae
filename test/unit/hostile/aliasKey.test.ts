/**
 * An alias written where a key stands (`*a : value`, or `*a: value`, which YAML reads as an alias
 * named `a:`): keys are plain scalars (docs/format.md), so it gets its own located message in
 * English and French rather than the generic "keys must be plain words" or a YAML syntax error.
 */
import * as assert from 'node:assert/strict';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { VALID_ENGAGEMENT } from '../cli/cliHarness';

function aliasKeyDiagnostics(text: string, lang: 'en' | 'fr' = 'en') {
  return analyseEngagement(text, { lang }).diagnostics.filter((d) => /alias \*/i.test(d.message));
}

describe('an alias used as a key', () => {
  const spaced = VALID_ENGAGEMENT.replace('  client: Acme', '  client: &who Acme\n  *who : extra');
  const tight = VALID_ENGAGEMENT.replace('  client: Acme', '  client: &who Acme\n  *who: extra');

  for (const [name, text] of [['`*who : extra`', spaced], ['`*who: extra`', tight]] as const) {
    it(`reports ${name} at the alias, with its name`, () => {
      const [d, ...others] = aliasKeyDiagnostics(text);
      assert.equal(others.length, 0);
      assert.equal(d!.code, 'yaml-unsupported');
      assert.equal(d!.severity, 'error');
      assert.deepEqual([d!.range.line, d!.range.column, d!.range.endLine, d!.range.endColumn], [3, 3, 3, 7]);
      assert.equal(d!.message, 'Alias *who is used as a key: keys are plain words written out; an alias can only stand for a value.');
      const messages = analyseEngagement(text, { lang: 'en' }).diagnostics.map((x) => x.message).join('\n');
      assert.doesNotMatch(messages, /Keys must be plain words|Implicit map keys/);
    });
  }

  it('says it in French, with French typography', () => {
    const [d] = aliasKeyDiagnostics(spaced, 'fr');
    assert.equal(d!.message, "L'alias *who sert de clé\u00a0: une clé s'écrit en toutes lettres\u202f; un alias ne peut remplacer qu'une valeur.");
  });

  it('reads the rest of the file when the alias key is spaced (the value still counts for limits)', () => {
    const diagnostics = analyseEngagement(spaced, { lang: 'en' }).diagnostics;
    assert.equal(diagnostics.filter((d) => d.severity === 'error').length, 1);
  });

  it('reports an alias key in a flow mapping too', () => {
    const text = VALID_ENGAGEMENT.replace('  client: Acme', '  client: &who Acme\n  x-note: { *who : 1 }');
    const [d] = aliasKeyDiagnostics(text);
    assert.equal(d!.range.line, 3);
  });

  it('leaves an alias as a value alone', () => {
    assert.equal(aliasKeyDiagnostics(VALID_ENGAGEMENT.replace('  client: Acme', '  x-a: &who Acme\n  client: *who')).length, 0);
  });
});
