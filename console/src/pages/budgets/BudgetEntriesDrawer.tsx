import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { budgetApi } from '../../api/budget';
import type { BudgetEntry, BudgetView } from '../../api/types';
import { Drawer } from '../../components/Drawer';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';
import { periodText } from '../../lib/periodLabel';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { AdjustmentList } from './AdjustmentList';
import { UsageBar } from './UsageBar';

/** One entry in words: what happened to the budget and why. */
export function entryText(t: TFunction, e: BudgetEntry): string {
  const code = e.sourceCode ?? e.sourceId.slice(0, 8);
  if (e.kind === 'adjusted' && e.adjustment) {
    const { kind, reason } = e.adjustment;
    const key = kind === 'transfer' ? (e.amountFen < 0 ? 'transferOut' : 'transferIn') : kind;
    return t(`budgetLedger.entry.${key}`, { code, reason });
  }
  if (e.sourceType === 'travel_request') {
    if (e.cause === 'settlement')
      return t(e.kind === 'spent' ? 'budgetLedger.entry.settledSpent' : 'budgetLedger.entry.settledRelease', { code });
    if (e.kind === 'occupied' || e.kind === 'released') return t(`budgetLedger.entry.${e.kind}`, { code });
  }
  return t(e.sourceType === 'adjustment' ? 'budgetLedger.entry.openingSpent' : 'budgetLedger.entry.spent');
}

const BADGE: Record<BudgetEntry['kind'], string> = {
  occupied: 'badge-warning',
  released: 'badge-neutral',
  spent: 'badge-info',
  adjusted: 'badge-success',
};

/**
 * A budget's ledger: its amount (original and adjusted), use in labelled percentages, its
 * adjustments (pending ones first, withdrawable by their requester) and every entry in words,
 * oldest first, linked to its travel request.
 */
export function BudgetEntriesDrawer({
  budget,
  focusAdjustmentId,
  onClose,
  onChanged,
}: {
  budget: BudgetView;
  /** An adjustment to open with its approval (a link from the inbox or a notification). */
  focusAdjustmentId?: string | null;
  onClose: () => void;
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const entries = useLoad(() => budgetApi.entries(budget.id), budget.id);
  const items = entries.data ?? [];
  return (
    <Drawer
      title={t('budgets.entriesTitle', { name: budget.scopeName, period: periodText(budget.periodLabel, budget.periodLabelEn) })}
      onClose={onClose}
      testId="budget-entries-drawer"
    >
      <div className="ledger-summary" data-testid="budget-entries-summary">
        <p>
          <span className="strong">{formatFen(budget.amountFen)}</span>{' '}
          {budget.adjustedFen !== 0 ? (
            <span className="muted small">
              {t('budgetLedger.originalAndAdjusted', {
                original: formatFen(budget.originalAmountFen),
                adjusted: `${budget.adjustedFen > 0 ? '+' : ''}${formatFen(budget.adjustedFen)}`,
              })}
            </span>
          ) : null}
        </p>
        <UsageBar percent={budget.usedPercent} level={budget.level} thresholds={budget.warnAtPercent} />
        <p className="muted small">
          {budget.ownerName ? t('budgetLedger.ownerLine', { name: budget.ownerName }) : t('budgetLedger.ownerNobody')}
        </p>
      </div>
      <AdjustmentList budget={budget} focusId={focusAdjustmentId} onChanged={onChanged} />
      <h3 className="section-title">{t('budgetLedger.entriesHeading')}</h3>
      <ErrorNotice error={entries.error} onRetry={entries.reload} />
      {entries.loading && !entries.data ? <Loading /> : null}
      {entries.data ? (
        <table className="table" data-testid="budget-entry-table">
          <thead>
            <tr>
              <th scope="col">{t('budgets.entryAt')}</th>
              <th scope="col">{t('budgets.entryKind')}</th>
              <th scope="col">{t('budgetLedger.entryText')}</th>
              <th scope="col" className="num">
                {t('budgets.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id} data-testid="budget-entry" data-kind={e.kind} data-cause={e.cause ?? ''}>
                <td className="nowrap muted">{formatDateTime(e.createdAt)}</td>
                <td>
                  <span className={`badge ${BADGE[e.kind]}`}>{t(`budgets.entryKinds.${e.kind}`)}</span>
                </td>
                <td>
                  {e.sourceType === 'travel_request' ? (
                    <Link to={`/travel/requests/${encodeURIComponent(e.sourceId)}`}>{entryText(t, e)}</Link>
                  ) : (
                    <span>{entryText(t, e)}</span>
                  )}
                </td>
                <td className={e.amountFen < 0 ? 'num muted' : 'num'}>
                  {e.amountFen > 0 ? '+' : ''}
                  {formatFen(e.amountFen)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {entries.data && items.length === 0 ? <p className="empty">{t('budgets.noEntries')}</p> : null}
    </Drawer>
  );
}
