import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { BudgetLevel, BudgetView } from './budget-types.ts';
import { periodLabel } from './period.ts';
import { budgetEntries, budgets } from './schema.ts';

/**
 * Budgets with their use, in one query: a lateral aggregate over each budget's entries. Sums are
 * cast in SQL (bigint for arithmetic, float8 on output) so that PGlite and node-postgres return
 * the same JavaScript numbers.
 */
export async function selectBudgetViews(tx: Tx, where: SQL | undefined): Promise<BudgetView[]> {
  const usage = tx
    .select({
      occupied: sql<number>`coalesce(sum("budget_entries"."amount_fen") filter (where "budget_entries"."kind" <> 'spent'), 0)::bigint`.as(
        'occupied',
      ),
      spent: sql<number>`coalesce(sum("budget_entries"."amount_fen") filter (where "budget_entries"."kind" = 'spent'), 0)::bigint`.as(
        'spent',
      ),
    })
    .from(budgetEntries)
    // Qualified by hand: Drizzle leaves a single-table select's columns unqualified, and inside the
    // lateral subquery the outer budget must be named explicitly.
    .where(sql`"budget_entries"."tenant_id" = "budgets"."tenant_id" and "budget_entries"."budget_id" = "budgets"."id"`)
    .as('usage');
  const occupied = sql`"usage"."occupied"`;
  const spent = sql`"usage"."spent"`;
  const used = sql`(${occupied} + ${spent})`;
  const scopeName = sql<string>`coalesce(case ${budgets.scopeType}
    when 'department' then (select d.name from departments d where d.tenant_id = ${budgets.tenantId} and d.id = ${budgets.scopeId})
    when 'project' then (select p.name from projects p where p.tenant_id = ${budgets.tenantId} and p.id = ${budgets.scopeId})
    when 'cost_centre' then (select c.name from cost_centres c where c.tenant_id = ${budgets.tenantId} and c.id = ${budgets.scopeId})
    when 'employee' then (select e.name from employees e where e.tenant_id = ${budgets.tenantId} and e.id = ${budgets.scopeId})
    end, '')`;
  const rows = await tx
    .select({
      id: budgets.id,
      scopeType: budgets.scopeType,
      scopeId: budgets.scopeId,
      scopeName,
      periodType: budgets.periodType,
      periodStart: budgets.periodStart,
      amountFen: budgets.amountFen,
      occupiedFen: sql<number>`${occupied}::float8`.mapWith(Number),
      spentFen: sql<number>`${spent}::float8`.mapWith(Number),
      remainingFen: sql<number>`(${budgets.amountFen} - ${used})::float8`.mapWith(Number),
      usedPercent: sql<number>`coalesce(round(${used}::numeric * 100 / nullif(${budgets.amountFen}, 0), 1), 0)::float8`.mapWith(Number),
      warnAtPercent: budgets.warnAtPercent,
      control: budgets.control,
      level: sql<BudgetLevel>`case
        when ${used} > ${budgets.amountFen} then 'exceeded'
        when exists (select 1 from unnest(${budgets.warnAtPercent}) w(p) where ${used} * 100 >= w.p::bigint * ${budgets.amountFen}) then 'warning'
        else 'ok' end`,
    })
    .from(budgets)
    .innerJoinLateral(usage, sql`true`)
    .where(where)
    .orderBy(asc(budgets.scopeType), asc(scopeName), desc(budgets.periodStart), asc(budgets.periodType), asc(budgets.id));
  return rows.map((r) => {
    const period = { type: r.periodType, start: r.periodStart };
    return {
      ...r,
      amountFen: Number(r.amountFen),
      warnAtPercent: [...r.warnAtPercent].sort((a, b) => a - b),
      periodLabel: periodLabel(period, 'zh-CN'),
      periodLabelEn: periodLabel(period, 'en'),
    };
  });
}
