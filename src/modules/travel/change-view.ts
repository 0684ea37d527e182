import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { ChangeRow } from './follow-change.ts';
import type { ChangedContent, ChangeReason } from './schema.ts';
import { travelRequestChanges } from './schema.ts';
import type { TravelViewer } from './travel-access.ts';
import type { PersonRef } from './travel-request-view.ts';
import { type ApprovalView, approvalViewOf, findInstance } from '../approval/index.ts';
import type { BudgetCheck } from '../budget/index.ts';
import { employeeLabels, nameIn } from '../org/index.ts';

export interface ChangeView {
  id: string;
  status: ChangeRow['status'];
  requestedBy: PersonRef;
  before: ChangedContent;
  after: ChangedContent;
  /** Why it needed approval; empty: it was within what was approved and applied at once. */
  reasons: ChangeReason[];
  note: string | null;
  budgetCheck: BudgetCheck | null;
  overBudgetReason: string | null;
  createdAt: string;
  decidedAt: string | null;
  approval: ApprovalView | null;
}

/** The request's changes (变更), newest first, each with its approval as the viewer sees it. */
export async function changeViews(tx: Tx, tenantId: string, requestId: string, viewer: TravelViewer, now: Date): Promise<ChangeView[]> {
  const rows = await tx
    .select()
    .from(travelRequestChanges)
    .where(and(eq(travelRequestChanges.tenantId, tenantId), eq(travelRequestChanges.requestId, requestId)))
    .orderBy(desc(travelRequestChanges.createdAt), desc(travelRequestChanges.id));
  if (rows.length === 0) return [];
  const labels = await employeeLabels(
    tx,
    tenantId,
    rows.map((r) => r.requestedBy),
  );
  const views: ChangeView[] = [];
  for (const r of rows) {
    const found = r.approvalInstanceId === null ? null : await findInstance(tx, tenantId, r.approvalInstanceId);
    views.push({
      id: r.id,
      status: r.status,
      requestedBy: { employeeId: r.requestedBy, name: nameIn(labels, r.requestedBy) },
      before: r.before,
      after: r.after,
      reasons: r.reasons,
      note: r.note,
      budgetCheck: (r.budgetCheck as BudgetCheck | null) ?? null,
      overBudgetReason: r.overBudgetReason,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
      approval: found === null ? null : await approvalViewOf(tx, tenantId, found.instance, viewer, now),
    });
  }
  return views;
}
