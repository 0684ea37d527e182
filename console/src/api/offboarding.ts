import { answer, client } from './client';
import type { AnswerOf, BodyOf } from './types';

export type OffboardingPreview = AnswerOf<'/api/v1/org/employees/{id}/offboarding', 'get'>;
export type OffboardResult = AnswerOf<'/api/v1/org/employees/{id}/offboard', 'post'>;
export type ReassignRequest = BodyOf<'/api/v1/approvals/{instanceId}/reassign', 'post'>;

/** 办理离职 and 改派: what a travel admin does when someone leaves or cannot approve. */
export const offboardingApi = {
  /** What offboarding would do, with the successor named (or the manager by default). */
  preview: (id: string, successorId: string | null, signal?: AbortSignal) =>
    answer(
      client.GET('/api/v1/org/employees/{id}/offboarding', {
        params: { path: { id }, query: successorId ? { successorId } : {} },
        signal,
      }),
    ),
  offboard: (id: string, successorId: string | null) =>
    answer(client.POST('/api/v1/org/employees/{id}/offboard', { params: { path: { id } }, body: successorId ? { successorId } : {} })),
  reassign: (instanceId: string, body: ReassignRequest) =>
    answer(client.POST('/api/v1/approvals/{instanceId}/reassign', { params: { path: { instanceId } }, body })),
};
