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
