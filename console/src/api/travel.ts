import { api } from './client';
import type { OrderCheck, OrderCheckRequest, TravelRequest, TravelRequestQuery, TravelRequestSummary, TravelRequestWrite } from './travelTypes';
import type { Page } from './types';

const base = (id: string) => `/travel-requests/${encodeURIComponent(id)}`;

export const travelApi = {
  list: (query: TravelRequestQuery) => api.get<Page<TravelRequestSummary>>('/travel-requests', { query: { ...query } }),
  get: (id: string) => api.get<TravelRequest>(base(id)),
  create: (body: TravelRequestWrite) => api.post<TravelRequest>('/travel-requests', { json: body }),
  update: (id: string, body: Partial<TravelRequestWrite>) => api.patch<TravelRequest>(base(id), { json: body }),
  submit: (id: string, overBudgetReason?: string) =>
    api.post<TravelRequest>(`${base(id)}/submit`, { json: overBudgetReason ? { overBudgetReason } : {} }),
  withdraw: (id: string) => api.post<TravelRequest>(`${base(id)}/withdraw`, { json: {} }),
  cancel: (id: string) => api.post<TravelRequest>(`${base(id)}/cancel`, { json: {} }),
  /** 结束行程: an approved request whose trip has begun becomes completed. */
  complete: (id: string, comment?: string) => api.post<TravelRequest>(`${base(id)}/complete`, { json: comment ? { comment } : {} }),
  /** 预订前校验: covered by an approved request? within policy? who would approve? */
  orderCheck: (body: OrderCheckRequest) => api.post<OrderCheck>('/travel/order-check', { json: body }),
};
