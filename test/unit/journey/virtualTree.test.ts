import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeAttribute, h, textNode, toMarkup } from '../../../src/core/journey/virtualTree';
import { wrapText } from '../../../src/core/journey/wrapText';

describe('virtual tree', () => {
  it('serialises text and attributes escaped, with explicit end tags', () => {
    const markup = toMarkup(h('g', { 'aria-label': `"><img onerror=x>` }, [textNode('text', { x: 1 }, '<script>&</script>'), h('rect', {})]));
    assert.equal(markup, '<g aria-label="&quot;&gt;&lt;img onerror=x&gt;"><text x="1">&lt;script&gt;&amp;&lt;/script&gt;</text><rect></rect></g>');
  });

  it('serialises a tree of many thousand nodes in order (parts joined a chunk at a time)', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => textNode('text', { x: i, class: i % 2 ? 'a' : undefined }, `t${i}<`));
    const expected = items.map((_, i) => `<text x="${i}"${i % 2 ? ' class="a"' : ''}>t${i}&lt;</text>`).join('');
    assert.equal(toMarkup(h('g', {}, [h('g', {}, items)])), `<g><g>${expected}</g></g>`);
  });

  it('drops undefined attributes', () => {
    assert.deepEqual(h('g', { a: undefined, b: 0 }).attrs, { b: '0' });
  });

  it('refuses event-handler attributes and odd tag names', () => {
    assert.throws(() => toMarkup(h('g', { onclick: 'x' })), /Unsafe attribute/);
    assert.throws(() => toMarkup(h('g', { 'a"b': 'x' })), /Unsafe attribute/);
    assert.throws(() => toMarkup(h('script x', {})), /Unsafe tag/);
  });

  it('never lets a string out of its attribute, and removes characters XML forbids', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => {
      const escaped = escapeAttribute(value);
      assert.doesNotMatch(escaped, /["'<>]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      assert.doesNotMatch(escaped, /&(?!amp;|lt;|gt;|quot;|#39;)/);
    }), { numRuns: 300 });
  });
});

describe('wrapText', () => {
  it('wraps on words, cuts long words, and ends a cut text with an ellipsis', () => {
    assert.deepEqual(wrapText('Cherche la référence sur Internet', 12, 3), ['Cherche la', 'référence', 'sur Internet']);
    assert.deepEqual(wrapText('abcdefghijklmnop', 5, 2), ['abcde', 'fghi…']);
    assert.deepEqual(wrapText('a b c d e f', 3, 2), ['a b', 'c…']);
    assert.deepEqual(wrapText('   ', 5, 2), []);
  });

  it('returns a short single-spaced text as it is, exactly as the full wrapping would', () => {
    // A leading space always takes the full path (it is trimmed there): both must agree.
    const words = fc.array(fc.oneof(fc.constantFrom('a', 'é', '日本', '🙂', ' ', '  ', '\t', '\u00a0', '\u2028', 'word', 'x-y'), fc.string()), { maxLength: 8 });
    fc.assert(fc.property(words, fc.integer({ min: 1, max: 40 }), fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(Infinity)), (parts, maxChars, maxLines) => {
      const text = parts.join('');
      assert.deepEqual(wrapText(text, maxChars, maxLines), wrapText(` ${text}`, maxChars, maxLines));
    }), { numRuns: 2000 });
    assert.deepEqual(wrapText('Step 12', 24, Infinity), ['Step 12']);
  });

  it('never exceeds its line length or line count', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 4 }), (text, maxChars, maxLines) => {
      const lines = wrapText(text, maxChars, maxLines);
      assert.ok(lines.length <= maxLines);
      for (const line of lines) assert.ok(line.length <= maxChars, JSON.stringify(line));
    }));
  });
});
