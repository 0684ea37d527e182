/**
 * Percentages. One convention: a share is a fraction (0.7 is seventy per cent), and the names say
 * which unit a function takes or returns: `percentOf` returns per cent, `formatFraction…` takes a
 * fraction. Pure.
 */

/**
 * part / whole in per cent with one decimal (1050 of 1000 → 105), rounded half away from zero like
 * PostgreSQL's round(numeric, 1) and computed exactly in integers; 0 when whole is not positive.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  const p = BigInt(Math.trunc(part));
  const w = BigInt(Math.trunc(whole));
  const negative = p < 0n;
  const abs = negative ? -p : p;
  const tenths = (abs * 2000n + w) / (2n * w);
  return (negative ? -Number(tenths) : Number(tenths)) / 10;
}

/**
 * A fraction written as a percentage. Without `decimals`, at most two decimals and no trailing
 * zeros (0.7 → '70%', 0.675 → '67.5%'); with them, exactly that many (1.05, 1 → '105.0%').
 */
export function formatFractionAsPercent(fraction: number, decimals?: number): string {
  const percent = fraction * 100;
  if (decimals !== undefined) return `${percent.toFixed(decimals)}%`;
  return `${Math.round(percent * 100) / 100}%`;
}

/** A per-cent value as computed by `percentOf`, with one decimal: 105 → '105.0%'. */
export const formatPercentValue = (percent: number): string => `${percent.toFixed(1)}%`;
