import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What a receiver gets: the body of every delivery, stored as sent (a redelivery sends it again). */
export interface WebhookBody {
  id: string;
  type: string;
  createdAt: string;
  tenantId: string;
  data: Record<string, unknown>;
}

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * A tenant's webhook endpoint. The signing secret is encrypted with the platform cipher (the
 * server must sign with it, so it cannot be hashed); it is shown once, when created or rotated.
 * During a rotation the previous secret signs too until `previous_secret_expires_at`.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    /** Event types subscribed, or ['*'] for all. */
    eventTypes: text('event_types').array().notNull(),
    secretEnc: text('secret_enc').notNull(),
    previousSecretEnc: text('previous_secret_enc'),
    previousSecretExpiresAt: ts('previous_secret_expires_at'),
    active: boolean('active').notNull().default(true),
    /** Why the endpoint was switched off by the system (a 410 Gone); null when active or switched off by hand. */
    disabledReason: text('disabled_reason', { enum: ['gone'] }),
    createdBy: uuid('created_by'),
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
 * One event for one endpoint: the outbox the delivery worker reads (status, next_attempt_at) and
 * the delivery log the tenant sees. Written in the transaction of the change that causes it.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    endpointId: uuid('endpoint_id').notNull(),
    /** The event's id, the same for every endpoint it goes to; receivers deduplicate by it. */
    eventId: uuid('event_id').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<WebhookBody>().notNull(),
    /** Attempts since it was queued (a redelivery starts again from 0). */
    attemptCount: integer('attempt_count').notNull().default(0),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    /** When the worker may next take it; while an attempt runs, the end of its lease. */
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastResponseMs: integer('last_response_ms'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.endpointId], foreignColumns: [webhookEndpoints.tenantId, webhookEndpoints.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('webhook_deliveries_event_key').on(t.tenantId, t.endpointId, t.eventId),
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status in ('pending', 'failed')`),
    tenantIsolation(),
  ],
);

/** Every attempt of a delivery, as the log shows it. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    attemptedAt: ts('attempted_at').notNull(),
    /** The address connected to (after the SSRF check), or null when refused before connecting. */
    address: text('address'),
    statusCode: integer('status_code'),
    error: text('error'),
    responseMs: integer('response_ms'),
    /** The start of the response body (at most 1,000 characters), for the log. */
    responseExcerpt: text('response_excerpt'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.deliveryId], foreignColumns: [webhookDeliveries.tenantId, webhookDeliveries.id] }).onDelete(
      'cascade',
    ),
    index('webhook_attempts_delivery_idx').on(t.tenantId, t.deliveryId),
    tenantIsolation(),
  ],
);
