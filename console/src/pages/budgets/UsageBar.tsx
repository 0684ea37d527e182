import { useTranslation } from 'react-i18next';
import type { BudgetLevel } from '../../api/types';
import { formatPercent, usedAndLeftText } from '../../lib/percent';

/**
 * Used share of a budget as a bar, coloured by level, with the warning lines marked, and both
 * shares in words (已用 63.0% / 剩余 37.0%): never a bare percentage.
 */
export function UsageBar({ percent, level, thresholds }: { percent: number; level: BudgetLevel; thresholds: number[] }) {
  const { t } = useTranslation();
  const width = Math.max(0, Math.min(100, percent));
  const label = usedAndLeftText(t, percent);
  return (
    <div className="usage" data-testid="budget-usage" data-level={level} title={label}>
      <div
        className="usage-track"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
        aria-valuetext={label}
        aria-label={label}
      >
        <div className={`usage-fill usage-${level}`} style={{ width: `${width}%` }} />
        {thresholds
          .filter((p) => p > 0 && p < 100)
          .map((p) => (
            <span key={p} className="usage-mark" style={{ left: `${p}%` }} aria-hidden="true" />
          ))}
      </div>
      <span className={`usage-label usage-text-${level}`} data-testid="budget-usage-label">
        {label}
      </span>
    </div>
  );
}

/** '已用 63.0%' alone, where the remainder is shown beside it. */
export function UsedPercent({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return <span>{t('budgetLedger.used', { percent: formatPercent(percent) })}</span>;
}
