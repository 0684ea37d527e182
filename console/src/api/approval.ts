import { api } from './client';
import type {
  ApprovalActionRequest,
  ApprovalPreview,
  ApprovalPreviewRequest,
  ApprovalView,
  BulkApproveResult,
  Delegation,
  DelegationCreate,
  Flow,
  FlowWrite,
  InboxFilters,
  InboxPage,
  InboxState,
} from './approvalTypes';
import type { ItemList } from './types';

const flow = (id: string) => `/approval-flows/${encodeURIComponent(id)}`;

/** Fired after any approval action so the inbox badge and lists reload. */
export const APPROVALS_CHANGED = 'tripdesk:approvals-changed';

export function announceApprovalsChanged(): void {
  window.dispatchEvent(new Event(APPROVALS_CHANGED));
}

export const approvalApi = {
  flows: () => api.get<ItemList<Flow>>('/approval-flows').then((r) => r.items),
  flow: (id: string) => api.get<Flow>(flow(id)),
  createFlow: (body: FlowWrite) => api.post<Flow>('/approval-flows', { json: body }),
  updateFlow: (id: string, body: FlowWrite) => api.put<Flow>(flow(id), { json: body }),
  deleteFlow: (id: string) => api.del(flow(id)),

  /** 预计审批人: the flow that would apply to the caller's request and who would likely approve it. */
  preview: (body: ApprovalPreviewRequest, signal?: AbortSignal) => api.post<ApprovalPreview>('/approvals/preview', { json: body, signal }),

  inbox: (state: InboxState, cursor?: string | null, limit = 50, filters: InboxFilters = {}) =>
    api.get<InboxPage>('/approvals/inbox', { query: { state, cursor, limit, q: filters.q || undefined, due: state === 'pending' ? filters.due : undefined } }),
  act: (instanceId: string, body: ApprovalActionRequest) =>
    api.post<ApprovalView>(`/approvals/${encodeURIComponent(instanceId)}/actions`, { json: body }),
  bulkApprove: (instanceIds: string[], comment?: string) =>
    api.post<BulkApproveResult>('/approvals/bulk-approve', { json: { instanceIds, ...(comment ? { comment } : {}) } }),

  delegations: () => api.get<ItemList<Delegation>>('/approvals/delegations').then((r) => r.items),
  createDelegation: (body: DelegationCreate) => api.post<Delegation>('/approvals/delegations', { json: body }),
  deleteDelegation: (id: string) => api.del(`/approvals/delegations/${encodeURIComponent(id)}`),
};
