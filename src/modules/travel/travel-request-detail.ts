import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import type { CostEstimate, ItineraryLeg } from './schema.ts';
import { loadVisible, type TravelViewer, type VisibleRequest } from './travel-access.ts';
import { summaryContext, summaryOf, type TravelRequestRow, type TravelRequestSummary } from './travel-request-view.ts';
import { costShareViews, type CostShareView } from './cost-share-view.ts';
import { changeViews, type ChangeView } from './change-view.ts';
import { type ApprovalView, approvalViewOf } from '../approval/index.ts';
import type { BudgetCheck } from '../budget/index.ts';
import type { RequestPolicyCheck } from '../policy/index.ts';
import { requestPolicyCheck } from './request-policy.ts';
import { projects } from '../org/index.ts';
import { timelineIn, type TimelineEventView } from '../timeline/index.ts';

export interface TravelRequestDetail extends TravelRequestSummary {
  travellers: { employeeId: string; name: string; departmentName: string }[];
  itinerary: ItineraryLeg[];
  estimate: CostEstimate;
  projectId: string | null;
  projectName: string | null;
  costCentreId: string | null;
  costCentreName: string | null;
  costBearer: TravelRequestRow['costBearer'];
  costShares: CostShareView[];
  budgetCheck: BudgetCheck | null;
  overBudgetReason: string | null;
  /** The policy check: as submitted, or as the request stands now while it can still be edited. */
  policyCheck: RequestPolicyCheck | null;
  policyReason: string | null;
  approval: ApprovalView | null;
  /** Changes after approval (变更), newest first. */
  changes: ChangeView[];
  timeline: TimelineEventView[];
}

/** The whole request as the viewer sees it: summary, travellers, budget check, approval and timeline. */
export async function detailOf(
  tx: Tx,
  tenantId: string,
  visible: VisibleRequest,
  viewer: TravelViewer,
  now: Date,
): Promise<TravelRequestDetail> {
  const { row, instance } = visible;
  const ctx = await summaryContext(tx, tenantId, [row]);
  const [project] =
    row.projectId === null
      ? []
      : await tx
          .select({ name: projects.name })
          .from(projects)
          .where(and(eq(projects.tenantId, tenantId), eq(projects.id, row.projectId)));
  const { shares, costCentreName } = await costShareViews(tx, tenantId, row, ctx.labels);
  return {
    ...summaryOf(row, ctx),
    travellers: row.travellerIds.map((id) => ({
      employeeId: id,
      name: ctx.labels.get(id)?.name ?? id,
      departmentName: ctx.labels.get(id)?.departmentName ?? '',
    })),
    itinerary: row.itinerary,
    estimate: row.estimate,
    projectId: row.projectId,
    projectName: project?.name ?? null,
    costCentreId: row.costCentreId,
    costCentreName,
    costBearer: row.costBearer,
    costShares: shares,
    budgetCheck: (row.budgetCheck as BudgetCheck | null) ?? null,
    overBudgetReason: row.overBudgetReason,
    policyCheck:
      row.status === 'draft' || row.status === 'returned'
        ? await requestPolicyCheck(tx, tenantId, row)
        : ((row.policyCheck as RequestPolicyCheck | null) ?? null),
    policyReason: row.policyReason,
    approval: instance === null ? null : await approvalViewOf(tx, tenantId, instance, viewer, now),
    changes: await changeViews(tx, tenantId, row.id, viewer, now),
    timeline: await timelineIn(tx, tenantId, 'travel_request', row.id),
  };
}

export async function getTravelRequest(
  db: Db,
  args: { tenantId: string; id: string; viewer: TravelViewer; now?: Date },
): Promise<TravelRequestDetail> {
  const now = args.now ?? new Date();
  return inTenantScope(db, [args.tenantId], async (tx) =>
    detailOf(tx, args.tenantId, await loadVisible(tx, args.tenantId, args.id, args.viewer, now), args.viewer, now),
  );
}
