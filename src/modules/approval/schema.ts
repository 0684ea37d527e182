import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A tenant's approval flow: conditions choose it, stages say who approves (src/modules/approval/engine). */
export const approvalFlows = pgTable(
  'approval_flows',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    priority: integer('priority').notNull().default(0),
    /** The engine's FlowDefinition (conditions and stages), as JSON. */
    definition: jsonb('definition').$type<unknown>().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);

/** One run of a flow over a subject (a travel request, an order): the engine's instance state. */
export const approvalInstances = pgTable(
  'approval_instances',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    flowId: uuid('flow_id').notNull(),
    /** A key of the subject registry (travel_request, order …). */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The subject's reference and title as its hooks describe it, refreshed at every approval event (the inbox lists and searches them). */
    subjectCode: text('subject_code'),
    subjectTitle: text('subject_title'),
    requesterId: uuid('requester_id').notNull(),
    status: text('status').notNull(),
    /** The engine's ApprovalInstance, as JSON (dates as ISO strings): survives restarts. */
    state: jsonb('state').$type<unknown>().notNull(),
    /** Optimistic concurrency: each write increments it. */
    revision: integer('revision').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.flowId], foreignColumns: [approvalFlows.tenantId, approvalFlows.id] }),
    index('approval_instances_subject_idx').on(t.tenantId, t.subjectType, t.subjectId),
    tenantIsolation(),
  ],
);

/** The approver inbox: who can act on which instance now (rebuilt from the state after each action). */
export const approvalTasks = pgTable(
  'approval_tasks',
  {
    tenantId: tenantId(),
    instanceId: uuid('instance_id').notNull(),
    approverId: uuid('approver_id').notNull(),
    stageId: text('stage_id').notNull(),
    /** Set when the approver acts as a delegate for someone else (委托). */
    onBehalfOf: uuid('on_behalf_of'),
    since: ts('since').notNull(),
    dueAt: ts('due_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.instanceId, t.approverId, t.stageId] }),
    foreignKey({ columns: [t.tenantId, t.instanceId], foreignColumns: [approvalInstances.tenantId, approvalInstances.id] }).onDelete(
      'cascade',
    ),
    index('approval_tasks_inbox_idx').on(t.tenantId, t.approverId),
    tenantIsolation(),
  ],
);

/** 委托: while away, an approver's decisions may be taken by a delegate. */
export const approvalDelegations = pgTable(
  'approval_delegations',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    delegatorId: uuid('delegator_id').notNull(),
    delegateId: uuid('delegate_id').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    index('approval_delegations_delegator_idx').on(t.tenantId, t.delegatorId),
    tenantIsolation(),
  ],
);
