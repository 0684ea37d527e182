/**
 * Budgets (预算): by department (ancestors included), project or person, per month, quarter or
 * year, with warning thresholds and allow / warn / forbid control; the check of a request against
 * them, explained line by line, and the occupation (预算占用) a submitted request holds.
 */
export { checkBudgets, type BudgetCheck, type BudgetCheckLine, type BudgetSubject } from './check-budgets.ts';
export { occupyBudgets, releaseBudgets } from './occupy-budgets.ts';
export { BudgetCheckSchema } from './routes/budget-schemas.ts';
export { seedSampleBudgets, type SampleBudgetsInput } from './sample-budgets.ts';
export { budgetRoutes } from './routes.ts';
export { budgetLabels } from './audit-labels.ts';
export { departmentsWithBudget } from './setup-facts.ts';
