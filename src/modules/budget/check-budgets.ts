import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { budgetsForShares } from './applicable-budgets.ts';
import { type BudgetCheck, type BudgetSubject, type SharedBudgetSubject, sharedSubjectOf } from './budget-types.ts';
import { checkLine, strictest } from './check-line.ts';
import { type BudgetSource, netOccupation } from './source-occupation.ts';

export type { BudgetCheck, BudgetCheckLine, BudgetShare, BudgetSubject, SharedBudgetSubject } from './budget-types.ts';

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
  return checkBudgetShares(tx, sharedSubjectOf(subject));
}

/**
 * The same check for a request split into shares (several travellers, or a chosen cost bearer):
 * each budget against the sum of the shares it bears. `replacing` names a source whose current
 * occupation the request would replace (a change of an approved request): it does not count as used.
 */
export async function checkBudgetShares(
  tx: Tx,
  subject: SharedBudgetSubject,
  options: { replacing?: BudgetSource } = {},
): Promise<BudgetCheck> {
  for (const share of subject.shares) assertRequestAmount(share.amountFen);
  const applicable = await budgetsForShares(tx, subject);
  const own = options.replacing === undefined ? new Map<string, number>() : await netOccupation(tx, options.replacing);
  const lines = applicable.map((b) =>
    checkLine({
      budgetId: b.id,
      scopeType: b.scopeType,
      scopeName: b.scopeName,
      period: { type: b.periodType, start: b.periodStart },
      amountFen: b.amountFen,
      usedFen: b.usedFen - (own.get(b.id) ?? 0),
      requestFen: b.requestFen,
      warnAtPercent: b.warnAtPercent,
      control: b.control,
    }),
  );
  return { outcome: strictest(lines.map((l) => l.outcome)), lines };
}
