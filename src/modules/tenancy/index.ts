/**
 * Tenancy (企业租户): the enterprises Tripdesk serves. Every tenant-owned table's foreign key to
 * `tenants` is the one reason other modules see the table itself.
 */
export { createTenant, listTenants, type TenantView } from './tenants.ts';
export { countTenants, seedTenants } from './seed-tenants.ts';
export { tenancyRoutes } from './routes.ts';
/** The tenants table, for tenant foreign keys in other modules' schemas. */
export { tenants } from './schema.ts';
