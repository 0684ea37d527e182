import { sql } from 'drizzle-orm';
import { bigint, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';
import { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from './engine/ticket-lifecycle.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 工单: one customer matter of one enterprise (the tenant), from any channel, with its requester
 * (an employee of the enterprise when known), its routing (team, assignee), its status and SLA
 * facts, and a conversation (ticket_messages). `number` is the short reference people quote
 * (#100023), unique across every tenant. Field changes are events on the ticket's timeline.
 */
export const tickets = pgTable(
  'tickets',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    number: bigint('number', { mode: 'number' }).notNull().generatedAlwaysAsIdentity({ startWith: 100001 }),
    subject: text('subject').notNull(),
    category: text('category', { enum: TICKET_CATEGORIES }).notNull(),
    priority: text('priority', { enum: TICKET_PRIORITIES }).notNull(),
    status: text('status', { enum: TICKET_STATUSES }).notNull(),
    channel: text('channel', { enum: TICKET_CHANNELS }).notNull(),
    /** The requester's language for replies and notifications: zh-CN or en. */
    language: text('language', { enum: ['zh-CN', 'en'] }).notNull(),
    requesterEmployeeId: uuid('requester_employee_id'),
    requesterName: text('requester_name').notNull(),
    /** Operator staff account working it; null while unassigned. */
    assigneeAccountId: uuid('assignee_account_id'),
    teamId: uuid('team_id'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** What opened it on its channel (an email's Message-ID, a chat, an alert's key), for threading and dedup. */
    sourceRef: text('source_ref'),
    firstResponseAt: ts('first_response_at'),
    solvedAt: ts('solved_at'),
    /** A solved ticket can be reopened until then (then it closes; a later message opens a follow-up). */
    reopenUntil: ts('reopen_until'),
    closedAt: ts('closed_at'),
    /** The ticket a follow-up continues. */
    followUpOf: uuid('follow_up_of'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Optimistic concurrency: an update names the version it saw. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('tickets_number_key').on(t.number),
    uniqueIndex('tickets_source_ref_key')
      .on(t.tenantId, t.channel, t.sourceRef)
      .where(sql`source_ref is not null`),
    index('tickets_status_idx').on(t.tenantId, t.status, t.updatedAt),
    index('tickets_assignee_idx')
      .on(t.assigneeAccountId, t.status)
      .where(sql`assignee_account_id is not null`),
    index('tickets_team_idx').on(t.teamId, t.status),
    index('tickets_requester_idx').on(t.tenantId, t.requesterEmployeeId, t.createdAt),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);

/**
 * The conversation: public replies (the requester sees them; they go out on the ticket's channel)
 * and internal notes (agents only). `externalId` is the message's id on its channel (an email's
 * Message-ID, an IM message id): a message delivered twice is stored once.
 */
export const ticketMessages = pgTable(
  'ticket_messages',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    kind: text('kind', { enum: ['public', 'note'] }).notNull(),
    authorKind: text('author_kind', { enum: ['requester', 'agent', 'system'] }).notNull(),
    authorAccountId: uuid('author_account_id'),
    authorEmployeeId: uuid('author_employee_id'),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    channel: text('channel', { enum: TICKET_CHANNELS }).notNull(),
    externalId: text('external_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('ticket_messages_ticket_idx').on(t.tenantId, t.ticketId, t.createdAt),
    uniqueIndex('ticket_messages_external_key')
      .on(t.tenantId, t.channel, t.externalId)
      .where(sql`external_id is not null`),
    foreignKey({ columns: [t.tenantId, t.ticketId], foreignColumns: [tickets.tenantId, tickets.id] }).onDelete('cascade'),
    tenantIsolation(),
  ],
);

/** The orders a ticket is about (by id, with the tracking code people quote). */
export const ticketOrders = pgTable(
  'ticket_orders',
  {
    tenantId: tenantId(),
    ticketId: uuid('ticket_id').notNull(),
    orderId: uuid('order_id').notNull(),
    trackingCode: text('tracking_code').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.ticketId, t.orderId] }),
    index('ticket_orders_order_idx').on(t.tenantId, t.orderId),
    foreignKey({ columns: [t.tenantId, t.ticketId], foreignColumns: [tickets.tenantId, tickets.id] }).onDelete('cascade'),
    tenantIsolation(),
  ],
);

/**
 * Messages a channel received that no ticket could take (mail from an unknown or ambiguous sender,
 * a reply whose sender is not the ticket's requester): kept whole for the desk to review — make it
 * a ticket for an employee, or discard it with a reason — never lost. Platform-level (the sender's
 * enterprise is what is unknown): tenant scopes are granted nothing.
 */
export const intakeReviews = pgTable(
  'ticket_intake_reviews',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel', { enum: TICKET_CHANNELS }).notNull(),
    reason: text('reason', { enum: ['unknown_sender', 'ambiguous_sender', 'no_sender', 'not_the_requester'] }).notNull(),
    sender: text('sender'),
    senderName: text('sender_name'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The channel's message id (dedup: a redelivered mail is reviewed once). */
    externalId: text('external_id'),
    /** The message as received (the raw mail), base64, for a faithful look at it. */
    rawBase64: text('raw_base64'),
    receivedAt: ts('received_at').notNull(),
    resolvedAt: ts('resolved_at'),
    resolvedBy: text('resolved_by'),
    /** ticket: made into (or added to) a ticket; discarded: with the reason. */
    resolution: text('resolution', { enum: ['ticket', 'discarded'] }),
    resolutionNote: text('resolution_note'),
    ticketTenantId: uuid('ticket_tenant_id'),
    ticketId: uuid('ticket_id'),
  },
  (t) => [
    uniqueIndex('ticket_intake_reviews_external_key')
      .on(t.channel, t.externalId)
      .where(sql`external_id is not null`),
    index('ticket_intake_reviews_open_idx')
      .on(t.receivedAt)
      .where(sql`resolved_at is null`),
  ],
);
