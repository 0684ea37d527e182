/** Money and percentages for budget texts. Amounts are integer fen. Pure. */

/** '¥200,000.00'; negative amounts '-¥1,000.00'. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(Math.trunc(fen)));
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/**
 * part / whole as a percentage with one decimal, rounded half away from zero like PostgreSQL's
 * round(numeric, 1), computed exactly; 0 when whole is not positive.
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

/** '105.0%' */
export const formatPercent = (percent: number): string => `${percent.toFixed(1)}%`;
