import { and, eq, sql } from 'drizzle-orm';
import type { ApprovalStatus, SubjectHooks } from '../../approval/index.ts';
import { recordChange } from '../../timeline/index.ts';
import { budgetAdjustments } from '../schema.ts';
import { adjustmentRow, adjustmentTitle, selectAdjustmentViews } from './adjustment-rows.ts';
import type { AdjustmentStatus } from './adjustment-types.ts';
import { applyAdjustment } from './apply-adjustment.ts';

const statusFor: Record<ApprovalStatus, AdjustmentStatus> = {
  pending: 'pending',
  returned: 'returned',
  approved: 'applied',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  cancelled: 'cancelled',
};

/**
 * The budget adjustment as an approval subject ('budget_adjustment', registered at the root): its
 * lock, its description for the inbox, and its status following the approval's — approved applies
 * it (applyAdjustment: refused with BUDGET_BELOW_USED when the budget no longer has room, and the
 * approval does not happen), rejected, withdrawn or cancelled changes no budget.
 */
export const budgetAdjustmentSubject: SubjectHooks = {
  async lock(tx, tenantId, id) {
    await adjustmentRow(tx, tenantId, id, true);
  },
  async describe(tx, tenantId, id) {
    const [view] = await selectAdjustmentViews(tx, and(eq(budgetAdjustments.tenantId, tenantId), eq(budgetAdjustments.id, id)));
    return view ? { code: view.code, title: adjustmentTitle(view) } : null;
  },
  link: (id) => `/budgets?adjustment=${id}`,
  async statusChanged(work, { subjectId, instance }) {
    const row = await adjustmentRow(work.tx, work.tenantId, subjectId, true);
    const to = statusFor[instance.status];
    if (!row || row.status === to) return;
    if (to === 'applied') {
      await applyAdjustment(work.tx, { row, actor: work.actor, now: work.now });
    } else {
      const final = to !== 'pending' && to !== 'returned';
      await work.tx
        .update(budgetAdjustments)
        .set({ status: to, updatedAt: sql`now()`, ...(final ? { decidedAt: work.now } : { decidedAt: null }) })
        .where(and(eq(budgetAdjustments.tenantId, work.tenantId), eq(budgetAdjustments.id, subjectId)));
    }
    await recordChange(work.tx, {
      tenantId: work.tenantId,
      actor: work.actor,
      entityType: 'budget_adjustment',
      entityId: subjectId,
      type: `budget_adjustment.${to}`,
      summary: `Budget adjustment ${row.code}: ${row.status} → ${to}`,
      data: { from: row.status, to, instanceId: instance.id },
      at: work.now,
    });
  },
};
