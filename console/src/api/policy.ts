import { api } from './client';
import type { ItemList } from './types';
import type {
  AssignmentWrite,
  Evaluation,
  PolicyAssignment,
  PolicyDetail,
  PolicySummary,
  PolicyVersionDetail,
  PreviewRequest,
  PreviewResult,
  ReasonCode,
  Rule,
  TravelOption,
} from './policyTypes';

const base = (id: string) => `/policies/${encodeURIComponent(id)}`;

export interface ResolvedPolicy {
  policy: { id: string; name: string } | null;
  version: { versionId: string; version: number } | null;
  assignment: PolicyAssignment | null;
  reason: { 'zh-CN': string; en: string };
}

export const policyApi = {
  list: () => api.get<ItemList<PolicySummary>>('/policies').then((r) => r.items),
  create: (body: { name: string; description?: string; copyFromPolicyId?: string }) =>
    api.post<PolicySummary>('/policies', { json: body }),
  get: (id: string) => api.get<PolicyDetail>(base(id)),
  update: (id: string, body: { name?: string; description?: string; status?: 'active' | 'archived' }) =>
    api.patch<PolicySummary>(base(id), { json: body }),
  version: (id: string, versionId: string) =>
    api.get<PolicyVersionDetail>(`${base(id)}/versions/${encodeURIComponent(versionId)}`),
  saveDraft: (id: string, rules: Rule[], note?: string) =>
    api.put<PolicyVersionDetail>(`${base(id)}/draft`, { json: { rules, ...(note ? { note } : {}) } }),
  discardDraft: (id: string) => api.del(`${base(id)}/draft`),
  publish: (id: string, note?: string) =>
    api.post<PolicyVersionDetail>(`${base(id)}/publish`, { json: note ? { note } : {} }),
  saveAssignments: (id: string, assignments: AssignmentWrite[]) =>
    api.put<PolicyAssignment[] | ItemList<PolicyAssignment>>(`${base(id)}/assignments`, { json: { assignments } }),
  resolve: (employeeId?: string) => api.get<ResolvedPolicy>('/policies/resolve', { query: { employeeId } }),
  preview: (body: PreviewRequest) => api.post<PreviewResult>('/policies/preview', { json: body }),
  evaluate: (options: TravelOption[], employeeId?: string) =>
    api.post<{ evaluations: Evaluation[] }>('/policies/evaluate', { json: { options, ...(employeeId ? { employeeId } : {}) } }),
  reasonCodes: () => api.get<ItemList<ReasonCode>>('/policies/reason-codes').then((r) => r.items),
};
