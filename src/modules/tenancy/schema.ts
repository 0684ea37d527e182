import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIsolation } from '../../platform/db/tenant-policy.ts';

/** An enterprise (tenant). The operator itself is not a tenant. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    status: text('status', { enum: ['active', 'suspended'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
  },
  () => [tenantIsolation('id')],
);
