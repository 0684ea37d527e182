/**
 * Budgets (预算): by department (ancestors included), project or person, per month, quarter or
 * year, with warning lines and allow / warn / forbid control; the check of a request against
 * them, explained line by line, and the ledger: the occupation (预算占用) a submitted request
 * holds, its settlement into actual spend when the trip completes, and adjustments (追加 / 调减 /
 * 调剂) approved as the approval subject 'budget_adjustment'. Crossing a warning line tells the
 * budget's owner.
 */
export {
  checkBudgets,
  checkBudgetShares,
  type BudgetCheck,
  type BudgetCheckLine,
  type BudgetShare,
  type BudgetSubject,
  type SharedBudgetSubject,
} from './check-budgets.ts';
// Occupation and release with the warning lines (ledger/occupation.ts wraps occupy-budgets.ts).
export { occupyBudgets, occupyBudgetShares, releaseBudgets } from './ledger/occupation.ts';
export { settleBudgets, type ActualSpend, type ActualSpendSource, type Settlement } from './ledger/settle-budgets.ts';
export { noticeWarningLines } from './ledger/warning-lines.ts';
// Orders: their cost on the budgets, in room made by their travel request's occupation, and their settlement.
export { chargeOrder, occupationOfOrders, settledWithRequest, settleOrderBudgets, type OrderCharge } from './ledger/order-charge.ts';
export { budgetAdjustmentSubject } from './adjustments/adjustment-subject.ts';
export { BudgetCheckSchema } from './routes/budget-schemas.ts';
export { seedSampleBudgets, type SampleBudgetsInput } from './sample-budgets.ts';
export { budgetRoutes } from './routes.ts';
export { budgetAdjustmentRoutes } from './adjustment-routes.ts';
export { budgetAdjustmentLabels, budgetLabels } from './audit-labels.ts';
export { departmentsWithBudget } from './setup-facts.ts';
