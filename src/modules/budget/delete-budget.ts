import { and, count, eq, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { selectBudgetViews } from './budget-view.ts';
import { budgetAdjustments, budgetEntries, budgets } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

/** Deletes a budget nothing has been booked against; otherwise 409 IN_USE (change its amount instead). */
export async function deleteBudget(db: Db, args: { tenantId: string; actor: Actor; id: string }): Promise<void> {
  const { tenantId, actor, id } = args;
  await inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(budgets.tenantId, tenantId), eq(budgets.id, id));
    const [locked] = await tx.select({ id: budgets.id }).from(budgets).where(where).for('update');
    const [view] = locked ? await selectBudgetViews(tx, where) : [];
    if (!view) throw notFound('budget');
    const [entries] = await tx
      .select({ n: count() })
      .from(budgetEntries)
      .where(and(eq(budgetEntries.tenantId, tenantId), eq(budgetEntries.budgetId, id)));
    const [adjustments] = await tx
      .select({ n: count() })
      .from(budgetAdjustments)
      .where(
        and(eq(budgetAdjustments.tenantId, tenantId), or(eq(budgetAdjustments.budgetId, id), eq(budgetAdjustments.targetBudgetId, id))),
      );
    const n = (entries?.n ?? 0) + (adjustments?.n ?? 0);
    if (n > 0) {
      throw new AppError('IN_USE', `The budget ${view.scopeName} ${view.periodLabelEn} has ${n} entries and adjustments`, {
        entity: 'budget',
        entries: n,
      });
    }
    await tx.delete(budgets).where(where);
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'budget',
      entityId: id,
      type: 'budget.deleted',
      summary: `Budget ${view.scopeName} ${view.periodLabel} deleted`,
      data: {
        scopeType: view.scopeType,
        scopeId: view.scopeId,
        periodType: view.periodType,
        periodStart: view.periodStart,
        amountFen: view.amountFen,
      },
    });
  });
}
