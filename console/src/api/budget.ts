import { answer, client, done } from './client';
import type { BudgetAdjustmentRequest, BudgetCheckRequest, BudgetCreate, BudgetQuery, BudgetUpdate } from './types';

const budget = (id: string) => ({ params: { path: { id } } });

export const budgetApi = {
  list: (query: BudgetQuery) => answer(client.GET('/api/v1/budgets', { params: { query } })).then((r) => r.items),
  create: (body: BudgetCreate) => answer(client.POST('/api/v1/budgets', { body })),
  update: (id: string, body: BudgetUpdate) => answer(client.PATCH('/api/v1/budgets/{id}', { ...budget(id), body })),
  remove: (id: string) => done(client.DELETE('/api/v1/budgets/{id}', budget(id))),
  entries: (id: string) => answer(client.GET('/api/v1/budgets/{id}/entries', budget(id))).then((r) => r.items),
  check: (body: BudgetCheckRequest, signal?: AbortSignal) => answer(client.POST('/api/v1/budgets/check', { body, signal })),
  get: (id: string) => answer(client.GET('/api/v1/budgets/{id}', budget(id))),
  adjustments: (id: string) => answer(client.GET('/api/v1/budgets/{id}/adjustments', budget(id))).then((r) => r.items),
  requestAdjustment: (id: string, body: BudgetAdjustmentRequest) =>
    answer(client.POST('/api/v1/budgets/{id}/adjustments', { ...budget(id), body })),
  adjustment: (id: string) => answer(client.GET('/api/v1/budget-adjustments/{id}', budget(id))),
  withdrawAdjustment: (id: string) => answer(client.POST('/api/v1/budget-adjustments/{id}/withdraw', { ...budget(id), body: {} })),
};
