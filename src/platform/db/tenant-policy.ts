import { sql } from 'drizzle-orm';
import { pgPolicy, pgRole, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The role every tenant-scoped transaction runs as (SET LOCAL ROLE). It is not a superuser and
 * does not own the tables, so row-level security applies to it. Created by migration 0000.
 */
export const appRole = pgRole('tripdesk_app').existing();

/** Row-level security: a row is visible and writable only for the tenants set on the transaction. */
export function tenantIsolation(column = 'tenant_id') {
  const visible = sql.raw(`${column} = any (tripdesk_tenant_ids())`);
  return pgPolicy('tenant_isolation', { as: 'permissive', for: 'all', to: appRole, using: visible, withCheck: visible });
}

export const tenantId = () => uuid('tenant_id').notNull();

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
