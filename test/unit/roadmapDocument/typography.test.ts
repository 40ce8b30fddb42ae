import * as assert from 'node:assert/strict';
import { dateInWords, monthInWords, NBSP, NNBSP, typeset } from '../../../src/core/text/typography';
import { escapeMarkdown } from '../../../src/core/templates/escapeMarkdown';

describe('typography', () => {
  it('puts a no-break space before « : » and « % », a narrow one before « ; ! ? » in French', () => {
    assert.equal(typeset('Dimension : niveau; 22 % et 5% ! Vraiment?', 'fr'), `Dimension${NBSP}: niveau${NNBSP}; 22${NBSP}% et 5${NBSP}%${NNBSP}! Vraiment${NNBSP}?`);
    assert.equal(typeset('Responsable: la DSI', 'fr'), `Responsable${NBSP}: la DSI`);
  });

  it('puts no-break spaces inside guillemets and turns straight quotes into them', () => {
    assert.equal(typeset('le parcours «Réassort» et « Devis »', 'fr'), `le parcours «${NBSP}Réassort${NBSP}» et «${NBSP}Devis${NBSP}»`);
    assert.equal(typeset('dit "non"', 'fr'), `dit «${NBSP}non${NBSP}»`);
  });

  it('leaves times, addresses and code alone', () => {
    for (const text of ['à 10:30', 'https://exemple.fr/a?b=1', 'sharesHistory:true', 'a;b']) assert.equal(typeset(text, 'fr'), text);
  });

  it('is idempotent', () => {
    const once = typeset('Note : « x » ; 22 % ! l\'urgence? 2026-10-14', 'fr');
    assert.equal(typeset(once, 'fr'), once);
  });

  it('writes ISO dates in words in both languages', () => {
    assert.equal(typeset('le 2026-10-14', 'fr'), 'le 14 octobre 2026');
    assert.equal(typeset('on 2026-10-14', 'en'), 'on 14 October 2026');
    assert.equal(dateInWords('2027-01-01', 'fr'), '1er janvier 2027');
    assert.equal(monthInWords('2026-11-02', 3, 'fr'), 'février 2027');
    assert.equal(monthInWords('2026-11-02', 14, 'en'), 'January 2028');
  });

  it('touches no English spacing', () => {
    assert.equal(typeset('Owner: sales; 22% done!', 'en'), 'Owner: sales; 22% done!');
  });

  it('applies to text before escaping: markup stays escaped and entities are not broken', () => {
    const text = typeset('<b>x</b> & y : z', 'fr');
    assert.equal(escapeMarkdown(text), `\\<b\\>x\\</b\\> & y${NBSP}: z`);
  });

  it('normalises every line break in Markdown values', () => {
    assert.equal(escapeMarkdown('a\r\nb\rc\nd'), 'a b c d');
  });
});
