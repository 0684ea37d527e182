import type { BudgetLevel } from '../../api/types';

/** Used share of a budget as a bar, coloured by level, with the warning thresholds marked. */
export function UsageBar({ percent, level, thresholds }: { percent: number; level: BudgetLevel; thresholds: number[] }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <div className="usage" data-testid="budget-usage" data-level={level}>
      <div className="usage-track">
        <div className={`usage-fill usage-${level}`} style={{ width: `${width}%` }} />
        {thresholds
          .filter((p) => p > 0 && p < 100)
          .map((p) => (
            <span key={p} className="usage-mark" style={{ left: `${p}%` }} aria-hidden="true" />
          ))}
      </div>
      <span className={`usage-label usage-text-${level}`}>{percent.toFixed(1)}%</span>
    </div>
  );
}
