import type { Tx } from '../../platform/db/database.ts';
import { currentApprovers } from '../approval/index.ts';
import { employeeLabels, type EmployeeLabel, nameIn } from '../org/index.ts';
import { firstDepartDate } from './travel-input.ts';
import type { travelRequests } from './schema.ts';

export type TravelRequestRow = typeof travelRequests.$inferSelect;
export type TravelStatus = TravelRequestRow['status'];

export interface PersonRef {
  employeeId: string;
  name: string;
}

export interface TravelRequestSummary {
  id: string;
  code: string;
  purpose: string;
  status: TravelStatus;
  requesterId: string;
  requesterName: string;
  travellerNames: string[];
  firstDepartDate: string | null;
  destinations: string[];
  estimatedTotalFen: number;
  createdAt: string;
  submittedAt: string | null;
  /** Who can decide now (approvers of the current step; delegates are not listed). */
  currentApprovers: PersonRef[];
}

/** The people the summaries mention, and who is asked now per approval. */
export interface SummaryContext {
  labels: Map<string, EmployeeLabel>;
  approvers: Map<string, string[]>;
}

export async function summaryContext(
  tx: Tx,
  tenantId: string,
  rows: readonly TravelRequestRow[],
  extraPeople: string[] = [],
): Promise<SummaryContext> {
  const instanceIds = rows.map((r) => r.approvalInstanceId).filter((id): id is string => id !== null);
  const approvers = await currentApprovers(tx, tenantId, instanceIds);
  const people = [...rows.flatMap((r) => [r.requesterId, ...r.travellerIds]), ...[...approvers.values()].flat(), ...extraPeople];
  return { labels: await employeeLabels(tx, tenantId, people), approvers };
}

export function summaryOf(row: TravelRequestRow, ctx: SummaryContext): TravelRequestSummary {
  const asked = row.approvalInstanceId === null ? [] : (ctx.approvers.get(row.approvalInstanceId) ?? []);
  return {
    id: row.id,
    code: row.code,
    purpose: row.purpose,
    status: row.status,
    requesterId: row.requesterId,
    requesterName: nameIn(ctx.labels, row.requesterId),
    travellerNames: row.travellerIds.map((id) => nameIn(ctx.labels, id)),
    firstDepartDate: firstDepartDate(row.itinerary),
    destinations: [...new Set(row.itinerary.map((leg) => leg.toCity))],
    estimatedTotalFen: row.estimatedTotalFen,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    currentApprovers: asked.map((id) => ({ employeeId: id, name: nameIn(ctx.labels, id) })),
  };
}
