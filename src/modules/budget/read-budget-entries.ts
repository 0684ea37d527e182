import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import type { BudgetEntryView } from './budget-types.ts';
import { budgetAdjustments, budgetEntries, budgets } from './schema.ts';

/** A budget's movements, oldest first; the travel request's or adjustment's code beside each, an adjustment's kind and reason. */
export async function listBudgetEntries(db: Db, tenantIds: readonly string[], budgetId: string): Promise<{ items: BudgetEntryView[] }> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [budget] = await tx.select({ tenantId: budgets.tenantId }).from(budgets).where(eq(budgets.id, budgetId));
    if (!budget) throw notFound('budget');
    const rows = await tx
      .select({
        id: budgetEntries.id,
        sourceType: budgetEntries.sourceType,
        sourceId: budgetEntries.sourceId,
        // Qualified by hand: Drizzle leaves columns of a single-table select unqualified.
        sourceCode: sql<string | null>`case when ${budgetEntries.sourceType} = 'travel_request' then
          (select r.code from travel_requests r where r.tenant_id = "budget_entries"."tenant_id" and r.id = "budget_entries"."source_id")
          when ${budgetEntries.sourceType} = 'order' then
          (select o.tracking_code from orders o where o.tenant_id = "budget_entries"."tenant_id" and o.id = "budget_entries"."source_id") end`,
        kind: budgetEntries.kind,
        amountFen: budgetEntries.amountFen,
        cause: budgetEntries.cause,
        adjustmentKind: budgetAdjustments.kind,
        adjustmentCode: budgetAdjustments.code,
        reason: budgetAdjustments.reason,
        adjustedBudgetId: budgetAdjustments.budgetId,
        targetBudgetId: budgetAdjustments.targetBudgetId,
        createdAt: budgetEntries.createdAt,
      })
      .from(budgetEntries)
      .leftJoin(
        budgetAdjustments,
        and(
          eq(budgetEntries.sourceType, 'adjustment'),
          eq(budgetAdjustments.tenantId, budgetEntries.tenantId),
          eq(budgetAdjustments.id, budgetEntries.sourceId),
        ),
      )
      .where(and(eq(budgetEntries.tenantId, budget.tenantId), eq(budgetEntries.budgetId, budgetId)))
      .orderBy(asc(budgetEntries.createdAt), asc(budgetEntries.id));
    return {
      items: rows.map((r) => ({
        id: r.id,
        sourceType: r.sourceType,
        sourceId: r.sourceId,
        sourceCode: r.sourceCode ?? r.adjustmentCode,
        kind: r.kind,
        amountFen: Number(r.amountFen),
        cause: r.cause,
        adjustment:
          r.adjustmentKind === null
            ? null
            : {
                kind: r.adjustmentKind,
                reason: r.reason ?? '',
                // The other side of a transfer, seen from this budget.
                otherBudgetId: r.adjustedBudgetId === budgetId ? r.targetBudgetId : r.adjustedBudgetId,
              },
        createdAt: r.createdAt.toISOString(),
      })),
    };
  });
}
