import { answer, client } from './client';
import type { SupplierCategory, SupplierStatus, SupplierUpdate } from './types';
import { everyOf } from './values';

export const SUPPLIER_STATUSES = everyOf<SupplierStatus>()(['active', 'probation', 'suspended'] as const);
export const SUPPLIER_CATEGORIES = everyOf<SupplierCategory>()(['flight', 'hotel', 'train', 'car'] as const);

/** Suppliers serve every enterprise: the calls do not narrow to the one chosen in the top bar. */
const everyTenant = { headers: { 'X-Tenant-Id': '' } };
const path = (id: string) => ({ params: { path: { id } }, ...everyTenant });

export const suppliersApi = {
  list: (query: { category?: SupplierCategory; status?: SupplierStatus } = {}) =>
    answer(client.GET('/api/v1/suppliers', { params: { query }, ...everyTenant })).then((r) => r.items),
  get: (id: string) => answer(client.GET('/api/v1/suppliers/{id}', path(id))),
  update: (id: string, body: SupplierUpdate) => answer(client.PATCH('/api/v1/suppliers/{id}', { ...path(id), body })),
  changeStatus: (id: string, status: SupplierStatus, reason: string) =>
    answer(client.POST('/api/v1/suppliers/{id}/status', { ...path(id), body: { status, reason } })),
  keys: (id: string) => answer(client.GET('/api/v1/suppliers/{id}/keys', path(id))).then((r) => r.items),
  rotateKey: (id: string, overlapHours: number) =>
    answer(client.POST('/api/v1/suppliers/{id}/keys/rotate', { ...path(id), body: { overlapHours } })),
  revokeKey: (id: string, keyId: string) =>
    answer(client.POST('/api/v1/suppliers/{id}/keys/{keyId}/revoke', { params: { path: { id, keyId } }, ...everyTenant })),
  callSummary: (id: string) =>
    answer(client.GET('/api/v1/suppliers/{id}/calls/summary', { ...path(id), params: { path: { id }, query: {} } })),
};
