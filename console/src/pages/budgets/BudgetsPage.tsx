import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetApi } from '../../api/budget';
import type { BudgetScopeType, BudgetView } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { periodText } from '../../lib/periodLabel';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { useUrlParams } from '../../lib/urlParams';
import { useSession } from '../../session/SessionContext';
import { AdjustDialog } from './AdjustDialog';
import { BudgetDialog } from './BudgetDialog';
import { BudgetEntriesDrawer } from './BudgetEntriesDrawer';
import { currentPeriod, parsePeriodParam, periodParam } from './period';
import { PeriodPicker } from './PeriodPicker';
import { UsageBar } from './UsageBar';

const SCOPES: BudgetScopeType[] = ['department', 'project', 'cost_centre', 'employee'];

function parseScope(value: string | null): BudgetScopeType | '' {
  return value === 'department' || value === 'project' || value === 'cost_centre' || value === 'employee' ? value : '';
}

/** /budgets: budgets of a period with their use; create, edit, delete (budget.manage) and entries. */
export function BudgetsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const canManage = hasPermission('budget.manage');
  const [params, setParam] = useUrlParams();
  const period = parsePeriodParam(params.get('period')) ?? currentPeriod('month');
  const scopeType = parseScope(params.get('scopeType'));
  const key = `${periodParam(period)}|${scopeType}`;
  const list = useLoad(() => budgetApi.list({ period: periodParam(period), scopeType: scopeType || undefined }), key);
  const [editing, setEditing] = useState<BudgetView | 'new' | null>(null);
  const [entriesOf, setEntriesOf] = useState<BudgetView | null>(null);
  const [deleting, setDeleting] = useState<BudgetView | null>(null);
  const [adjusting, setAdjusting] = useState<BudgetView | null>(null);
  const items = list.data ?? [];
  // A notification (?budget=) or an approval (?adjustment=) leads to one budget's ledger, whatever the period shown.
  const linkedBudget = params.get('budget');
  const linkedAdjustment = params.get('adjustment');
  useEffect(() => {
    if (!linkedBudget && !linkedAdjustment) return;
    let live = true;
    const load = linkedBudget
      ? budgetApi.get(linkedBudget)
      : budgetApi.adjustment(linkedAdjustment ?? '').then((a) => budgetApi.get(a.budgetId));
    load
      .then((b) => {
        if (live) setEntriesOf(b);
      })
      .catch(() => {
        // a stale link: the list stays as it is
      });
    return () => {
      live = false;
    };
  }, [linkedBudget, linkedAdjustment]);

  return (
    <section data-testid="page-budgets">
      <PageHeader
        title={t('budgets.title')}
        subtitle={t('budgets.subtitle')}
        actions={
          canManage ? (
            <button type="button" className="btn btn-primary" data-testid="budget-new" onClick={() => setEditing('new')}>
              {t('budgets.new')}
            </button>
          ) : null
        }
      />
      <div className="toolbar">
        <PeriodPicker testId="budget-period" value={period} onChange={(p) => setParam('period', periodParam(p))} />
        <select
          data-testid="budget-filter-scope"
          aria-label={t('budgets.scopeType')}
          value={scopeType}
          onChange={(e) => setParam('scopeType', e.target.value)}
        >
          <option value="">{t('budgets.allScopes')}</option>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`budgets.scopeTypes.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="budget-table" data-loading={list.loading ? 'true' : 'false'} aria-busy={list.loading}>
            <thead>
              <tr>
                <th scope="col">{t('budgets.scope')}</th>
                <th scope="col">{t('budgets.period')}</th>
                <th scope="col" className="num">
                  {t('budgets.amount')}
                </th>
                <th scope="col" className="num">
                  {t('budgets.occupied')}
                </th>
                <th scope="col" className="num">
                  {t('budgets.spent')}
                </th>
                <th scope="col" className="num">
                  {t('budgets.remaining')}
                </th>
                <th scope="col">{t('budgets.usage')}</th>
                <th scope="col">{t('budgets.control')}</th>
                <th scope="col" className="actions" />
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={b.id} data-testid="budget-row" data-budget-id={b.id} data-level={b.level}>
                  <td>
                    <div className="scope-cell">
                      <span className="strong nowrap">{b.scopeName}</span>
                      <span className="badge badge-neutral">{t(`budgets.scopeTypes.${b.scopeType}`)}</span>
                      {b.pendingAdjustments > 0 ? (
                        <span className="badge badge-warning" data-testid="budget-pending-adjustments">
                          {t('budgetLedger.pending', { count: b.pendingAdjustments })}
                        </span>
                      ) : null}
                    </div>
                  </td>
                  <td className="nowrap">{periodText(b.periodLabel, b.periodLabelEn)}</td>
                  <td className="num" data-testid="budget-amount">
                    {formatFen(b.amountFen)}
                    {b.adjustedFen !== 0 ? (
                      <span className="budget-amount-note">
                        {t('budgetLedger.originalAndAdjusted', {
                          original: formatFen(b.originalAmountFen),
                          adjusted: `${b.adjustedFen > 0 ? '+' : ''}${formatFen(b.adjustedFen)}`,
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td className="num">{formatFen(b.occupiedFen)}</td>
                  <td className="num">{formatFen(b.spentFen)}</td>
                  <td className={b.remainingFen < 0 ? 'num text-danger' : 'num'}>{formatFen(b.remainingFen)}</td>
                  <td className="usage-cell">
                    <UsageBar percent={b.usedPercent} level={b.level} thresholds={b.warnAtPercent} />
                  </td>
                  <td>
                    <span
                      className={`badge ${b.control === 'forbid' ? 'badge-danger' : b.control === 'warn' ? 'badge-warning' : 'badge-neutral'}`}
                    >
                      {t(`budgets.controlsShort.${b.control}`)}
                    </span>
                  </td>
                  <td className="actions nowrap">
                    <button type="button" className="btn btn-small btn-ghost" data-testid="budget-entries" onClick={() => setEntriesOf(b)}>
                      {t('budgets.entries')}
                    </button>
                    {canManage ? (
                      <>
                        <button
                          type="button"
                          className="btn btn-small btn-ghost"
                          data-testid="budget-adjust"
                          onClick={() => setAdjusting(b)}
                        >
                          {t('budgetLedger.adjust')}
                        </button>
                        <button type="button" className="btn btn-small btn-ghost" data-testid="budget-edit" onClick={() => setEditing(b)}>
                          {t('budgets.edit')}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!list.loading && items.length === 0 ? (
            <p className="empty" data-testid="budgets-empty">
              {t('budgets.empty')}
            </p>
          ) : null}
        </div>
      </div>
      {editing ? (
        <BudgetDialog
          budget={editing === 'new' ? null : editing}
          defaultPeriod={period}
          onSaved={list.reload}
          onDelete={editing === 'new' ? undefined : () => setDeleting(editing)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {entriesOf ? (
        <BudgetEntriesDrawer
          budget={entriesOf}
          focusAdjustmentId={linkedAdjustment}
          onChanged={list.reload}
          onClose={() => {
            setEntriesOf(null);
            if (linkedBudget) setParam('budget', '');
            if (linkedAdjustment) setParam('adjustment', '');
          }}
        />
      ) : null}
      {adjusting ? <AdjustDialog budget={adjusting} onSubmitted={list.reload} onClose={() => setAdjusting(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('budgets.deleteTitle')}
          message={t('budgets.deleteConfirm', {
            name: deleting.scopeName,
            period: periodText(deleting.periodLabel, deleting.periodLabelEn),
          })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={async () => {
            await budgetApi.remove(deleting.id);
            list.reload();
          }}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
