import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { isoOrNull, isUuid, newId } from '../../platform/ids.ts';
import { decodeCursor, invalidCursor, toPage, type Page } from '../../platform/pagination/cursor.ts';
import { PING_EVENT } from './event-types.ts';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, type DeliveryStatus, type WebhookBody } from './schema.ts';

export interface AttemptView {
  attemptedAt: string;
  statusCode: number | null;
  error: string | null;
  responseMs: number | null;
  responseExcerpt: string | null;
}

export interface DeliveryView {
  id: string;
  endpointId: string;
  eventId: string;
  type: string;
  status: DeliveryStatus;
  attemptCount: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastResponseMs: number | null;
  payload: WebhookBody;
  createdAt: string;
  updatedAt: string;
  /** Newest first, at most ATTEMPTS_SHOWN. */
  attempts: AttemptView[];
}

export const ATTEMPTS_SHOWN = 20;

type Row = typeof webhookDeliveries.$inferSelect;
type AttemptRow = typeof webhookAttempts.$inferSelect;

const view = (r: Row, attempts: AttemptRow[]): DeliveryView => ({
  id: r.id,
  endpointId: r.endpointId,
  eventId: r.eventId,
  type: r.type,
  status: r.status,
  attemptCount: r.attemptCount,
  nextAttemptAt: r.status === 'pending' || r.status === 'failed' ? isoOrNull(r.nextAttemptAt) : null,
  lastStatusCode: r.lastStatusCode,
  lastError: r.lastError,
  lastResponseMs: r.lastResponseMs,
  payload: r.payload,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  attempts: attempts
    .filter((a) => a.deliveryId === r.id)
    .slice(0, ATTEMPTS_SHOWN)
    .map((a) => ({
      attemptedAt: a.attemptedAt.toISOString(),
      statusCode: a.statusCode,
      error: a.error,
      responseMs: a.responseMs,
      responseExcerpt: a.responseExcerpt,
    })),
});

export interface DeliveryFilters {
  status?: DeliveryStatus;
  endpointId?: string;
  type?: string;
  cursor?: string;
  limit: number;
}

/** The delivery log, newest first (ids are time-ordered), with each delivery's latest attempts. */
export async function listDeliveries(db: Db, tenantIds: readonly string[], f: DeliveryFilters): Promise<Page<DeliveryView>> {
  const after = decodeCursor(f.cursor, 1);
  const afterId = after?.[0];
  if (after !== null && (typeof afterId !== 'string' || !isUuid(afterId))) throw invalidCursor();
  const where: SQL[] = [];
  if (typeof afterId === 'string') where.push(lt(webhookDeliveries.id, afterId));
  if (f.status) where.push(eq(webhookDeliveries.status, f.status));
  if (f.endpointId) where.push(eq(webhookDeliveries.endpointId, f.endpointId));
  if (f.type) where.push(eq(webhookDeliveries.type, f.type));
  return inTenantScope(db, tenantIds, async (tx) => {
    const rows = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(...where))
      .orderBy(desc(webhookDeliveries.id))
      .limit(f.limit + 1);
    const page = toPage(rows, f.limit, (r) => [r.id]);
    const ids = page.items.map((r) => r.id);
    const attempts =
      ids.length === 0
        ? []
        : await tx.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)).orderBy(desc(webhookAttempts.id));
    return { items: page.items.map((r) => view(r, attempts)), nextCursor: page.nextCursor };
  });
}

export async function getDelivery(db: Db, tenantIds: readonly string[], id: string): Promise<DeliveryView> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [row] = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    if (!row) throw notFound('webhook_delivery');
    const attempts = await tx
      .select()
      .from(webhookAttempts)
      .where(and(eq(webhookAttempts.tenantId, row.tenantId), eq(webhookAttempts.deliveryId, id)))
      .orderBy(desc(webhookAttempts.id))
      .limit(ATTEMPTS_SHOWN);
    return view(row, attempts);
  });
}

/**
 * Queues a delivery again with the same event id and body (the receiver deduplicates by the id),
 * with a fresh set of attempts. Should an attempt be running at that moment, the receiver may get
 * the event twice: at-least-once, as always.
 */
export async function redeliver(db: Db, tenantIds: readonly string[], id: string, now: Date): Promise<{ tenantId: string }> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [row] = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).for('update');
    if (!row) throw notFound('webhook_delivery');
    const [endpoint] = await tx
      .select({ active: webhookEndpoints.active })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.tenantId, row.tenantId), eq(webhookEndpoints.id, row.endpointId)));
    if (!endpoint?.active) throw new AppError('INVALID_STATE', 'The endpoint is disabled: enable it first.');
    await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', attemptCount: 0, nextAttemptAt: now, updatedAt: now })
      .where(and(eq(webhookDeliveries.tenantId, row.tenantId), eq(webhookDeliveries.id, id)));
    return { tenantId: row.tenantId };
  });
}

/** Queues a 'ping' event for one endpoint (whatever it subscribes to), to test the receiver. */
export async function queuePing(
  db: Db,
  tenantIds: readonly string[],
  endpointId: string,
  now: Date,
): Promise<{ tenantId: string; id: string }> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [endpoint] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
    if (!endpoint) throw notFound('webhook_endpoint');
    if (!endpoint.active) throw new AppError('INVALID_STATE', 'The endpoint is disabled: enable it first.');
    const eventId = newId();
    const id = newId();
    const payload: WebhookBody = {
      id: eventId,
      type: PING_EVENT,
      createdAt: now.toISOString(),
      tenantId: endpoint.tenantId,
      data: { endpointId, message: 'Tripdesk webhook test' },
    };
    await tx.insert(webhookDeliveries).values({
      tenantId: endpoint.tenantId,
      id,
      endpointId,
      eventId,
      type: PING_EVENT,
      payload,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    });
    return { tenantId: endpoint.tenantId, id };
  });
}
