/**
 * Bounds on user text shown by the product. A name of 1 MiB is valid YAML and inside every limit of
 * the contract, but quoted in each of a roadmap's sentences it would make a document of gigabytes:
 * every view reads text through these bounds, so output stays proportional to the input's structure.
 */

/** A name (client, channel, segment, journey, stage, owner): longer than this is shown cut. */
export const MAX_NAME_LENGTH = 160;
/** A free text (an action, a pain, a note, a rationale, a title, a KPI). */
export const MAX_TEXT_LENGTH = 1000;

/** `text` cut to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

export function boundedName<T extends string | undefined>(text: T): T {
  return (text === undefined ? text : capText(text, MAX_NAME_LENGTH)) as T;
}

export function boundedText<T extends string | undefined>(text: T): T {
  return (text === undefined ? text : capText(text, MAX_TEXT_LENGTH)) as T;
}
