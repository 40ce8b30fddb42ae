// Property-based tests of the language features: whatever the text and wherever the cursor, no
// feature throws, and every range it returns lies inside the text.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import * as service from '../../../src/core/languageService';
import { ENGAGEMENT, held } from './languageHarness';

const yamlish = fc.string({ unit: fc.constantFrom(...'ab:- \n\t[]{},&*!|>"\'#%@`?~0123é\r'.split('')), maxLength: 120 });

function inside(text: string, range: { start: number; end: number }, what: string): void {
  assert.ok(0 <= range.start && range.start <= range.end && range.end <= text.length, `${what} inside the text`);
}

function everyFeature(text: string, offset: number): void {
  const document = held(text);
  const diagnostics = service.analyseDocument(service.parseEngagementDocument(text)).diagnostics;
  for (const item of service.completion(document, offset, 'fr')) inside(text, item.range, 'completion');
  const hovered = service.hover(document, offset, 'en');
  if (hovered) inside(text, hovered.range, 'hover');
  for (const found of service.definition(document, offset)) inside(text, found.range, 'definition');
  for (const found of service.references(document, offset, true)) inside(text, found.range, 'reference');
  const prepared = service.prepareRename(document, offset, 'en');
  if ('range' in prepared) inside(text, prepared.range, 'prepareRename');
  const renamed = service.rename(document, offset, 'renamed-id', 'en');
  if ('edits' in renamed) for (const edit of renamed.edits) inside(text, edit.range, 'rename');
  const visit = (symbols: readonly service.DocumentSymbolEntry[]) => symbols.forEach((symbol) => {
    inside(text, symbol.range, 'symbol');
    visit(symbol.children);
  });
  visit(service.documentSymbols(document));
  for (const action of service.codeActions(document, { start: 0, end: text.length }, diagnostics, 'fr')) for (const edit of action.edits) inside(text, edit.range, 'code action');
  for (const lens of service.codeLenses(document, 'en')) inside(text, lens.range, 'lens');
}

describe('language: properties', () => {
  it('never throws on YAML-shaped noise, wherever the cursor', () => {
    fc.assert(fc.property(yamlish, fc.nat(), (text, at) => everyFeature(text, at % (text.length + 1))), { numRuns: 300 });
  });

  it('never throws when the engagement is cut or spliced anywhere, wherever the cursor', () => {
    fc.assert(
      fc.property(fc.nat(ENGAGEMENT.length), fc.nat(ENGAGEMENT.length), yamlish, fc.nat(), (a, b, insert, at) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const text = ENGAGEMENT.slice(0, from) + insert + ENGAGEMENT.slice(to);
        everyFeature(text, at % (text.length + 1));
      }),
      { numRuns: 200 },
    );
  });
});
