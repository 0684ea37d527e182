import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { budgetApi } from '../../api/budget';
import type { BudgetView } from '../../api/types';
import { Drawer } from '../../components/Drawer';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';
import { periodText } from '../../lib/periodLabel';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';

/** A budget's entries (occupied / released / spent), oldest first, each linked to its source. */
export function BudgetEntriesDrawer({ budget, onClose }: { budget: BudgetView; onClose: () => void }) {
  const { t } = useTranslation();
  const entries = useLoad(() => budgetApi.entries(budget.id), budget.id);
  const items = entries.data ?? [];
  return (
    <Drawer
      title={t('budgets.entriesTitle', { name: budget.scopeName, period: periodText(budget.periodLabel, budget.periodLabelEn) })}
      onClose={onClose}
      testId="budget-entries-drawer"
    >
      <ErrorNotice error={entries.error} onRetry={entries.reload} />
      {entries.loading && !entries.data ? <Loading /> : null}
      {entries.data ? (
        <table className="table" data-testid="budget-entry-table">
          <thead>
            <tr>
              <th scope="col">{t('budgets.entryAt')}</th>
              <th scope="col">{t('budgets.entryKind')}</th>
              <th scope="col">{t('budgets.entrySource')}</th>
              <th scope="col" className="num">
                {t('budgets.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id} data-testid="budget-entry">
                <td className="nowrap muted">{formatDateTime(e.createdAt)}</td>
                <td>
                  <span
                    className={`badge ${e.kind === 'spent' ? 'badge-info' : e.kind === 'released' ? 'badge-neutral' : 'badge-warning'}`}
                  >
                    {t(`budgets.entryKinds.${e.kind}`)}
                  </span>
                </td>
                <td>
                  {e.sourceType === 'travel_request' ? (
                    <Link to={`/travel/requests/${encodeURIComponent(e.sourceId)}`} className="mono">
                      {e.sourceCode ?? e.sourceId.slice(0, 8)}
                    </Link>
                  ) : (
                    <span>
                      {t(`budgets.sourceTypes.${e.sourceType}`)} <span className="mono muted">{e.sourceCode ?? ''}</span>
                    </span>
                  )}
                </td>
                <td className="num">{formatFen(e.amountFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {entries.data && items.length === 0 ? <p className="empty">{t('budgets.noEntries')}</p> : null}
    </Drawer>
  );
}
