import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';
import { employees } from '../org/index.ts';
import { ORDER_CATEGORIES, ORDER_STATUSES } from './lifecycle/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** 费用归属 of an order: a department, a cost centre or a project bears it. */
export type OrderBearerKind = 'department' | 'cost_centre' | 'project';

/**
 * 订单: one booking of one category (flight, hotel, train, car) for one or more travellers, with
 * its tracking code (追踪码, unique across every tenant: a code holder may look it up without
 * knowing the enterprise), its lifecycle status, its links (travel request, parent / original
 * order of a change 改签, approval), the policy verdict it was booked under, the offer as booked,
 * and its money in fen.
 */
export const orders = pgTable(
  'orders',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    /** 'F7KM-3QX9-K' (grouped, upper case). */
    trackingCode: text('tracking_code').notNull(),
    category: text('category', { enum: ORDER_CATEGORIES }).notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    /** 出票延迟: the supplier said ticketing is late (a flag on 'booking', see lifecycle/machines.ts). */
    ticketingDelayed: boolean('ticketing_delayed').notNull().default(false),
    /** 父单: the order this one was changed from (改签). */
    parentOrderId: uuid('parent_order_id'),
    /** 原单: the first order of the change chain (itself for an order never changed from another: null). */
    originalOrderId: uuid('original_order_id'),
    travelRequestId: uuid('travel_request_id'),
    bookerEmployeeId: uuid('booker_employee_id').notNull(),
    bearerKind: text('bearer_kind', { enum: ['department', 'cost_centre', 'project'] }).notNull(),
    bearerId: uuid('bearer_id').notNull(),
    projectId: uuid('project_id'),
    policyVersionId: uuid('policy_version_id'),
    /** The policy engine's outcome for the option: allow, warn, require_approval, block (null: no policy applied). */
    policyOutcome: text('policy_outcome'),
    compliant: boolean('compliant').notNull(),
    /** The verdict as shown when booking: rule results and their zh/en explanations. */
    policyVerdict: jsonb('policy_verdict').$type<Record<string, unknown>>(),
    /** 超标原因: the tenant's reason code and the traveller's words. */
    reasonCode: text('reason_code'),
    reasonText: text('reason_text'),
    /** The part over the standard the traveller pays (个人支付), fen. */
    personalPayFen: bigint('personal_pay_fen', { mode: 'number' }).notNull().default(0),
    approvalInstanceId: uuid('approval_instance_id'),
    /** company: 统一结算 (billed to the enterprise); personal: paid by the traveller. */
    paymentMode: text('payment_mode', { enum: ['company', 'personal'] }).notNull(),
    /** The supplier registry's id (no foreign key: the registry may be another store). */
    supplierId: uuid('supplier_id'),
    supplierCode: text('supplier_code').notNull(),
    supplierBookingRef: text('supplier_booking_ref'),
    holdId: text('hold_id'),
    /** The offer as booked (flight no., times, cabin; hotel, room; train, seat; car level …). */
    offer: jsonb('offer').$type<Record<string, unknown>>().notNull(),
    /** Price of what the order holds. */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** For a change's child: new price − old price (negative: the difference comes back). */
    fareDifferenceFen: bigint('fare_difference_fen', { mode: 'number' }).notNull().default(0),
    changeFeeFen: bigint('change_fee_fen', { mode: 'number' }).notNull().default(0),
    /** Money returned by the supplier (退款), and the fee it kept (退票费). */
    refundFen: bigint('refund_fen', { mode: 'number' }).notNull().default(0),
    refundFeeFen: bigint('refund_fee_fen', { mode: 'number' }).notNull().default(0),
    serviceStartAt: ts('service_start_at').notNull(),
    serviceEndAt: ts('service_end_at').notNull(),
    originCityId: text('origin_city_id'),
    destinationCityId: text('destination_city_id').notNull(),
    /** When the order was issued (出票 / 确认): from then on its amount is actual spend. */
    issuedAt: ts('issued_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.bookerEmployeeId], foreignColumns: [employees.tenantId, employees.id] }),
    foreignKey({ columns: [t.tenantId, t.parentOrderId], foreignColumns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.originalOrderId], foreignColumns: [t.tenantId, t.id] }),
    uniqueIndex('orders_tracking_code_key').on(t.trackingCode),
    index('orders_booker_idx').on(t.tenantId, t.bookerEmployeeId),
    index('orders_request_idx').on(t.tenantId, t.travelRequestId),
    index('orders_parent_idx').on(t.tenantId, t.parentOrderId),
    index('orders_start_idx').on(t.tenantId, t.serviceStartAt),
    index('orders_instance_idx').on(t.tenantId, t.approvalInstanceId),
    index('orders_supplier_ref_idx').on(t.tenantId, t.supplierCode, t.supplierBookingRef),
    tenantIsolation(),
  ],
);

/** Who travels on an order, with their name as it was when booked (the name on the ticket). */
export const orderTravellers = pgTable(
  'order_travellers',
  {
    tenantId: tenantId(),
    orderId: uuid('order_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    /** 1, 2 …: the first traveller anchors the approval. */
    position: integer('position').notNull(),
    nameSnapshot: text('name_snapshot').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.orderId, t.employeeId] }),
    foreignKey({ columns: [t.tenantId, t.orderId], foreignColumns: [orders.tenantId, orders.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.employeeId], foreignColumns: [employees.tenantId, employees.id] }),
    index('order_travellers_employee_idx').on(t.tenantId, t.employeeId),
    tenantIsolation(),
  ],
);
