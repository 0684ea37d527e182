import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound, validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { checkAmountFen, checkWarnAtPercent } from './budget-input.ts';
import type { BudgetControl, BudgetView } from './budget-types.ts';
import { selectBudgetViews } from './budget-view.ts';
import { budgets } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

export interface UpdateBudgetInput {
  amountFen?: number;
  warnAtPercent?: number[];
  control?: BudgetControl;
}

type Changes = Partial<Pick<typeof budgets.$inferSelect, 'amountFen' | 'warnAtPercent' | 'control'>>;

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Changes a budget's amount, thresholds or control; its scope and period stay. */
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
    if (Object.keys(changes).length > 0) {
      await tx
        .update(budgets)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(where);
    }
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
          before: { amountFen: current.amountFen, warnAtPercent: current.warnAtPercent, control: current.control },
          after: changes,
        },
      });
    }
    return view;
  });
}
