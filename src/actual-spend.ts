import type { ActualSpendSource } from './modules/budget/index.ts';

/**
 * What a completed trip actually spent, per budget, for its settlement (budget `settleBudgets`,
 * called by travel's completion). Until orders exist nothing was spent, so settlement releases the
 * occupation and records no spend. The booking module replaces this: for the request's orders that
 * were issued (less refunds), the fen charged to each budget the request occupied — or any other
 * budget of the tenant an order was charged to — as `{ budgetId, amountFen }`, in the transaction
 * given (it may read its own tables there). Amounts are whole, non-negative fen; one line per budget.
 */
export const actualSpendOfRequest: ActualSpendSource = async () => [];
