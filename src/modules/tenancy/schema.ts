import { foreignKey, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation } from '../../platform/db/tenant-policy.ts';

/** An enterprise (tenant). The operator itself is not a tenant. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    status: text('status', { enum: ['active', 'suspended'] }).notNull().default('active'),
    createdAt: createdAt(),
  },
  () => [tenantIsolation('id')],
);

/** Which operator staff serve which tenant: they see only these tenants' data. */
export const operatorAssignments = pgTable(
  'operator_assignments',
  {
    tenantId: tenantId(),
    accountId: uuid('account_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.accountId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    tenantIsolation(),
  ],
);
