import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { checkAmountFen, checkWarnAtPercent, DEFAULT_WARN_AT_PERCENT } from './budget-input.ts';
import { scopeExists } from './budget-scope.ts';
import type { BudgetControl, BudgetScopeType, BudgetView } from './budget-types.ts';
import { selectBudgetViews } from './budget-view.ts';
import { isPeriodStart, periodLabel, type PeriodType } from './period.ts';
import { budgets } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

export interface CreateBudgetInput {
  scopeType: BudgetScopeType;
  scopeId: string;
  periodType: PeriodType;
  periodStart: string;
  amountFen: number;
  warnAtPercent?: number[];
  control: BudgetControl;
}

/** A new budget for a department, project or employee over one month, quarter or year. */
export async function createBudget(db: Db, args: { tenantId: string; actor: Actor; input: CreateBudgetInput }): Promise<BudgetView> {
  const { tenantId, actor, input } = args;
  const errors: FieldError[] = [];
  const amountFen = checkAmountFen(errors, 'amountFen', input.amountFen);
  const warnAtPercent = checkWarnAtPercent(errors, 'warnAtPercent', input.warnAtPercent ?? DEFAULT_WARN_AT_PERCENT);
  if (!isPeriodStart(input.periodType, input.periodStart)) {
    errors.push({ path: 'periodStart', message: `must be the first day of a ${input.periodType}` });
  }
  if (errors.length > 0 || amountFen === undefined || warnAtPercent === undefined) throw validationFailed(errors);
  const { scopeType, scopeId, periodType, periodStart, control } = input;

  return inTenantScope(db, [tenantId], async (tx) => {
    if (!(await scopeExists(tx, tenantId, scopeType, scopeId))) {
      throw validationFailed([{ path: 'scopeId', message: `no such ${scopeType}` }]);
    }
    const [taken] = await tx
      .select({ id: budgets.id })
      .from(budgets)
      .where(
        and(
          eq(budgets.tenantId, tenantId),
          eq(budgets.scopeType, scopeType),
          eq(budgets.scopeId, scopeId),
          eq(budgets.periodType, periodType),
          eq(budgets.periodStart, periodStart),
        ),
      );
    if (taken) {
      const message = `This ${scopeType} already has a budget for ${periodLabel({ type: periodType, start: periodStart }, 'en')}`;
      throw new AppError('DUPLICATE', message, { existingId: taken.id, errors: [{ path: 'periodStart', message }] });
    }
    const id = newId();
    await tx.insert(budgets).values({ tenantId, id, scopeType, scopeId, periodType, periodStart, amountFen, warnAtPercent, control });
    const [view] = await selectBudgetViews(tx, and(eq(budgets.tenantId, tenantId), eq(budgets.id, id)));
    if (!view) throw new Error('created budget not readable');
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'budget',
      entityId: id,
      type: 'budget.created',
      summary: `Budget ${view.scopeName} ${view.periodLabel} ${amountFen} fen created`,
      data: { scopeType, scopeId, periodType, periodStart, amountFen, warnAtPercent, control },
    });
    return view;
  });
}
