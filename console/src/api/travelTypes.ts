/** Travel requests (出差申请) as the travel API sends and takes them. Money is integer fen. */
import type { ApprovalView, PersonRef } from './approvalTypes';
import type { BudgetCheck } from './budgetTypes';

export const REQUEST_STATUSES = ['draft', 'submitted', 'approving', 'approved', 'rejected', 'returned', 'withdrawn', 'cancelled', 'completed'] as const;
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
