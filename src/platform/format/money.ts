/**
 * Money for texts people read (explanations, budget lines, notifications). Amounts are integer fen
 * (1 yuan = 100 fen) everywhere in Tripdesk; this is the one place that writes them as yuan. Pure.
 */

/** Integer fen as grouped yuan with two decimals, without the sign: 123456 → '1,234.56'. */
function yuanDigits(fen: number): string {
  const abs = BigInt(Math.abs(Math.round(fen)));
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${yuan}.${cents}`;
}

/** '¥1,234.00'; below zero '-¥12.50'; '¥—' for a value that is not a number. */
export function formatFen(fen: number): string {
  if (!Number.isFinite(fen)) return '¥—';
  return `${fen < 0 ? '-' : ''}¥${yuanDigits(fen)}`;
}

/** '1,234.00 元', the way Chinese documents often write an amount. */
export function formatYuanZh(fen: number): string {
  if (!Number.isFinite(fen)) return '— 元';
  return `${fen < 0 ? '-' : ''}${yuanDigits(fen)} 元`;
}
