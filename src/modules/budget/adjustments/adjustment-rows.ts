import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { formatFen } from '../../../platform/format/money.ts';
import { selectBudgetViews } from '../budget-view.ts';
import { budgetAdjustments, budgets } from '../schema.ts';
import type { AdjustmentStatus, AdjustmentView } from './adjustment-types.ts';
import { employees } from '../../org/index.ts';

export type AdjustmentRow = typeof budgetAdjustments.$inferSelect;

const KIND_ZH = { increase: '追加', decrease: '调减', transfer: '调剂' } as const;
const KIND_EN = { increase: 'Increase', decrease: 'Decrease', transfer: 'Transfer' } as const;

/** The adjustment's row, locked when asked (FOR UPDATE: every change of an adjustment and its approval takes it first). */
export async function adjustmentRow(tx: Tx, tenantId: string, id: string, lock = false): Promise<AdjustmentRow | null> {
  const query = tx
    .select()
    .from(budgetAdjustments)
    .where(and(eq(budgetAdjustments.tenantId, tenantId), eq(budgetAdjustments.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Adjustments as views, newest first, with both budgets and the requester named. */
export async function selectAdjustmentViews(tx: Tx, where: SQL | undefined): Promise<AdjustmentView[]> {
  const rows = await tx
    .select({ a: budgetAdjustments, requesterName: sql<string>`coalesce(${employees.name}, '')` })
    .from(budgetAdjustments)
    .leftJoin(employees, and(eq(employees.tenantId, budgetAdjustments.tenantId), eq(employees.id, budgetAdjustments.requesterId)))
    .where(where)
    .orderBy(desc(budgetAdjustments.createdAt), asc(budgetAdjustments.id));
  const ids = [...new Set(rows.flatMap((r) => [r.a.budgetId, ...(r.a.targetBudgetId ? [r.a.targetBudgetId] : [])]))];
  const views = ids.length === 0 ? [] : await selectBudgetViews(tx, inArray(budgets.id, ids));
  const byId = new Map(views.map((v) => [v.id, v]));
  const zh = (id: string | null) => (id === null ? null : `${byId.get(id)?.scopeName ?? ''} ${byId.get(id)?.periodLabel ?? ''}`.trim());
  const en = (id: string | null) => (id === null ? null : `${byId.get(id)?.scopeName ?? ''} ${byId.get(id)?.periodLabelEn ?? ''}`.trim());
  return rows.map(({ a, requesterName }) => ({
    id: a.id,
    code: a.code,
    kind: a.kind,
    budgetId: a.budgetId,
    budgetName: zh(a.budgetId) ?? '',
    budgetNameEn: en(a.budgetId) ?? '',
    targetBudgetId: a.targetBudgetId,
    targetBudgetName: zh(a.targetBudgetId),
    targetBudgetNameEn: en(a.targetBudgetId),
    amountFen: Number(a.amountFen),
    reason: a.reason,
    status: a.status,
    requesterId: a.requesterId,
    requesterName,
    approvalInstanceId: a.approvalInstanceId,
    createdAt: a.createdAt.toISOString(),
    decidedAt: a.decidedAt ? a.decidedAt.toISOString() : null,
  }));
}

/** Adjustments touching a budget (either side of a transfer), optionally of some statuses. */
export const touchingBudget = (tenantIds: readonly string[], budgetId: string, statuses?: readonly AdjustmentStatus[]): SQL | undefined =>
  and(
    inArray(budgetAdjustments.tenantId, [...tenantIds]),
    or(eq(budgetAdjustments.budgetId, budgetId), eq(budgetAdjustments.targetBudgetId, budgetId)),
    statuses ? inArray(budgetAdjustments.status, [...statuses]) : undefined,
  );

/** '追加 研发中心 2026年12月 ¥10,000.00' / '调剂 研发中心 2026年12月 → 销售中心 2026年12月 ¥5,000.00'. */
export function adjustmentTitle(view: Pick<AdjustmentView, 'kind' | 'budgetName' | 'targetBudgetName' | 'amountFen'>): string {
  const target = view.targetBudgetName ? ` → ${view.targetBudgetName}` : '';
  return `${KIND_ZH[view.kind]} ${view.budgetName}${target} ${formatFen(view.amountFen)}`;
}

export function adjustmentTitleEn(view: Pick<AdjustmentView, 'kind' | 'budgetNameEn' | 'targetBudgetNameEn' | 'amountFen'>): string {
  const target = view.targetBudgetNameEn ? ` → ${view.targetBudgetNameEn}` : '';
  return `${KIND_EN[view.kind]} ${view.budgetNameEn}${target} ${formatFen(view.amountFen)}`;
}
