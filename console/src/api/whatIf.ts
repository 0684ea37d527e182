import { answer, client, done, download } from './client';
import type { AnswerOf, BodyOf } from './types';

export type WhatIfRequest = BodyOf<'/api/v1/policies/{id}/versions/{versionId}/what-if', 'post'>;
export type WhatIfReport = AnswerOf<'/api/v1/policies/{id}/versions/{versionId}/what-if', 'post'>;
export type ImportBatch = AnswerOf<'/api/v1/what-if/imports', 'get'>['items'][number];

export const WHAT_IF_TEMPLATE_PATH = '/api/v1/what-if/imports/template';

/** What-if replays of a draft, and the past bookings imported for them. */
export const whatIfApi = {
  run: (id: string, versionId: string, body: WhatIfRequest) =>
    answer(client.POST('/api/v1/policies/{id}/versions/{versionId}/what-if', { params: { path: { id, versionId } }, body })),
  batches: () => answer(client.GET('/api/v1/what-if/imports')).then((r) => r.items),
  /** The file goes as it is (text/csv), not as JSON. */
  importBookings: (csv: string, dryRun: boolean) =>
    answer(
      client.POST('/api/v1/what-if/imports', {
        params: { query: { dryRun: dryRun ? true : undefined } },
        body: csv,
        bodySerializer: (text: string) => text,
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      }),
    ),
  deleteBatch: (batchId: string) => done(client.DELETE('/api/v1/what-if/imports/{batchId}', { params: { path: { batchId } } })),
  template: () => download(client.GET(WHAT_IF_TEMPLATE_PATH, { parseAs: 'blob' })),
};
