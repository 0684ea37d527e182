/** Travel requests (出差申请) as the travel API sends and takes them. Money is integer fen. */
import type { ApprovalView, PersonRef, StagePreview } from './approvalTypes';
import type { Evaluation, Explanation, TravelOption } from './policyTypes';
import type { BudgetCheck } from './budgetTypes';

export const REQUEST_STATUSES = ['draft', 'approving', 'approved', 'rejected', 'returned', 'withdrawn', 'cancelled', 'completed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const ESTIMATE_CATEGORIES = ['flight', 'hotel', 'train', 'car', 'other'] as const;
export type EstimateCategory = (typeof ESTIMATE_CATEGORIES)[number];
export type CostEstimate = Record<EstimateCategory, number>;

export interface ItineraryLeg {
  fromCity: string;
  toCity: string;
  departDate: string;
  returnDate?: string | null;
}

export interface TravelRequestSummary {
  id: string;
  code: string;
  purpose: string;
  status: string;
  requesterId: string;
  requesterName: string;
  travellerNames: string[];
  firstDepartDate: string | null;
  destinations: string[];
  estimatedTotalFen: number;
  createdAt: string;
  submittedAt: string | null;
  currentApprovers: PersonRef[];
}

export interface TimelineEvent {
  seq: number;
  type: string;
  at: string;
  /** 'system' for timers and jobs. */
  actorKind: 'account' | 'api_key' | 'system';
  actorName: string;
  data: Record<string, unknown>;
}

export interface TravelRequest extends TravelRequestSummary {
  travellers: { employeeId: string; name: string; departmentName: string }[];
  itinerary: ItineraryLeg[];
  estimate: CostEstimate;
  projectId: string | null;
  projectName: string | null;
  costCentreId: string | null;
  budgetCheck: BudgetCheck | null;
  overBudgetReason: string | null;
  approval: ApprovalView | null;
  timeline: TimelineEvent[];
}

export interface TravelRequestWrite {
  purpose: string;
  travellerIds?: string[];
  itinerary: ItineraryLeg[];
  estimate: CostEstimate;
  projectId?: string | null;
  costCentreId?: string | null;
}

export type RequestScope = 'mine' | 'all' | 'approving';

export interface TravelRequestQuery {
  scope?: RequestScope;
  status?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

/* ---------- 预订前校验 (POST /travel/order-check) ---------- */

export type CoverageCheckName = 'status' | 'traveller' | 'dates' | 'cities' | 'amount';

export interface OrderCheckRequest {
  /** Check against this request only; otherwise the traveller's approved requests are searched. */
  requestId?: string;
  option: TravelOption;
}

export interface OrderCheck {
  travellerId: string;
  /** The covering request, or the nearest one (and why it does not cover); null: no approved request. */
  request: { id: string; code: string; purpose: string; status: string } | null;
  coverage: { covered: boolean; checks: { check: CoverageCheckName; pass: boolean; explanation: Explanation }[] } | null;
  policy: { id: string; name: string } | null;
  version: { versionId: string; version: number } | null;
  evaluation: Evaluation | null;
  approval: {
    outcome: 'blocked' | 'approval_required' | 'no_approval';
    reason: 'policy_blocks' | 'covered_by_request' | 'flow_requires_within_request' | 'policy_requires_approval' | 'not_covered' | 'no_flow';
    explanation: Explanation;
    flow: { id: string; name: string } | null;
    stages: StagePreview[];
  };
}
