import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

/** 差旅标准: a named policy; its rules live in versions. */
export const policies = pgTable(
  'policies',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);

/**
 * A version of a policy's rules: one draft and one published at a time, earlier ones superseded.
 * Rules are the engine's JSON (src/modules/policy/engine); orders and requests record the version
 * they were checked against, and what-if simulation replays past orders against a draft.
 */
export const policyVersions = pgTable(
  'policy_versions',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    policyId: uuid('policy_id').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published', 'superseded'] }).notNull(),
    rules: jsonb('rules').$type<unknown[]>().notNull(),
    /** What a rule lacking its data does: 'fail' (fail closed, the default) or 'pass_flagged' (passes, flagged). */
    missingData: text('missing_data', { enum: ['fail', 'pass_flagged'] })
      .notNull()
      .default('fail'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    publishedBy: uuid('published_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.policyId], foreignColumns: [policies.tenantId, policies.id] }).onDelete('cascade'),
    uniqueIndex('policy_versions_number_key').on(t.tenantId, t.policyId, t.version),
    uniqueIndex('policy_versions_one_draft')
      .on(t.tenantId, t.policyId)
      .where(sql`status = 'draft'`),
    uniqueIndex('policy_versions_one_published')
      .on(t.tenantId, t.policyId)
      .where(sql`status = 'published'`),
    tenantIsolation(),
  ],
);

/** Which travellers a policy applies to: by department and/or rank; most specific wins (see the engine's resolvePolicy). */
export const policyAssignments = pgTable(
  'policy_assignments',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    policyId: uuid('policy_id').notNull(),
    departmentId: uuid('department_id'),
    /** Rank codes it applies to (empty: any rank, unless a level range is given). */
    rankCodes: text('rank_codes').array().notNull().default([]),
    minRankLevel: integer('min_rank_level'),
    maxRankLevel: integer('max_rank_level'),
    priority: integer('priority').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.policyId], foreignColumns: [policies.tenantId, policies.id] }).onDelete('cascade'),
    index('policy_assignments_policy_idx').on(t.tenantId, t.policyId),
    tenantIsolation(),
  ],
);

/** 超标原因: the reasons a traveller picks when booking over the standard. */
export const reasonCodes = pgTable(
  'reason_codes',
  {
    tenantId: tenantId(),
    code: text('code').notNull(),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.code] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);
