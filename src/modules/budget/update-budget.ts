import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, notFound, validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { scopeExists } from './budget-scope.ts';
import { checkAmountFen, checkWarnAtPercent } from './budget-input.ts';
import type { BudgetControl, BudgetView } from './budget-types.ts';
import { selectBudgetViews } from './budget-view.ts';
import { noticeWarningLines } from './ledger/warning-lines.ts';
import { budgetEntries, budgets } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

export interface UpdateBudgetInput {
  amountFen?: number;
  warnAtPercent?: number[];
  control?: BudgetControl;
  /** The named owner (负责人); null goes back to the department head, project owner or the employee. */
  ownerEmployeeId?: string | null;
}

type Changes = Partial<Pick<typeof budgets.$inferSelect, 'amountFen' | 'warnAtPercent' | 'control' | 'ownerEmployeeId'>>;

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Changes a budget's thresholds, control or owner; its scope and period stay. Its amount only
 * while nothing is booked against it (setting it up): afterwards an amount changes by an approved
 * adjustment (ADJUSTMENT_REQUIRED), so that the ledger says why.
 */
export async function updateBudget(
  db: Db,
  args: { tenantId: string; actor: Actor; id: string; input: UpdateBudgetInput },
): Promise<BudgetView> {
  const { tenantId, actor, id, input } = args;
  const errors: FieldError[] = [];
  const amountFen = input.amountFen === undefined ? undefined : checkAmountFen(errors, 'amountFen', input.amountFen);
  const warnAtPercent = input.warnAtPercent === undefined ? undefined : checkWarnAtPercent(errors, 'warnAtPercent', input.warnAtPercent);
  if (errors.length > 0) throw validationFailed(errors);

  return inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(budgets.tenantId, tenantId), eq(budgets.id, id));
    const [current] = await tx.select().from(budgets).where(where).for('update');
    if (!current) throw notFound('budget');
    const changes: Changes = {};
    if (amountFen !== undefined && amountFen !== current.amountFen) changes.amountFen = amountFen;
    if (
      warnAtPercent !== undefined &&
      !sameList(
        warnAtPercent,
        [...current.warnAtPercent].sort((a, b) => a - b),
      )
    ) {
      changes.warnAtPercent = warnAtPercent;
    }
    if (input.control !== undefined && input.control !== current.control) changes.control = input.control;
    if (input.ownerEmployeeId !== undefined && input.ownerEmployeeId !== current.ownerEmployeeId) {
      if (input.ownerEmployeeId !== null && !(await scopeExists(tx, tenantId, 'employee', input.ownerEmployeeId))) {
        throw validationFailed([{ path: 'ownerEmployeeId', message: 'no such employee' }]);
      }
      changes.ownerEmployeeId = input.ownerEmployeeId;
    }
    if (changes.amountFen !== undefined) {
      const [booked] = await tx
        .select({ id: budgetEntries.id })
        .from(budgetEntries)
        .where(and(eq(budgetEntries.tenantId, tenantId), eq(budgetEntries.budgetId, id)))
        .limit(1);
      if (booked) throw new AppError('ADJUSTMENT_REQUIRED', 'The budget has entries: request an adjustment to change its amount');
    }
    if (Object.keys(changes).length > 0) {
      await tx
        .update(budgets)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(where);
    }
    // New lines or a new amount may put use past a line (or below one).
    if (changes.warnAtPercent !== undefined || changes.amountFen !== undefined) await noticeWarningLines(tx, tenantId, [id], actor);
    const [view] = await selectBudgetViews(tx, where);
    if (!view) throw notFound('budget');
    if (Object.keys(changes).length > 0) {
      await recordChange(tx, {
        tenantId,
        actor,
        entityType: 'budget',
        entityId: id,
        type: 'budget.updated',
        summary: `Budget ${view.scopeName} ${view.periodLabel} updated`,
        data: {
          before: {
            amountFen: current.amountFen,
            warnAtPercent: current.warnAtPercent,
            control: current.control,
            ownerEmployeeId: current.ownerEmployeeId,
          },
          after: changes,
        },
      });
    }
    return view;
  });
}
