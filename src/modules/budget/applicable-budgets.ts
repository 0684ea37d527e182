import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { type BudgetScopeType, type BudgetSubject, type BudgetView, type SharedBudgetSubject, sharedSubjectOf } from './budget-types.ts';
import { selectBudgetViews } from './budget-view.ts';
import { periodsContaining, type PeriodType } from './period.ts';
import { budgets } from './schema.ts';
import { departmentChain } from '../org/index.ts';

/** A budget that applies to a subject, with its use so far and the part of the request it bears. */
export interface ApplicableBudget extends BudgetView {
  usedFen: number;
  /** The sum of the shares this budget bears. */
  requestFen: number;
}

const PERIOD_ORDER: Record<PeriodType, number> = { month: 0, quarter: 1, year: 2 };
const SCOPE_ORDER: Record<BudgetScopeType, number> = { department: 0, project: 1, cost_centre: 2, employee: 3 };
const key = (scopeType: BudgetScopeType, scopeId: string) => `${scopeType}:${scopeId}`;

/**
 * The budgets every share of the subject is charged to: each share's department and every
 * ancestor, its project, its cost centre and its traveller, over the month, quarter and year
 * containing the subject's date. A budget several shares fall on (two travellers of one
 * department, or of two departments under one parent) bears their sum. Order: departments nearest
 * first, then project, cost centre, employee; month before quarter before year. The budget rows
 * stay locked (FOR NO KEY UPDATE, in id order, in one statement for all shares) until the
 * transaction ends, so a check and the occupation that follows it cannot be overtaken by a
 * concurrent one; entries (which only reference budgets) are not blocked.
 */
export async function budgetsForShares(tx: Tx, subject: SharedBudgetSubject): Promise<ApplicableBudget[]> {
  const periods = periodsContaining(subject.date);
  if (!periods) throw validationFailed([{ path: 'date', message: 'not a valid date (YYYY-MM-DD)' }]);
  const depth = new Map<string, number>();
  const charged: Set<string>[] = [];
  for (const share of subject.shares) {
    const chain = share.departmentId === null ? [] : await departmentChain(tx, subject.tenantId, share.departmentId);
    chain.forEach((id, i) => depth.set(id, Math.min(depth.get(id) ?? i, i)));
    charged.push(
      new Set([
        ...chain.map((id) => key('department', id)),
        ...(share.projectId === null ? [] : [key('project', share.projectId)]),
        ...(share.costCentreId === null ? [] : [key('cost_centre', share.costCentreId)]),
        key('employee', share.employeeId),
      ]),
    );
  }
  const idsOf = (type: BudgetScopeType) => [
    ...new Set(charged.flatMap((keys) => [...keys].filter((k) => k.startsWith(`${type}:`)).map((k) => k.slice(type.length + 1)))),
  ];
  const byType: SQL[] = [];
  for (const type of ['department', 'project', 'cost_centre', 'employee'] as const) {
    const ids = idsOf(type);
    if (ids.length > 0) byType.push(and(eq(budgets.scopeType, type), inArray(budgets.scopeId, ids)) as SQL);
  }
  if (byType.length === 0) return [];
  const inPeriods = or(...periods.map((p) => and(eq(budgets.periodType, p.type), eq(budgets.periodStart, p.start))));
  const locked = await tx
    .select({ id: budgets.id })
    .from(budgets)
    .where(and(eq(budgets.tenantId, subject.tenantId), or(...byType), inPeriods))
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
  const rank = (b: BudgetView) => SCOPE_ORDER[b.scopeType] * 1_000 + (b.scopeType === 'department' ? (depth.get(b.scopeId) ?? 0) : 0);
  return views
    .map((v) => {
      const k = key(v.scopeType, v.scopeId);
      const requestFen = subject.shares.reduce((sum, share, i) => (charged[i]?.has(k) ? sum + share.amountFen : sum), 0);
      return { ...v, usedFen: v.occupiedFen + v.spentFen, requestFen };
    })
    .sort((a, b) => rank(a) - rank(b) || PERIOD_ORDER[a.periodType] - PERIOD_ORDER[b.periodType]);
}

/** The budgets for one person's subject (its department and ancestors, project, the employee): see budgetsForShares. */
export async function applicableBudgets(tx: Tx, subject: BudgetSubject): Promise<ApplicableBudget[]> {
  return budgetsForShares(tx, sharedSubjectOf(subject));
}
