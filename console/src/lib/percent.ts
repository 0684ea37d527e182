import type { TFunction } from 'i18next';

/** A per-cent value with one decimal: 63 → '63.0%' (the server's percentages are per cent). */
export const formatPercent = (percent: number): string => `${percent.toFixed(1)}%`;

/**
 * A budget's shares, each labelled so neither is read for the other: '已用 63.0% / 剩余 37.0%',
 * '63.0% used / 37.0% left'; past the amount, what is over ('已用 105.0% / 超出 5.0%').
 */
export function usedAndLeftText(t: TFunction, usedPercent: number): string {
  const rest = Math.round((100 - usedPercent) * 10) / 10;
  const used = formatPercent(usedPercent);
  return rest < 0
    ? t('budgetLedger.usedAndOver', { used, over: formatPercent(-rest) })
    : t('budgetLedger.usedAndLeft', { used, left: formatPercent(rest) });
}
