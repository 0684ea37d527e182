import { useTranslation } from 'react-i18next';
import { budgetApi } from '../../api/budget';
import type { BudgetAdjustment, BudgetView } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { currentLanguage } from '../../i18n';
import { useState } from 'react';
import { AdjustmentApproval } from './AdjustmentApproval';

const STATUS_BADGE: Record<BudgetAdjustment['status'], string> = {
  pending: 'badge-warning',
  returned: 'badge-warning',
  applied: 'badge-success',
  rejected: 'badge-danger',
  withdrawn: 'badge-neutral',
  cancelled: 'badge-neutral',
};

/** A budget's adjustments, newest first: kind, amount, the other budget of a transfer, reason, status. */
export function AdjustmentList({ budget, focusId, onChanged }: { budget: BudgetView; focusId?: string | null; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const list = useLoad(() => budgetApi.adjustments(budget.id), budget.id);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<string | null>(focusId ?? null);
  const items = list.data ?? [];
  const en = currentLanguage() === 'en';
  const withdraw = async (a: BudgetAdjustment) => {
    setError(null);
    try {
      await budgetApi.withdrawAdjustment(a.id);
      list.reload();
      onChanged?.();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section data-testid="budget-adjustments">
      <h3 className="section-title">{t('budgetLedger.adjustments')}</h3>
      <ErrorNotice error={list.error ?? error} onRetry={list.reload} />
      {list.data && items.length === 0 ? <p className="muted small">{t('budgetLedger.noAdjustments')}</p> : null}
      <ul className="ledger-list">
        {items.map((a) => {
          const outgoing = a.budgetId === budget.id;
          const other = outgoing ? (en ? a.targetBudgetNameEn : a.targetBudgetName) : en ? a.budgetNameEn : a.budgetName;
          const signed =
            a.kind === 'increase' || (a.kind === 'transfer' && !outgoing) ? `+${formatFen(a.amountFen)}` : `−${formatFen(a.amountFen)}`;
          return (
            <li key={a.id} data-testid="budget-adjustment" data-status={a.status} data-kind={a.kind}>
              <div className="ledger-item-head">
                <span>
                  <span className="strong">
                    {t('budgetLedger.adjustmentLine', { kind: t(`budgetLedger.kinds.${a.kind}`), amount: signed })}
                  </span>{' '}
                  {a.kind === 'transfer' && other ? (
                    <span className="muted">{t(outgoing ? 'budgetLedger.transferTo' : 'budgetLedger.transferFrom', { name: other })}</span>
                  ) : null}{' '}
                  <span className="mono muted small">{a.code}</span>
                </span>
                <span className={`badge ${STATUS_BADGE[a.status]}`}>{t(`budgetLedger.status.${a.status}`)}</span>
              </div>
              <div className="small">“{a.reason}”</div>
              <div className="muted small">
                {t('budgetLedger.requestedBy', { name: a.requesterName, at: formatDateTime(a.createdAt) })}
                {a.approvalInstanceId ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      aria-expanded={opened === a.id}
                      data-testid="budget-adjustment-approval-toggle"
                      onClick={() => setOpened(opened === a.id ? null : a.id)}
                    >
                      {t('budgetLedger.approval')}
                    </button>
                  </>
                ) : null}
                {(a.status === 'pending' || a.status === 'returned') && me?.employeeId === a.requesterId ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      data-testid="budget-adjustment-withdraw"
                      onClick={() => void withdraw(a)}
                    >
                      {t('budgetLedger.withdraw')}
                    </button>
                  </>
                ) : null}
              </div>
              {opened === a.id ? (
                <AdjustmentApproval
                  id={a.id}
                  onDecided={() => {
                    list.reload();
                    onChanged?.();
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
