import { answer, client } from './client';
import type { DeadLetterQuery, SimulatorCommand, SimulatorSettings, StoredEventQuery } from './types';

/** The simulator and ingestion serve every enterprise: the calls do not narrow to the one chosen in the top bar. */
const everyTenant = { headers: { 'X-Tenant-Id': '' } };

export { COMMAND_KINDS, DEAD_LETTER_REASONS, FAULT_KINDS, SUPPLIER_EVENT_TYPES } from './operationValues';

export const simulatorApi = {
  settings: () => answer(client.GET('/api/v1/simulator/settings', everyTenant)),
  saveSettings: (body: SimulatorSettings) => answer(client.PUT('/api/v1/simulator/settings', { body, ...everyTenant })),
  command: (body: SimulatorCommand) => answer(client.POST('/api/v1/simulator/commands', { body, ...everyTenant })).then((r) => r.items),
  bookings: (limit = 50) =>
    answer(client.GET('/api/v1/simulator/bookings', { params: { query: { limit } }, ...everyTenant })).then((r) => r.items),
};

export const ingestApi = {
  deadLetters: (query: DeadLetterQuery) => answer(client.GET('/api/v1/ingest/dead-letters', { params: { query }, ...everyTenant })),
  replay: (seq: string) => answer(client.POST('/api/v1/ingest/dead-letters/{seq}/replay', { params: { path: { seq } }, ...everyTenant })),
  replayMany: (seqs: string[]) => answer(client.POST('/api/v1/ingest/dead-letters/replay', { body: { seqs }, ...everyTenant })),
  rejects: (query: { cursor?: string; limit?: number; supplier?: string; dismissed?: boolean }) =>
    answer(client.GET('/api/v1/ingest/rejects', { params: { query }, ...everyTenant })),
  dismiss: (id: string, reason: string) =>
    answer(client.POST('/api/v1/ingest/rejects/{id}/dismiss', { params: { path: { id } }, body: { reason }, ...everyTenant })),
  events: (query: StoredEventQuery) => answer(client.GET('/api/v1/ingest/events', { params: { query }, ...everyTenant })),
};
