import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { BudgetLevel, BudgetView } from './budget-types.ts';
import { periodLabel } from './period.ts';
import { budgetEntries, budgets } from './schema.ts';
import { usedAndLeftLabel } from '../../platform/format/percent.ts';

/**
 * Who answers for a budget (负责人), in SQL: its named owner, else the head of its department, the
 * owner of its project, or the employee whose budget it is.
 */
export const budgetOwnerSql = sql<string | null>`coalesce(${budgets.ownerEmployeeId}, case ${budgets.scopeType}
    when 'department' then (select d.head_employee_id from departments d where d.tenant_id = ${budgets.tenantId} and d.id = ${budgets.scopeId})
    when 'project' then (select p.owner_employee_id from projects p where p.tenant_id = ${budgets.tenantId} and p.id = ${budgets.scopeId})
    else ${budgets.scopeId} end)`;

/**
 * Budgets with their use, in one query: a lateral aggregate over each budget's entries. Sums are
 * cast in SQL (bigint for arithmetic, float8 on output) so that PGlite and node-postgres return
 * the same JavaScript numbers.
 */
export async function selectBudgetViews(tx: Tx, where: SQL | undefined): Promise<BudgetView[]> {
  const usage = tx
    .select({
      occupied:
        sql<number>`coalesce(sum("budget_entries"."amount_fen") filter (where "budget_entries"."kind" in ('occupied', 'released')), 0)::bigint`.as(
          'occupied',
        ),
      adjusted: sql<number>`coalesce(sum("budget_entries"."amount_fen") filter (where "budget_entries"."kind" = 'adjusted'), 0)::bigint`.as(
        'adjusted',
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
  // The effective amount: the budget's own amount and every applied adjustment.
  const amount = sql`(${budgets.amountFen} + "usage"."adjusted")`;
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
      amountFen: sql<number>`${amount}::float8`.mapWith(Number),
      originalAmountFen: budgets.amountFen,
      adjustedFen: sql<number>`"usage"."adjusted"::float8`.mapWith(Number),
      occupiedFen: sql<number>`${occupied}::float8`.mapWith(Number),
      spentFen: sql<number>`${spent}::float8`.mapWith(Number),
      remainingFen: sql<number>`(${amount} - ${used})::float8`.mapWith(Number),
      usedPercent: sql<number>`coalesce(round(${used}::numeric * 100 / nullif(${amount}, 0), 1), 0)::float8`.mapWith(Number),
      warnAtPercent: budgets.warnAtPercent,
      control: budgets.control,
      level: sql<BudgetLevel>`case
        when ${used} > ${amount} then 'exceeded'
        when exists (select 1 from unnest(${budgets.warnAtPercent}) w(p) where ${used} * 100 >= w.p::bigint * ${amount}) then 'warning'
        else 'ok' end`,
      ownerEmployeeId: budgets.ownerEmployeeId,
      ownerId: budgetOwnerSql,
      ownerName: sql<string | null>`(select e.name from employees e where e.tenant_id = ${budgets.tenantId} and e.id = ${budgetOwnerSql})`,
      pendingAdjustments: sql<number>`(select count(*) from budget_adjustments a
        where a.tenant_id = ${budgets.tenantId} and (a.budget_id = ${budgets.id} or a.target_budget_id = ${budgets.id})
        and a.status in ('pending', 'returned'))::int`.mapWith(Number),
    })
    .from(budgets)
    .innerJoinLateral(usage, sql`true`)
    .where(where)
    .orderBy(asc(budgets.scopeType), asc(scopeName), desc(budgets.periodStart), asc(budgets.periodType), asc(budgets.id));
  return rows.map((r) => {
    const period = { type: r.periodType, start: r.periodStart };
    return {
      ...r,
      originalAmountFen: Number(r.originalAmountFen),
      remainingPercent: Math.round((100 - r.usedPercent) * 10) / 10,
      percentLabel: { 'zh-CN': usedAndLeftLabel(r.usedPercent, 'zh-CN'), en: usedAndLeftLabel(r.usedPercent, 'en') },
      warnAtPercent: [...r.warnAtPercent].sort((a, b) => a - b),
      periodLabel: periodLabel(period, 'zh-CN'),
      periodLabelEn: periodLabel(period, 'en'),
    };
  });
}
