import { answer, client } from './client';
import type { OrderCheckRequest, TravelChangeBody, TravelRequestQuery, TravelRequestUpdate, TravelRequestWrite } from './types';

const request = (id: string) => ({ params: { path: { id } } });

export const travelApi = {
  list: (query: TravelRequestQuery) => answer(client.GET('/api/v1/travel-requests', { params: { query } })),
  get: (id: string) => answer(client.GET('/api/v1/travel-requests/{id}', request(id))),
  create: (body: TravelRequestWrite) => answer(client.POST('/api/v1/travel-requests', { body })),
  update: (id: string, body: TravelRequestUpdate) => answer(client.PATCH('/api/v1/travel-requests/{id}', { ...request(id), body })),
  /**
   * One reason answers both checks that may ask for it: the budget's (超预算) and the policy's (超标).
   * approverChoices: 发起人自选, the approver chosen for each stage where the requester chooses (by stage id).
   */
  submit: (id: string, overBudgetReason?: string, approverChoices?: Record<string, string>) =>
    answer(
      client.POST('/api/v1/travel-requests/{id}/submit', {
        ...request(id),
        body: {
          ...(overBudgetReason ? { overBudgetReason, policyReason: overBudgetReason } : {}),
          ...(approverChoices && Object.keys(approverChoices).length > 0 ? { approverChoices } : {}),
        },
      }),
    ),
  withdraw: (id: string) => answer(client.POST('/api/v1/travel-requests/{id}/withdraw', { ...request(id), body: {} })),
  cancel: (id: string) => answer(client.POST('/api/v1/travel-requests/{id}/cancel', { ...request(id), body: {} })),
  /** 结束行程: an approved request whose trip has begun becomes completed. */
  complete: (id: string, comment?: string) =>
    answer(client.POST('/api/v1/travel-requests/{id}/complete', { ...request(id), body: comment ? { comment } : {} })),
  /** 变更: what a change of an approved request would need (re-approval and why, the budget check); writes nothing. */
  previewChange: (id: string, body: TravelChangeBody, signal?: AbortSignal) =>
    answer(client.POST('/api/v1/travel-requests/{id}/changes/preview', { ...request(id), body, signal })),
  /** 变更: applies at once within what was approved, else goes to approval. */
  change: (id: string, body: TravelChangeBody) => answer(client.POST('/api/v1/travel-requests/{id}/changes', { ...request(id), body })),
  withdrawChange: (id: string, changeId: string) =>
    answer(client.POST('/api/v1/travel-requests/{id}/changes/{changeId}/withdraw', { params: { path: { id, changeId } }, body: {} })),
  /** 预订前校验: covered by an approved request? within policy? who would approve? */
  orderCheck: (body: OrderCheckRequest) => answer(client.POST('/api/v1/travel/order-check', { body })),
};
