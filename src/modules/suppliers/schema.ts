import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from '../../platform/db/tenant-policy.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const supplierStatuses = ['active', 'probation', 'suspended'] as const;
export type SupplierStatus = (typeof supplierStatuses)[number];
export const supplierAdapters = ['simulator', 'http'] as const;
export type SupplierAdapterKind = (typeof supplierAdapters)[number];
export const callOutcomes = ['ok', 'error', 'timeout', 'circuit_open'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

export interface SupplierContact {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * Suppliers (航司 / 酒店集团 / 铁路代理 / 用车平台) serve every tenant: a platform table without
 * tenant_id, read and written in system scope only (the application role is granted nothing on it:
 * see migration notes).
 */
export const suppliers = pgTable(
  'suppliers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    categories: text('categories').array().notNull(),
    adapter: text('adapter', { enum: supplierAdapters }).notNull(),
    status: text('status', { enum: supplierStatuses }).notNull().default('active'),
    statusReason: text('status_reason'),
    statusChangedAt: ts('status_changed_at').notNull().defaultNow(),
    /** 0–100: how search ranks this supplier's offers among equals (the scorecards will set it). */
    rankingWeight: integer('ranking_weight').notNull().default(50),
    /** The supplier's API credentials, encrypted with the platform cipher; never returned. */
    credentialsEnc: text('credentials_enc'),
    /** The last characters of the credentials, for "set (…abcd)". */
    credentialsHint: text('credentials_hint'),
    contacts: jsonb('contacts').$type<SupplierContact[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('suppliers_code_key').on(t.code), check('suppliers_ranking_weight_range', sql`${t.rankingWeight} between 0 and 100`)],
);

/**
 * Keys suppliers sign their events with. The current key has no `retires_at`; a rotation gives the
 * previous one a `retires_at` (now + overlap), until which both are in force. Revocation is immediate.
 */
export const supplierKeys = pgTable(
  'supplier_keys',
  {
    id: uuid('id').primaryKey(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'cascade' }),
    /** A label the supplier and operations can name the key by: 'k1', 'k2' … */
    keyId: text('key_id').notNull(),
    secretEnc: text('secret_enc').notNull(),
    createdAt: createdAt(),
    retiresAt: ts('retires_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('supplier_keys_supplier_key_id_key').on(t.supplierId, t.keyId)],
);

/** Every call to a supplier through the gateway, written in batches. */
export const supplierCalls = pgTable(
  'supplier_calls',
  {
    id: uuid('id').primaryKey(),
    supplierId: uuid('supplier_id').notNull(),
    category: text('category').notNull(),
    operation: text('operation').notNull(),
    outcome: text('outcome', { enum: callOutcomes }).notNull(),
    errorCode: text('error_code'),
    attempts: smallint('attempts').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [index('supplier_calls_supplier_at_idx').on(t.supplierId, t.at)],
);
