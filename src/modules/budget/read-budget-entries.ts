import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import type { BudgetEntryView } from './budget-types.ts';
import { budgetEntries, budgets } from './schema.ts';

/** A budget's movements, oldest first; the travel request's code beside each of its entries. */
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
          (select r.code from travel_requests r where r.tenant_id = "budget_entries"."tenant_id" and r.id = "budget_entries"."source_id") end`,
        kind: budgetEntries.kind,
        amountFen: budgetEntries.amountFen,
        createdAt: budgetEntries.createdAt,
      })
      .from(budgetEntries)
      .where(and(eq(budgetEntries.tenantId, budget.tenantId), eq(budgetEntries.budgetId, budgetId)))
      .orderBy(asc(budgetEntries.createdAt), asc(budgetEntries.id));
    return { items: rows.map((r) => ({ ...r, amountFen: Number(r.amountFen), createdAt: r.createdAt.toISOString() })) };
  });
}
