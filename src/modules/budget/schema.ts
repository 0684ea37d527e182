import { bigint, date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

/** A budget for a department, project, cost centre or person over a month, quarter or year. */
export const budgets = pgTable(
  'budgets',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    scopeType: text('scope_type', { enum: ['department', 'project', 'cost_centre', 'employee'] }).notNull(),
    scopeId: uuid('scope_id').notNull(),
    periodType: text('period_type', { enum: ['month', 'quarter', 'year'] }).notNull(),
    /** First day of the period (local date, Asia/Shanghai). */
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** Warn when use reaches these percentages, e.g. {80,100}. */
    warnAtPercent: integer('warn_at_percent').array().notNull(),
    /** What submitting over budget does: allow, warn (with a reason), or forbid. */
    control: text('control', { enum: ['allow', 'warn', 'forbid'] }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    uniqueIndex('budgets_scope_period_key').on(t.tenantId, t.scopeType, t.scopeId, t.periodType, t.periodStart),
    tenantIsolation(),
  ],
);

/**
 * Movements against a budget: an approved travel request occupies its estimate (预算占用), which is
 * released or replaced by actual spend once orders exist. The balance is their sum.
 */
export const budgetEntries = pgTable(
  'budget_entries',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    budgetId: uuid('budget_id').notNull(),
    sourceType: text('source_type', { enum: ['travel_request', 'order', 'adjustment'] }).notNull(),
    sourceId: uuid('source_id').notNull(),
    kind: text('kind', { enum: ['occupied', 'released', 'spent'] }).notNull(),
    /** Signed: occupation and spend positive, release negative. */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.budgetId], foreignColumns: [budgets.tenantId, budgets.id] }).onDelete('cascade'),
    index('budget_entries_budget_idx').on(t.tenantId, t.budgetId),
    index('budget_entries_source_idx').on(t.tenantId, t.sourceType, t.sourceId),
    tenantIsolation(),
  ],
);
