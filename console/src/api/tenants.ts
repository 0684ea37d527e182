import { answer, client } from './client';
import type { TenantOnboarding, TenantTier, TenantUpdate } from './types';
import { everyOf } from './values';

/** Service tiers in the order the console offers them. */
export const TENANT_TIERS = everyOf<TenantTier>()(['standard', 'professional', 'flagship'] as const);

const path = (id: string) => ({ params: { path: { id } } });

export const tenantsApi = {
  list: () => answer(client.GET('/api/v1/tenants')).then((r) => r.items),
  get: (id: string) => answer(client.GET('/api/v1/tenants/{id}', path(id))),
  onboard: (body: TenantOnboarding) => answer(client.POST('/api/v1/tenants', { body })),
  update: (id: string, body: TenantUpdate) => answer(client.PATCH('/api/v1/tenants/{id}', { ...path(id), body })),
  suspend: (id: string, reason: string) =>
    answer(client.POST('/api/v1/tenants/{id}/suspend', { ...path(id), body: reason ? { reason } : {} })),
  reactivate: (id: string) => answer(client.POST('/api/v1/tenants/{id}/reactivate', { ...path(id), body: {} })),
  operators: (id: string) => answer(client.GET('/api/v1/tenants/{id}/operators', path(id))).then((r) => r.items),
  setOperators: (id: string, accountIds: string[]) =>
    answer(client.PUT('/api/v1/tenants/{id}/operators', { ...path(id), body: { accountIds } })).then((r) => r.items),
};
