import { sql } from 'drizzle-orm';
import { bigint, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export interface ItineraryLeg {
  fromCity: string;
  toCity: string;
  departDate: string;
  returnDate: string | null;
}

/** Estimated cost by category, in fen. */
export interface CostEstimate {
  flight: number;
  hotel: number;
  train: number;
  car: number;
  other: number;
}

/** Who bears the cost (费用归属): each traveller's own department (default), or one cost centre or project for the whole request. */
export type CostBearerType = 'traveller_department' | 'cost_centre' | 'project';

/** One traveller's share of the estimate and who bears it, as charged to the budgets at submission (or at an applied change). */
export interface CostShare {
  travellerId: string;
  amountFen: number;
  bearerType: 'department' | 'cost_centre' | 'project';
  bearerId: string;
}

/** 出差申请: a pre-trip travel request, approved through a flow; orders inside its bounds need no second approval. */
export const travelRequests = pgTable(
  'travel_requests',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    /** Human reference, e.g. TR2026110500012. */
    code: text('code').notNull(),
    requesterId: uuid('requester_id').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status', {
      enum: ['draft', 'approving', 'approved', 'rejected', 'returned', 'withdrawn', 'cancelled', 'completed'],
    }).notNull(),
    travellerIds: uuid('traveller_ids').array().notNull(),
    itinerary: jsonb('itinerary').$type<ItineraryLeg[]>().notNull(),
    estimate: jsonb('estimate').$type<CostEstimate>().notNull(),
    estimatedTotalFen: bigint('estimated_total_fen', { mode: 'number' }).notNull(),
    projectId: uuid('project_id'),
    costCentreId: uuid('cost_centre_id'),
    costBearer: text('cost_bearer', { enum: ['traveller_department', 'cost_centre', 'project'] })
      .notNull()
      .default('traveller_department'),
    /** The shares charged to the budgets when last submitted or changed; null for drafts never submitted. */
    costShares: jsonb('cost_shares').$type<CostShare[]>(),
    /** What the approvers approved (dates, cities, estimate): the bounds a change (变更) may stay within without approval. */
    approvedContent: jsonb('approved_content').$type<ChangedContent>(),
    /** The budget check at submission, explained like a policy rule. */
    budgetCheck: jsonb('budget_check').$type<unknown>(),
    overBudgetReason: text('over_budget_reason'),
    /** The policy check at submission (the policy module's RequestPolicyCheck), and the reason given when it warned. */
    policyCheck: jsonb('policy_check').$type<unknown>(),
    policyReason: text('policy_reason'),
    approvalInstanceId: uuid('approval_instance_id'),
    submittedAt: ts('submitted_at'),
    decidedAt: ts('decided_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    uniqueIndex('travel_requests_code_key').on(t.tenantId, t.code),
    index('travel_requests_requester_idx').on(t.tenantId, t.requesterId),
    tenantIsolation(),
  ],
);

/** What a change (变更) of an approved request sets: its dates and cities, and its estimate. */
export interface ChangedContent {
  itinerary: ItineraryLeg[];
  estimate: CostEstimate;
  estimatedTotalFen: number;
}

/** Why a change needs approval (it goes beyond what was approved). */
export type ChangeReason = 'dates_outside' | 'new_city' | 'amount_higher';

/**
 * 变更: a change of an approved request's dates, cities or estimate. Within what was approved it
 * applies at once ('applied'); beyond it, it waits for its own approval ('approving', on the
 * request's approval subject) while the request keeps its approved content, and is applied on
 * approval or dropped ('rejected', 'withdrawn', 'cancelled').
 */
export const travelRequestChanges = pgTable(
  'travel_request_changes',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    requestId: uuid('request_id').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    status: text('status', { enum: ['approving', 'returned', 'applied', 'rejected', 'withdrawn', 'cancelled'] }).notNull(),
    before: jsonb('before').$type<ChangedContent>().notNull(),
    after: jsonb('after').$type<ChangedContent>().notNull(),
    reasons: jsonb('reasons').$type<ChangeReason[]>().notNull(),
    note: text('note'),
    budgetCheck: jsonb('budget_check').$type<unknown>(),
    overBudgetReason: text('over_budget_reason'),
    approvalInstanceId: uuid('approval_instance_id'),
    decidedAt: ts('decided_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.requestId], foreignColumns: [travelRequests.tenantId, travelRequests.id] }),
    index('travel_request_changes_request_idx').on(t.tenantId, t.requestId),
    uniqueIndex('travel_request_changes_open_key')
      .on(t.tenantId, t.requestId)
      .where(sql`status = 'approving'`),
    index('travel_request_changes_instance_idx').on(t.tenantId, t.approvalInstanceId),
    tenantIsolation(),
  ],
);
