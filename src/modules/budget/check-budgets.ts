import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { applicableBudgets } from './applicable-budgets.ts';
import type { BudgetCheck, BudgetSubject } from './budget-types.ts';
import { checkLine, strictest } from './check-line.ts';

export type { BudgetCheck, BudgetCheckLine, BudgetSubject } from './budget-types.ts';

/** The request amount must be whole, non-negative fen. */
export function assertRequestAmount(amountFen: number): void {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0) {
    throw validationFailed([{ path: 'amountFen', message: 'must be a whole, non-negative number of fen' }]);
  }
}

/**
 * 预算校验: every budget that applies to the subject (its department and the ancestors, its
 * project, the employee; the periods containing its date) against the requested amount. Within
 * the budget → ok; over it → ok when the budget allows it, warn or forbid as its control says.
 * The check's outcome is the strictest line's; no applicable budget → ok without lines. Runs in
 * the caller's tenant transaction and keeps the budgets locked until it ends (see applicableBudgets).
 */
export async function checkBudgets(tx: Tx, subject: BudgetSubject): Promise<BudgetCheck> {
  assertRequestAmount(subject.amountFen);
  const applicable = await applicableBudgets(tx, subject);
  const lines = applicable.map((b) =>
    checkLine({
      budgetId: b.id,
      scopeType: b.scopeType,
      scopeName: b.scopeName,
      period: { type: b.periodType, start: b.periodStart },
      amountFen: b.amountFen,
      usedFen: b.usedFen,
      requestFen: subject.amountFen,
      warnAtPercent: b.warnAtPercent,
      control: b.control,
    }),
  );
  return { outcome: strictest(lines.map((l) => l.outcome)), lines };
}
