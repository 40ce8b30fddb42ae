// The in-memory harness of the language features: a fixture text with a "cursor here" marker (¦),
// parsed as the hosts parse it, and helpers to read results back as text.
import { analyseDocument, parseEngagementDocument, type EngagementDocument } from '../../../src/core/languageService';

export const CURSOR = '¦';

export interface AtCursor { document: EngagementDocument; offset: number; text: string }

/**
 * The fixture without its marker, parsed and analysed as the hosts do it (the YAML tree then
 * released, so the features are tested on what a host holds), and the marker's offset (UTF-16).
 */
export function atCursor(fixture: string): AtCursor {
  const offset = fixture.indexOf(CURSOR);
  if (offset < 0) throw new Error('fixture without a cursor marker');
  const text = fixture.slice(0, offset) + fixture.slice(offset + CURSOR.length);
  return { document: held(text), offset, text };
}

/** A document as a host holds it: analysed, then released. */
export function held(text: string): EngagementDocument {
  const document = parseEngagementDocument(text);
  analyseDocument(document);
  document.release();
  return document;
}

/** The text a range covers. */
export function slice(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}

/** Applies edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: { start: number; end: number }; newText: string }>): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return result;
}

/** A small valid engagement; `¦` marks are placed by each test with `mark`. */
export const ENGAGEMENT = `engagement:
  client: Négoce Dupont
  language: en
change:
  stage: contemplation
channels:
  - id: site
    name: Site web
    type: web
    visibility: high
    recognizesCustomer: true
  - id: phone
    name: "Téléphone 📞"
    type: phone
  - id: chat
    type: chat
segments:
  - id: pros
    name: Professionnels
    digitalIntensity: multichannel
    prefers: [site, phone]
journeys:
  - id: reorder
    name: Réassort
    segment: pros
    stages:
      - name: Se renseigner
        steps:
          - channel: site
            action: Cherche la référence
          - channel: phone
            action: Appelle l'agence
            critical: true
      - name: Commander
        steps:
          - channel: chat
            action: Confirme sur le chat
            critical: true
initiatives:
  - id: share-history
    title: Partager l'historique
    dimension: channel-integration
assessment:
  channel-integration:
    level: 2
`;

/** ENGAGEMENT with `¦` put at the `nth` occurrence (from 0) of `needle`, `shift` characters into it. */
export function mark(needle: string, shift = 0, nth = 0, base = ENGAGEMENT): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = base.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  return base.slice(0, at + shift) + CURSOR + base.slice(at + shift);
}
