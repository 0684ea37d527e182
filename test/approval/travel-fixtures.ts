import type { LightMyRequestResponse } from 'fastify';
import type { Caller } from './approval-test-kit.ts';
import { ok } from './approval-test-kit.ts';

/** Shapes of the travel request and approval API, as the tests read them. */

export interface ApproverJson {
  employeeId: string;
  name: string;
  onBehalfOf?: { employeeId: string; name: string };
  decision: string;
  decidedAt: string | null;
  decidedBy: { kind: 'person'; employeeId: string; name: string } | { kind: 'system'; reason: string } | null;
  comment: string | null;
}

export interface ApprovalJson {
  instanceId: string;
  flowName: string;
  status: string;
  stages: { id: string; name: string; mode: string; status: string; approvers: ApproverJson[]; dueAt: string | null }[];
  currentStageIndex: number | null;
  canAct: boolean;
  actions: string[];
}

export interface RequestJson {
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
  submittedAt: string | null;
  currentApprovers: { employeeId: string; name: string }[];
  travellers: { employeeId: string; name: string; departmentName: string }[];
  budgetCheck: { outcome: string; lines: { budgetId: string; outcome: string }[] } | null;
  overBudgetReason: string | null;
  approval: ApprovalJson | null;
  timeline: { seq: number; type: string; at: string; actorKind: string; actorName: string; data: Record<string, unknown> }[];
}

/** A request form: one leg on the date given, ¥ amounts in yuan. */
export function requestBody(
  over: { purpose?: string; date?: string; yuan?: number; projectId?: string | null; travellerIds?: string[] } = {},
) {
  const date = over.date ?? '2030-03-10';
  const yuan = over.yuan ?? 3_000;
  return {
    purpose: over.purpose ?? '客户拜访',
    itinerary: [{ fromCity: '上海', toCity: '北京', departDate: date, returnDate: date }],
    estimate: { flight: yuan * 60, hotel: yuan * 30, train: 0, car: yuan * 5, other: yuan * 5 },
    ...(over.projectId !== undefined ? { projectId: over.projectId } : {}),
    ...(over.travellerIds ? { travellerIds: over.travellerIds } : {}),
  };
}

export async function createRequest(caller: Caller, over: Parameters<typeof requestBody>[0] = {}): Promise<RequestJson> {
  return ok<RequestJson>(await caller.post('/api/v1/travel-requests', requestBody(over)), 201);
}

/** Creates and submits; the request is in approval (or approved when no flow applies). */
export async function submittedRequest(caller: Caller, over: Parameters<typeof requestBody>[0] = {}): Promise<RequestJson> {
  const draft = await createRequest(caller, over);
  return ok<RequestJson>(await caller.post(`/api/v1/travel-requests/${draft.id}/submit`, {}));
}

export const act = (caller: Caller, instanceId: string, body: Record<string, unknown>): Promise<LightMyRequestResponse> =>
  caller.post(`/api/v1/approvals/${instanceId}/actions`, body);

export const instanceOf = (r: RequestJson): string => {
  if (!r.approval) throw new Error(`request ${r.code} has no approval`);
  return r.approval.instanceId;
};

export const pendingNames = (a: ApprovalJson | null): string[] =>
  a === null || a.currentStageIndex === null
    ? []
    : (a.stages[a.currentStageIndex]?.approvers ?? []).filter((x) => x.decision === 'pending').map((x) => x.employeeId);
