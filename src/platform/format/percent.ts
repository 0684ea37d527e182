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

/**
 * A budget's use labelled so it cannot be misread: '已用 63.0% / 剩余 37.0%', '63.0% used / 37.0%
 * left'; past the amount, what is over instead of a negative remainder ('已用 105.0% / 超出 5.0%').
 * Takes the used share in per cent (as `percentOf` returns it).
 */
export function usedAndLeftLabel(usedPercent: number, lang: 'zh-CN' | 'en'): string {
  const used = formatPercentValue(usedPercent);
  const rest = Math.round((100 - usedPercent) * 10) / 10;
  const over = rest < 0;
  const other = formatPercentValue(Math.abs(rest));
  if (lang === 'zh-CN') return `已用 ${used} / ${over ? '超出' : '剩余'} ${other}`;
  return `${used} used / ${other} ${over ? 'over' : 'left'}`;
}
