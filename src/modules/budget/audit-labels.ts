import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { adjustmentTitle, selectAdjustmentViews } from './adjustments/adjustment-rows.ts';
import { selectBudgetViews } from './budget-view.ts';
import { budgetAdjustments, budgets } from './schema.ts';

/** "华东销售部 2026年12月": budgets named by scope and period for the audit log, in the caller's scope. */
export async function budgetLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const views = await selectBudgetViews(tx, inArray(budgets.id, [...ids]));
  return new Map(views.map((v) => [v.id, `${v.scopeName} ${v.periodLabel}`.trim()]));
}

/** "BA2026120700001 追加 华东销售部 2026年12月 ¥5,000.00": budget adjustments (their approval events too), in the caller's scope. */
export async function budgetAdjustmentLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const views = await selectAdjustmentViews(tx, inArray(budgetAdjustments.id, [...ids]));
  return new Map(views.map((v) => [v.id, `${v.code} ${adjustmentTitle(v)}`.trim()]));
}
