/**
 * The one typography pass of the documents. Every string a document shows goes through `typeset`
 * once it is composed and before it is escaped (escaping comes last, so entities and tags are
 * never touched): French spacing and quotation marks, typographic apostrophes, and ISO dates
 * written in words in both languages. Idempotent: typesetting a typeset string changes nothing.
 */
import type { Language } from '../model/vocabulary';
import { localize, type Catalogue } from '../i18n/localized';

const DATE_FORMS = {
  /** « 1er mars 2026 »: the first of the month is an ordinal in French. */
  dayMonthYear: {
    en: ({ day, month, year }: { day: number; month: string; year: string }) => `${day} ${month} ${year}`,
    fr: ({ day, month, year }: { day: number; month: string; year: string }) => `${day === 1 ? '1er' : day} ${month} ${year}`,
  },
  typeset: { en: ({ text }: { text: string }) => text, fr: ({ text }: { text: string }) => frenchTypography(text) },
} satisfies Catalogue;

/** U+00A0: before « : » and « % », inside guillemets. */
export const NBSP = '\u00a0';
/** U+202F: before « ; ! ? ». */
export const NNBSP = '\u202f';

const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** "2026-10-14" → "14 October 2026" / "14 octobre 2026" ("1er octobre 2026" in French). */
export function dateInWords(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return wordsOf(match[1]!, match[2]!, match[3]!, lang) ?? iso;
}

function wordsOf(year: string, month: string, day: string, lang: Language): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return localize(DATE_FORMS.dayMonthYear, lang, { day: d, month: MONTHS[lang][m - 1]!, year });
}

/** "October 2026" / "octobre 2026": the calendar month `offset` months after an ISO date. */
export function monthInWords(iso: string, offset: number, lang: Language): string | undefined {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  if (!match) return undefined;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + Math.round(offset);
  return `${MONTHS[lang][index % 12]} ${Math.floor(index / 12)}`;
}

// Any horizontal space a writer may have typed before a mark (ordinary, no-break, narrow, thin).
const SPACES = '[ \\t\\u00a0\\u202f\\u2009]';
const BEFORE_COLON = new RegExp(`${SPACES}+:`, 'g');
const BEFORE_TIGHT = new RegExp(`${SPACES}+([;!?])`, 'g');
const BEFORE_PERCENT = new RegExp(`(\\d)${SPACES}*%`, 'g');
// A mark glued to the word before it and followed by a space or the end: "Dimension: x",
// "Vraiment?" (leaves "10:30", "https://", "?x=1" and "sharesHistory:true" alone). Plain classes,
// not Unicode properties: this runs on every string of a document.
const WORD_END = '[^\\s\\u00a0\\u202f\\u2009:;!?(\\[«]';
const GLUED_COLON = new RegExp(`(${WORD_END}):(?=\\s|$)`, 'g');
const GLUED_TIGHT = new RegExp(`(${WORD_END})([;!?]+)(?=\\s|$|[)»])`, 'g');
const OPENING_GUILLEMET = new RegExp(`«${SPACES}*`, 'g');
const CLOSING_GUILLEMET = new RegExp(`${SPACES}*»`, 'g');
const STRAIGHT_QUOTES = /"([^"\n]+)"/g;
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿŒœ';
const APOSTROPHE = new RegExp(`([${LETTER}])'(?=[${LETTER}])`, 'g');
const ANY_MARK = /[:;!?%«»"']/;

function frenchTypography(text: string): string {
  if (!ANY_MARK.test(text)) return text;
  let t = text;
  if (t.includes('"')) t = t.replace(STRAIGHT_QUOTES, '«$1»');
  if (t.includes('«')) t = t.replace(OPENING_GUILLEMET, `«${NBSP}`);
  if (t.includes('»')) t = t.replace(CLOSING_GUILLEMET, `${NBSP}»`);
  if (t.includes("'")) t = t.replace(APOSTROPHE, '$1’');
  if (t.includes(':')) t = t.replace(BEFORE_COLON, `${NBSP}:`).replace(GLUED_COLON, `$1${NBSP}:`);
  if (t.includes(';') || t.includes('!') || t.includes('?')) t = t.replace(BEFORE_TIGHT, `${NNBSP}$1`).replace(GLUED_TIGHT, `$1${NNBSP}$2`);
  if (t.includes('%')) t = t.replace(BEFORE_PERCENT, `$1${NBSP}%`);
  return t;
}

/**
 * The document typography of one string in one language. In French: a no-break space before « : »
 * and « % », a narrow no-break space before « ; ! ? », guillemets with no-break spaces inside
 * (straight double quotes become guillemets), typographic apostrophes. In both: ISO dates in words.
 */
export function typeset(text: string, lang: Language): string {
  if (text === '') return text;
  const dated = text.includes('-') ? text.replace(ISO_DATE, (all, y: string, m: string, d: string) => wordsOf(y, m, d, lang) ?? all) : text;
  return localize(DATE_FORMS.typeset, lang, { text: dated });
}

/** `typeset` bound to one language, the form the document builder passes around. */
export type Typesetter = (text: string) => string;
export const typesetter = (lang: Language): Typesetter => (text) => typeset(text, lang);
