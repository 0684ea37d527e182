import { bigint, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';
import { employees } from '../org/index.ts';

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
    /** Who answers for the budget and is told when it crosses a warning line; null: the department head, project owner or the employee. */
    ownerEmployeeId: uuid('owner_employee_id'),
    /** The highest warning line whose crossing was notified and that use is still at or above; null below every line. */
    warnedAtPercent: integer('warned_at_percent'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerEmployeeId], foreignColumns: [employees.tenantId, employees.id] }),
    uniqueIndex('budgets_scope_period_key').on(t.tenantId, t.scopeType, t.scopeId, t.periodType, t.periodStart),
    tenantIsolation(),
  ],
);

/**
 * Movements against a budget: an approved travel request occupies its estimate (预算占用), which is
 * released, or replaced by actual spend when the trip completes (settlement). Applied adjustments
 * (追加 / 调减 / 调剂) are 'adjusted' entries: they change the budget's effective amount, not its use.
 */
export const budgetEntries = pgTable(
  'budget_entries',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    budgetId: uuid('budget_id').notNull(),
    sourceType: text('source_type', { enum: ['travel_request', 'order', 'adjustment'] }).notNull(),
    sourceId: uuid('source_id').notNull(),
    kind: text('kind', { enum: ['occupied', 'released', 'spent', 'adjusted'] }).notNull(),
    /** Signed: occupation and spend positive, release negative; adjusted positive for an increase, negative for a decrease. */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /**
     * Why, where the kind alone does not say: 'settlement' (the trip completed); 'order' (a travel
     * request's occupation moved aside for, or back from, the orders booked under it: ledger/order-charge.ts).
     */
    cause: text('cause', { enum: ['settlement', 'order'] }),
    /** For an order's entries: the travel request it was booked under (its occupation makes room for the order's). */
    parentSourceId: uuid('parent_source_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.budgetId], foreignColumns: [budgets.tenantId, budgets.id] }).onDelete('cascade'),
    index('budget_entries_budget_idx').on(t.tenantId, t.budgetId),
    index('budget_entries_source_idx').on(t.tenantId, t.sourceType, t.sourceId),
    index('budget_entries_parent_idx').on(t.tenantId, t.parentSourceId),
    tenantIsolation(),
  ],
);

/**
 * 预算调整: an increase (追加), a decrease (调减) or a transfer (调剂) to another budget of the tenant,
 * with its reason, approved through the tenant's flows (approval subject 'budget_adjustment'). Only
 * an applied adjustment writes entries; the budget's own amount is never changed by one.
 */
export const budgetAdjustments = pgTable(
  'budget_adjustments',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    /** TZ + China date + sequence (TZ2026120700001). */
    code: text('code').notNull(),
    kind: text('kind', { enum: ['increase', 'decrease', 'transfer'] }).notNull(),
    /** The budget adjusted; for a transfer, the one the amount leaves. */
    budgetId: uuid('budget_id').notNull(),
    /** For a transfer: the budget the amount goes to. */
    targetBudgetId: uuid('target_budget_id'),
    /** Positive fen. */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'returned', 'applied', 'rejected', 'withdrawn', 'cancelled'] }).notNull(),
    requesterId: uuid('requester_id').notNull(),
    approvalInstanceId: uuid('approval_instance_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.budgetId], foreignColumns: [budgets.tenantId, budgets.id] }),
    foreignKey({ columns: [t.tenantId, t.targetBudgetId], foreignColumns: [budgets.tenantId, budgets.id] }),
    foreignKey({ columns: [t.tenantId, t.requesterId], foreignColumns: [employees.tenantId, employees.id] }),
    uniqueIndex('budget_adjustments_code_key').on(t.tenantId, t.code),
    index('budget_adjustments_budget_idx').on(t.tenantId, t.budgetId),
    index('budget_adjustments_target_idx').on(t.tenantId, t.targetBudgetId),
    tenantIsolation(),
  ],
);

/**
 * One row per settled source (a completed travel request, or an order booked without one that ended): its occupation was released and its
 * actual spend recorded. The key makes settlement happen once, however often it is asked for.
 */
export const budgetSettlements = pgTable(
  'budget_settlements',
  {
    tenantId: tenantId(),
    sourceType: text('source_type', { enum: ['travel_request', 'order'] }).notNull(),
    sourceId: uuid('source_id').notNull(),
    releasedFen: bigint('released_fen', { mode: 'number' }).notNull(),
    spentFen: bigint('spent_fen', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.sourceType, t.sourceId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);
