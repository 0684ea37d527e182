import { answer, client, done } from './client';
import type { AssignmentWrite, MissingDataMode, PolicyCreate, PolicyUpdate, PreviewRequest, Rule, TravelOption } from './types';

const policy = (id: string) => ({ params: { path: { id } } });

export const policyApi = {
  list: () => answer(client.GET('/api/v1/policies')).then((r) => r.items),
  create: (body: PolicyCreate) => answer(client.POST('/api/v1/policies', { body })),
  get: (id: string) => answer(client.GET('/api/v1/policies/{id}', policy(id))),
  update: (id: string, body: PolicyUpdate) => answer(client.PATCH('/api/v1/policies/{id}', { ...policy(id), body })),
  version: (id: string, versionId: string) =>
    answer(client.GET('/api/v1/policies/{id}/versions/{versionId}', { params: { path: { id, versionId } } })),
  saveDraft: (id: string, rules: Rule[], note?: string, missingData?: MissingDataMode) =>
    answer(
      client.PUT('/api/v1/policies/{id}/draft', {
        ...policy(id),
        body: { rules, ...(note ? { note } : {}), ...(missingData ? { missingData } : {}) },
      }),
    ),
  draftCoverage: (id: string) => answer(client.GET('/api/v1/policies/{id}/draft/coverage', policy(id))),
  discardDraft: (id: string) => done(client.DELETE('/api/v1/policies/{id}/draft', policy(id))),
  publish: (id: string, note?: string) =>
    answer(client.POST('/api/v1/policies/{id}/publish', { ...policy(id), body: note ? { note } : {} })),
  saveAssignments: (id: string, assignments: AssignmentWrite[]) =>
    answer(client.PUT('/api/v1/policies/{id}/assignments', { ...policy(id), body: { assignments } })),
  resolve: (employeeId?: string) => answer(client.GET('/api/v1/policies/resolve', { params: { query: { employeeId } } })),
  preview: (body: PreviewRequest) => answer(client.POST('/api/v1/policies/preview', { body })),
  evaluate: (options: TravelOption[], employeeId?: string) =>
    answer(client.POST('/api/v1/policies/evaluate', { body: { options, ...(employeeId ? { employeeId } : {}) } })),
  reasonCodes: () => answer(client.GET('/api/v1/policies/reason-codes')).then((r) => r.items),
};
