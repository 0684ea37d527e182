/**
 * Numbers in explanations: money from integer fen, discounts (折) and percentages.
 */

function groupThousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

function amount(fen: number): string {
  const abs = Math.abs(Math.round(fen));
  const cents = abs % 100;
  return `${groupThousands((abs - cents) / 100)}.${cents < 10 ? '0' : ''}${cents}`;
}

/** '¥1,234.00' (and '-¥12.50' below zero). */
export function formatFen(fen: number): string {
  if (!Number.isFinite(fen)) return '¥—';
  return `${fen < 0 ? '-' : ''}¥${amount(fen)}`;
}

/** '1,234.00 元', the way Chinese documents often write an amount. */
export function formatYuanZh(fen: number): string {
  if (!Number.isFinite(fen)) return '— 元';
  return `${fen < 0 ? '-' : ''}${amount(fen)} 元`;
}

/** A number with at most two decimals and no trailing zeros: 7, 7.5, 6.75. */
function trimmed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A fraction of the full fare as 折: 0.7 → '7 折', 0.75 → '7.5 折', 1 → '10 折'. */
export function formatZhe(fraction: number): string {
  return `${trimmed(fraction * 10)} 折`;
}

/** A fraction as a percentage: 0.7 → '70%', 0.675 → '67.5%'. */
export function formatPercent(fraction: number): string {
  return `${trimmed(fraction * 100)}%`;
}

/** '1 day' / '3 days' and the like for English sentences. */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}
