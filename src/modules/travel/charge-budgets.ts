import type { Tx } from '../../platform/db/database.ts';
import { AppError, validationFailed } from '../../platform/errors/app-error.ts';
import { budgetSharesOf, costSharesOf, type BearerFields } from './cost-shares.ts';
import type { CostShare, ItineraryLeg } from './schema.ts';
import { firstDepartDate } from './travel-input.ts';
import { type BudgetCheck, checkBudgetShares, occupyBudgetShares } from '../budget/index.ts';

export interface Charge {
  shares: CostShare[];
  check: BudgetCheck;
  /** The first departure: picks the budget periods. */
  date: string;
}

/**
 * The budget check of a request's shares against their bearers' budgets (费用归属). `replacing`:
 * the request already occupies budgets (a change of an approved request) and the check counts
 * the new content instead of that occupation.
 */
export async function checkCharge(
  tx: Tx,
  tenantId: string,
  request: BearerFields & { id: string; itinerary: readonly ItineraryLeg[] },
  options: { replacing?: boolean } = {},
): Promise<Charge> {
  const date = firstDepartDate(request.itinerary);
  if (date === null) throw validationFailed([{ path: 'itinerary', message: 'incomplete request' }]);
  const shares = await costSharesOf(tx, tenantId, request);
  const subject = { tenantId, date, shares: budgetSharesOf(shares, request.projectId) };
  const replacing = options.replacing ? { tenantId, sourceType: 'travel_request' as const, sourceId: request.id } : undefined;
  const check = await checkBudgetShares(tx, subject, replacing ? { replacing } : {});
  return { shares, check, date };
}

/** forbid → BUDGET_EXCEEDED; warn without a reason → REASON_REQUIRED (both with the check). Returns the reason kept. */
export function acceptCheck(check: BudgetCheck, reasonGiven: string | undefined): string | null {
  const reason = reasonGiven?.trim() || null;
  if (check.outcome === 'forbid') throw new AppError('BUDGET_EXCEEDED', 'The request exceeds a budget that forbids it', { check });
  if (check.outcome === 'warn' && reason === null)
    throw new AppError('REASON_REQUIRED', 'The request is over budget: give a reason (overBudgetReason)', { check });
  return check.outcome === 'warn' ? reason : null;
}

/** The request's occupation becomes the charge's shares (idempotent; budgets no longer charged are released). */
export async function occupyCharge(tx: Tx, tenantId: string, requestId: string, projectId: string | null, charge: Charge): Promise<void> {
  await occupyBudgetShares(tx, {
    tenantId,
    date: charge.date,
    shares: budgetSharesOf(charge.shares, projectId),
    sourceType: 'travel_request',
    sourceId: requestId,
  });
}
