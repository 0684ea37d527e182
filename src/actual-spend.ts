import type { ActualSpendSource } from './modules/budget/index.ts';
import { actualSpendOfOrders } from './modules/orders/index.ts';

/**
 * What a completed trip actually spent, per budget, for its settlement (budget `settleBudgets`,
 * called by travel's completion): the request's issued orders' cost (amount and fees less refunds)
 * on each budget they were charged to, read in the settlement's transaction before it releases
 * their occupation (orders `actualSpendOfOrders`).
 */
export const actualSpendOfRequest: ActualSpendSource = actualSpendOfOrders;
