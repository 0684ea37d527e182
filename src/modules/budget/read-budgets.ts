import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound, validationFailed } from '../../platform/errors/app-error.ts';
import type { BudgetScopeType, BudgetView } from './budget-types.ts';
import { selectBudgetViews } from './budget-view.ts';
import { parsePeriodQuery, periodEnd } from './period.ts';
import { budgets } from './schema.ts';

export interface BudgetQuery {
  scopeType?: BudgetScopeType;
  scopeId?: string;
  /** '2026', '2026-Q4' or '2026-11': budgets whose period overlaps it. */
  period?: string;
}

/** The end of a budget's own period, in SQL. */
const budgetPeriodEnd = sql`(${budgets.periodStart} + case ${budgets.periodType}
  when 'month' then interval '1 month' when 'quarter' then interval '3 months' else interval '1 year' end)`;

function periodFilter(text: string | undefined): SQL | undefined {
  if (text === undefined || text === '') return undefined;
  const period = parsePeriodQuery(text);
  if (!period) throw validationFailed([{ path: 'period', message: "expected '2026', '2026-Q4' or '2026-11'" }]);
  // Periods nest (months in quarters in years), so overlapping means one contains the other.
  return sql`${budgets.periodStart} < ${periodEnd(period)}::date and ${budgetPeriodEnd} > ${period.start}::date`;
}

/** Budgets with their use, by scope type, scope name and period (newest first). */
export async function listBudgets(db: Db, tenantIds: readonly string[], query: BudgetQuery): Promise<{ items: BudgetView[] }> {
  const where = and(
    query.scopeType === undefined ? undefined : eq(budgets.scopeType, query.scopeType),
    query.scopeId === undefined ? undefined : eq(budgets.scopeId, query.scopeId),
    periodFilter(query.period),
  );
  return { items: await inTenantScope(db, tenantIds, (tx) => selectBudgetViews(tx, where)) };
}

export async function getBudget(db: Db, tenantIds: readonly string[], id: string): Promise<BudgetView> {
  const [found] = await inTenantScope(db, tenantIds, (tx) => selectBudgetViews(tx, eq(budgets.id, id)));
  if (!found) throw notFound('budget');
  return found;
}
