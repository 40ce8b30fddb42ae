/** Phrases several rules' messages share. */
import type { Localized } from '../i18n/localized';

export type None = Record<string, never>;

/** The did-you-mean after a message, or nothing. */
export const suggestionPhrase: Localized<{ suggestion?: string | undefined }> = {
  en: ({ suggestion }) => (suggestion ? ` Did you mean "${suggestion}"?` : ''),
  fr: ({ suggestion }) => (suggestion ? ` Vouliez-vous dire « ${suggestion} » ?` : ''),
};

export const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** French groups thousands with a narrow no-break space. */
export const groupFr = (value: number) => value.toLocaleString('en').replace(/,/g, '\u202f');

/** "a, b and c" with the language's last separator. */
export const listed = (names: readonly string[], last: string) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')}${last}${names[names.length - 1]}`;
