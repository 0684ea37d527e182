import { useTranslation } from 'react-i18next';
import type { BudgetCheck, CheckOutcome } from '../../api/types';
import { localized } from '../../lib/localized';
import { periodText } from '../../lib/periodLabel';

const TONE: Record<CheckOutcome, string> = { ok: 'badge-success', warn: 'badge-warning', forbid: 'badge-danger' };

interface BudgetCheckViewProps {
  check: BudgetCheck | null;
  loading?: boolean;
  testId?: string;
}

/** The budget check as one line per budget: outcome, figures and the server's explanation. */
export function BudgetCheckView({ check, loading, testId = 'budget-check' }: BudgetCheckViewProps) {
  const { t } = useTranslation();
  if (!check) {
    return (
      <p className="muted small" data-testid={`${testId}-empty`}>
        {loading ? t('common.loading') : t('travel.budget.notChecked')}
      </p>
    );
  }
  return (
    <div className="budget-check" data-testid={testId} data-outcome={check.outcome} aria-busy={loading || undefined}>
      <p className="budget-check-summary">
        <span className={`badge ${TONE[check.outcome]}`} data-testid={`${testId}-outcome`}>
          {t(`travel.budget.outcome.${check.outcome}`)}
        </span>
        {check.lines.length === 0 ? <span className="muted">{t('travel.budget.noBudgets')}</span> : null}
      </p>
      {check.lines.length > 0 ? (
        <ul className="check-lines">
          {check.lines.map((line) => (
            <li
              key={line.budgetId}
              className={`check-line check-${line.outcome}`}
              data-testid={`${testId}-line`}
              data-outcome={line.outcome}
            >
              <div className="check-line-head">
                <strong>{line.scopeName}</strong>
                <span className="muted">{periodText(line.periodLabel, line.periodLabelEn)}</span>
                <span className="spacer" />
                <span className="muted small">{t('travel.budget.percentAfter', { percent: line.percentAfter })}</span>
              </div>
              <p className="check-explanation" data-testid={`${testId}-explanation`}>
                {localized(line.explanation)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
