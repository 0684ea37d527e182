import { pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';

/** Service tiers an enterprise is onboarded on (标准版 / 专业版 / 旗舰版). */
export const tenantTiers = ['standard', 'professional', 'flagship'] as const;
export type TenantTier = (typeof tenantTiers)[number];

/** An enterprise (tenant). The operator itself is not a tenant. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    /** 简称, shown where space is short. */
    shortName: text('short_name'),
    /** 统一社会信用代码 (GB 32100-2015), validated; null for enterprises created before it was asked. */
    creditCode: text('credit_code'),
    tier: text('tier', { enum: tenantTiers }).notNull().default('standard'),
    contactName: text('contact_name'),
    /** The contact's phone, encrypted like every personal number. */
    contactPhoneEnc: text('contact_phone_enc'),
    contactEmail: text('contact_email'),
    status: text('status', { enum: ['active', 'suspended'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('tenants_credit_code_key').on(t.creditCode), tenantIsolation('id')],
);
