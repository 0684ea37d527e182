/**
 * Tenancy (企业租户): the enterprises Tripdesk serves — their particulars (统一社会信用代码
 * validated, tier, contact), suspension. Every tenant-owned table's foreign key to `tenants` is
 * the one reason other modules see the table itself. Onboarding (an enterprise with its first
 * administrator) joins modules and lives at the composition root.
 */
export { tenantLabels } from './audit-labels.ts';
export { getTenant, insertTenant, listTenants, tenantIsActive, type NewTenant } from './tenants.ts';
export type { TenantReader, TenantView } from './tenant-view.ts';
export { creditCodeCheckDigit, creditCodeProblem, isValidCreditCode, normaliseCreditCode } from './rules/credit-code.ts';
export { countTenants, seedTenants } from './seed-tenants.ts';
export { tenancyRoutes, tenantReaderOf } from './routes.ts';
export { TenantCode, tenantFieldSchemas, TenantSchema } from './tenant-schemas.ts';
/** The tenants table, for tenant foreign keys in other modules' schemas. */
export { tenants, tenantTiers, type TenantTier } from './schema.ts';
