import { answer, client } from './client';
import type { TenantOnboarding, TenantTier, TenantUpdate } from './types';
import { everyOf } from './values';

/** Service tiers in the order the console offers them. */
export const TENANT_TIERS = everyOf<TenantTier>()(['standard', 'professional', 'flagship'] as const);

/** Platform administration works across enterprises: the calls do not narrow to the one chosen in the top bar. */
const everyTenant = { headers: { 'X-Tenant-Id': '' } };
const path = (id: string) => ({ params: { path: { id } }, ...everyTenant });

export const tenantsApi = {
  list: () => answer(client.GET('/api/v1/tenants', everyTenant)).then((r) => r.items),
  get: (id: string) => answer(client.GET('/api/v1/tenants/{id}', path(id))),
  onboard: (body: TenantOnboarding) => answer(client.POST('/api/v1/tenants', { body, ...everyTenant })),
  update: (id: string, body: TenantUpdate) => answer(client.PATCH('/api/v1/tenants/{id}', { ...path(id), body })),
  suspend: (id: string, reason: string) =>
    answer(client.POST('/api/v1/tenants/{id}/suspend', { ...path(id), body: reason ? { reason } : {} })),
  reactivate: (id: string) => answer(client.POST('/api/v1/tenants/{id}/reactivate', { ...path(id), body: {} })),
  operators: (id: string) => answer(client.GET('/api/v1/tenants/{id}/operators', path(id))).then((r) => r.items),
  setOperators: (id: string, accountIds: string[]) =>
    answer(client.PUT('/api/v1/tenants/{id}/operators', { ...path(id), body: { accountIds } })).then((r) => r.items),
};
