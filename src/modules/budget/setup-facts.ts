import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { periodsContaining } from './period.ts';
import { budgets } from './schema.ts';

/** The departments with a budget in force on the date (its month, quarter or year). */
export async function departmentsWithBudget(tx: Tx, tenantId: string, date: string): Promise<Set<string>> {
  const periods = periodsContaining(date);
  if (!periods) throw validationFailed([{ path: 'date', message: 'not a valid date (YYYY-MM-DD)' }]);
  const rows = await tx
    .selectDistinct({ scopeId: budgets.scopeId })
    .from(budgets)
    .where(
      and(
        eq(budgets.tenantId, tenantId),
        eq(budgets.scopeType, 'department'),
        or(...periods.map((p) => and(eq(budgets.periodType, p.type), eq(budgets.periodStart, p.start)))),
      ),
    );
  return new Set(rows.map((r) => r.scopeId));
}
