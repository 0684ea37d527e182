import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import type { BudgetSubject, BudgetView } from './budget-types.ts';
import { selectBudgetViews } from './budget-view.ts';
import { periodsContaining, type PeriodType } from './period.ts';
import { budgets } from './schema.ts';
import { departmentChain } from '../org/index.ts';

/** A budget that applies to a subject, with its use so far. */
export interface ApplicableBudget extends BudgetView {
  usedFen: number;
}

const PERIOD_ORDER: Record<PeriodType, number> = { month: 0, quarter: 1, year: 2 };

/**
 * The budgets for the subject's department and every ancestor, its project and the employee, over
 * the month, quarter and year containing its date: nearest department first, then the project,
 * then the employee; month before quarter before year. The budget rows stay locked (FOR NO KEY
 * UPDATE, in id order) until the transaction ends, so a check and the occupation that follows it
 * cannot be overtaken by a concurrent one; entries (which only reference budgets) are not blocked.
 */
export async function applicableBudgets(tx: Tx, subject: BudgetSubject): Promise<ApplicableBudget[]> {
  const periods = periodsContaining(subject.date);
  if (!periods) throw validationFailed([{ path: 'date', message: 'not a valid date (YYYY-MM-DD)' }]);
  const chain = await departmentChain(tx, subject.tenantId, subject.departmentId);
  const scopes = or(
    chain.length > 0 ? and(eq(budgets.scopeType, 'department'), inArray(budgets.scopeId, chain)) : undefined,
    subject.projectId === null ? undefined : and(eq(budgets.scopeType, 'project'), eq(budgets.scopeId, subject.projectId)),
    and(eq(budgets.scopeType, 'employee'), eq(budgets.scopeId, subject.employeeId)),
  );
  const inPeriods = or(...periods.map((p) => and(eq(budgets.periodType, p.type), eq(budgets.periodStart, p.start))));
  const locked = await tx
    .select({ id: budgets.id })
    .from(budgets)
    .where(and(eq(budgets.tenantId, subject.tenantId), scopes, inPeriods))
    .orderBy(asc(budgets.id))
    .for('no key update');
  if (locked.length === 0) return [];
  const views = await selectBudgetViews(
    tx,
    and(
      eq(budgets.tenantId, subject.tenantId),
      inArray(
        budgets.id,
        locked.map((r) => r.id),
      ),
    ),
  );
  const rank = (b: BudgetView) =>
    b.scopeType === 'department' ? chain.indexOf(b.scopeId) : b.scopeType === 'project' ? chain.length : chain.length + 1;
  return views
    .map((v) => ({ ...v, usedFen: v.occupiedFen + v.spentFen }))
    .sort((a, b) => rank(a) - rank(b) || PERIOD_ORDER[a.periodType] - PERIOD_ORDER[b.periodType]);
}
