import { api } from './client';
import type { BudgetCheck, BudgetCheckRequest, BudgetCreate, BudgetEntry, BudgetQuery, BudgetUpdate, BudgetView } from './budgetTypes';
import type { ItemList } from './types';

const base = (id: string) => `/budgets/${encodeURIComponent(id)}`;

export const budgetApi = {
  list: (query: BudgetQuery) => api.get<ItemList<BudgetView>>('/budgets', { query: { ...query } }).then((r) => r.items),
  create: (body: BudgetCreate) => api.post<BudgetView>('/budgets', { json: body }),
  update: (id: string, body: BudgetUpdate) => api.patch<BudgetView>(base(id), { json: body }),
  remove: (id: string) => api.del(base(id)),
  entries: (id: string) => api.get<ItemList<BudgetEntry>>(`${base(id)}/entries`).then((r) => r.items),
  check: (body: BudgetCheckRequest, signal?: AbortSignal) => api.post<BudgetCheck>('/budgets/check', { json: body, signal }),
};
