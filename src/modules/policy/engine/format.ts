/**
 * Numbers in explanations beyond money and percentages (src/platform/format): discounts (折) and
 * English plurals.
 */

/** A number with at most two decimals and no trailing zeros: 7, 7.5, 6.75. */
function trimmed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A fraction of the full fare as 折: 0.7 → '7 折', 0.75 → '7.5 折', 1 → '10 折'. */
export function formatZhe(fraction: number): string {
  return `${trimmed(fraction * 10)} 折`;
}

/** '1 day' / '3 days' and the like for English sentences. */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}
