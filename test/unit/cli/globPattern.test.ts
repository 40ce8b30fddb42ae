import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { expandBraces, isGlob, segmentMatcher } from '../../../src/cli/globPattern';

describe('cxm glob patterns', () => {
  it('expands braces, nested, in order', () => {
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.deepEqual(expandBraces('{x,y}/{1,2}'), ['x/1', 'x/2', 'y/1', 'y/2']);
  });

  it('keeps a brace group without a comma, or unbalanced, literal', () => {
    assert.deepEqual(expandBraces('a{b}c'), ['a{b}c']);
    assert.deepEqual(expandBraces('a{b,c'), ['a{b,c']);
    assert.deepEqual(expandBraces('{a}{b,c}'), ['{a}b', '{a}c']);
  });

  it('tells patterns from paths', () => {
    assert.equal(isGlob('examples/*.engagement.yaml'), true);
    assert.equal(isGlob('a?.yaml'), true);
    assert.equal(isGlob('{a,b}.yaml'), true);
    assert.equal(isGlob('examples/acme.engagement.yaml'), false);
    assert.equal(isGlob('odd{name}.yaml'), false);
  });

  it('matches * and ? within one segment, not a leading dot', () => {
    const match = segmentMatcher('*.engagement.y?ml');
    assert.equal(match('acme.engagement.yaml'), true);
    assert.equal(match('acme.engagement.yml'), false);
    assert.equal(match('acme.engagement.yxml'), true);
    assert.equal(match('.hidden.engagement.yaml'), false);
    assert.equal(segmentMatcher('.*')('.hidden'), true);
  });

  it('treats regular-expression characters literally', () => {
    const match = segmentMatcher('a+(b)[c].*');
    assert.equal(match('a+(b)[c].yaml'), true);
    assert.equal(match('aa(b)c.yaml'), false);
  });

  it('matches any literal name exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => !/[*?/]/.test(s)), (name) => {
        assert.equal(segmentMatcher(name)(name), true);
        assert.equal(segmentMatcher('*')(name), !name.startsWith('.'));
      }),
    );
  });
});
