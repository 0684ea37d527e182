import { and, eq } from 'drizzle-orm';
import { AppError, notFound, validationFailed, type FieldError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { MAX_AMOUNT_FEN } from '../budget-input.ts';
import { budgetAdjustments } from '../schema.ts';
import { nextAdjustmentCode } from './adjustment-code.ts';
import { adjustmentTitle, selectAdjustmentViews } from './adjustment-rows.ts';
import type { AdjustmentInput, AdjustmentView } from './adjustment-types.ts';
import { lockBudgets, requireRoom } from './apply-adjustment.ts';
import { activeFlows, loadApprovalOrg, selectFlow, startApproval, type ApprovalSubject, type ApprovalWork } from '../../approval/index.ts';
import { departmentChain } from '../../org/index.ts';
import { recordChange } from '../../timeline/index.ts';

export const MAX_REASON_LENGTH = 500;

function checkInput(budgetId: string, input: AdjustmentInput): { reason: string; targetBudgetId: string | null } {
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen < 1 || input.amountFen > MAX_AMOUNT_FEN) {
    errors.push({ path: 'amountFen', message: `must be a whole number of fen from 1 to ${MAX_AMOUNT_FEN}` });
  }
  const reason = input.reason.trim();
  if (reason === '') errors.push({ path: 'reason', message: 'required: say why the budget changes' });
  if (reason.length > MAX_REASON_LENGTH) errors.push({ path: 'reason', message: `at most ${MAX_REASON_LENGTH} characters` });
  const target = input.targetBudgetId ?? null;
  if (input.kind === 'transfer' && target === null) errors.push({ path: 'targetBudgetId', message: 'required for a transfer' });
  if (input.kind !== 'transfer' && target !== null) errors.push({ path: 'targetBudgetId', message: 'only a transfer has a target budget' });
  if (target !== null && target === budgetId) errors.push({ path: 'targetBudgetId', message: 'from and to are the same budget' });
  if (errors.length > 0) throw validationFailed(errors);
  return { reason, targetBudgetId: target };
}

/**
 * 申请预算调整: an increase (追加), decrease (调减) or transfer (调剂) of a budget with its reason,
 * requested by an employee and started through the tenant's approval flow for the category
 * 'budget_adjustment' (NO_APPROVAL_FLOW when none applies). A decrease or transfer that would leave
 * the budget below what is used and occupied is refused at once (BUDGET_BELOW_USED) and checked
 * again when applied. Nothing changes on the budget until the approval ends approved.
 */
export async function requestAdjustmentIn(
  work: ApprovalWork,
  args: { budgetId: string; requesterId: string; input: AdjustmentInput },
): Promise<AdjustmentView> {
  const { tx, tenantId, now } = work;
  const { budgetId, requesterId, input } = args;
  const { reason, targetBudgetId } = checkInput(budgetId, input);
  const views = await lockBudgets(tx, tenantId, targetBudgetId ? [budgetId, targetBudgetId] : [budgetId]);
  const budget = views.get(budgetId);
  if (!budget) throw notFound('budget');
  if (targetBudgetId !== null && !views.has(targetBudgetId)) {
    throw validationFailed([{ path: 'targetBudgetId', message: 'no such budget' }]);
  }
  if (input.kind !== 'increase') requireRoom(budget, input.amountFen);

  const { directory } = await loadApprovalOrg(tx, tenantId, now);
  const departmentId = directory.employeeDepartment(requesterId);
  if (departmentId === null) throw new AppError('FORBIDDEN', 'Only an employee with a department can request a budget adjustment');
  const subject: ApprovalSubject = {
    category: 'budget_adjustment',
    amountFen: input.amountFen,
    departmentId,
    departmentChain: await departmentChain(tx, tenantId, departmentId),
    outOfPolicy: false,
    projectId: budget.scopeType === 'project' ? budget.scopeId : null,
    requesterId,
  };
  const flow = selectFlow(await activeFlows(tx, tenantId), subject);
  if (flow === null) throw new AppError('NO_APPROVAL_FLOW', 'No approval flow applies to budget adjustments (category budget_adjustment)');

  const id = newId();
  const code = await nextAdjustmentCode(tx, tenantId, now);
  await tx.insert(budgetAdjustments).values({
    tenantId,
    id,
    code,
    kind: input.kind,
    budgetId,
    targetBudgetId,
    amountFen: input.amountFen,
    reason,
    status: 'pending',
    requesterId,
    createdAt: now,
    updatedAt: now,
  });
  const where = and(eq(budgetAdjustments.tenantId, tenantId), eq(budgetAdjustments.id, id));
  const [draft] = await selectAdjustmentViews(tx, where);
  if (!draft) throw new Error('adjustment not readable');
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'budget_adjustment',
    entityId: id,
    type: 'budget_adjustment.requested',
    summary: `Budget adjustment ${code} requested: ${adjustmentTitle(draft)}`,
    data: { code, kind: input.kind, budgetId, targetBudgetId, amountFen: input.amountFen, reason, flowId: flow.id },
    at: now,
  });
  for (const b of targetBudgetId ? [budgetId, targetBudgetId] : [budgetId]) {
    await recordChange(tx, {
      tenantId,
      actor: work.actor,
      entityType: 'budget',
      entityId: b,
      type: 'budget.adjustment_requested',
      summary: `Adjustment ${code} requested: ${adjustmentTitle(draft)}`,
      data: { adjustmentId: id, code, kind: input.kind, amountFen: input.amountFen, reason },
      at: now,
    });
  }
  const instance = await startApproval(work, { flow, subject, subjectType: 'budget_adjustment', subjectId: id, directory });
  await tx.update(budgetAdjustments).set({ approvalInstanceId: instance.id }).where(where);
  const [view] = await selectAdjustmentViews(tx, where);
  if (!view) throw new Error('adjustment not readable');
  return view;
}
