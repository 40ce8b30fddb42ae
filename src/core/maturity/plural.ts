/** English takes the singular for exactly one. */
export function pluralEn(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** French takes the singular for zero and one ("0 canal", "1 canal", "2 canaux"). */
export function pluralFr(count: number, one: string, many: string): string {
  return count < 2 ? one : many;
}
