import { answer, client, done } from './client';
import type { ApprovalActionRequest, ApprovalPreviewRequest, DelegationCreate, FlowWrite, InboxFilters, InboxState } from './types';

const flow = (id: string) => ({ params: { path: { id } } });

/** Fired after any approval action so the inbox badge and lists reload. */
export const APPROVALS_CHANGED = 'tripdesk:approvals-changed';

export function announceApprovalsChanged(): void {
  window.dispatchEvent(new Event(APPROVALS_CHANGED));
}

export const approvalApi = {
  flows: () => answer(client.GET('/api/v1/approval-flows')).then((r) => r.items),
  flow: (id: string) => answer(client.GET('/api/v1/approval-flows/{id}', flow(id))),
  createFlow: (body: FlowWrite) => answer(client.POST('/api/v1/approval-flows', { body })),
  updateFlow: (id: string, body: FlowWrite) => answer(client.PUT('/api/v1/approval-flows/{id}', { ...flow(id), body })),
  deleteFlow: (id: string) => done(client.DELETE('/api/v1/approval-flows/{id}', flow(id))),

  /** 预计审批人: the flow that would apply to the caller's request and who would likely approve it. */
  preview: (body: ApprovalPreviewRequest, signal?: AbortSignal) => answer(client.POST('/api/v1/approvals/preview', { body, signal })),

  inbox: (state: InboxState, cursor?: string | null, limit = 50, filters: InboxFilters = {}) =>
    answer(
      client.GET('/api/v1/approvals/inbox', {
        params: {
          query: {
            state,
            cursor: cursor ?? undefined,
            limit,
            q: filters.q || undefined,
            due: state === 'pending' ? filters.due : undefined,
          },
        },
      }),
    ),
  act: (instanceId: string, body: ApprovalActionRequest) =>
    answer(client.POST('/api/v1/approvals/{instanceId}/actions', { params: { path: { instanceId } }, body })),
  bulkApprove: (instanceIds: string[], comment?: string) =>
    answer(client.POST('/api/v1/approvals/bulk-approve', { body: { instanceIds, ...(comment ? { comment } : {}) } })),

  delegations: () => answer(client.GET('/api/v1/approvals/delegations')).then((r) => r.items),
  createDelegation: (body: DelegationCreate) => answer(client.POST('/api/v1/approvals/delegations', { body })),
  deleteDelegation: (id: string) => done(client.DELETE('/api/v1/approvals/delegations/{id}', { params: { path: { id } } })),
};
