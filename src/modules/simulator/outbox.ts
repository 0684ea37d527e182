import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { newId } from '../../platform/ids.ts';
import type { SupplierEvent, SupplierEventType } from '../suppliers/index.ts';
import { simulatorOutbox } from './schema.ts';

/**
 * The outbox of supplier events: written in the same transaction as the booking change that
 * causes them, each due at the moment it "happens" (after the simulated latency), and delivered
 * at least once by the sender (deliverDue), which retries a failed batch with backoff until the
 * sink answers 2xx. Ingestion deduplicates by event id, so a repeat is harmless.
 */
export type EventSink = (supplierCode: string, events: SupplierEvent[]) => Promise<void>;

export interface PendingEvent {
  supplierCode: string;
  type: SupplierEventType;
  orderRef: string;
  bookingRef: string;
  dueAt: Date;
  data?: Record<string, unknown>;
}

export async function enqueueEvents(tx: Tx, events: readonly PendingEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((e) => {
    const eventId = `sim-${newId()}`;
    const event: SupplierEvent = {
      eventId,
      type: e.type,
      occurredAt: e.dueAt.toISOString(),
      orderRef: e.orderRef,
      bookingRef: e.bookingRef,
      ...(e.data ? { data: e.data } : {}),
    };
    return {
      eventId,
      supplierCode: e.supplierCode,
      bookingRef: e.bookingRef,
      orderRef: e.orderRef,
      type: e.type,
      event,
      dueAt: e.dueAt,
      nextAttemptAt: e.dueAt,
      createdAt: new Date(),
    };
  });
  await tx.insert(simulatorOutbox).values(rows);
  return rows.map((r) => r.eventId);
}

/** Takes back the events of a booking that have not happened yet (its plan changed). */
export async function dropPlannedEvents(tx: Tx, bookingRef: string, now: Date): Promise<void> {
  await tx
    .delete(simulatorOutbox)
    .where(and(eq(simulatorOutbox.bookingRef, bookingRef), isNull(simulatorOutbox.deliveredAt), gt(simulatorOutbox.dueAt, now)));
}

const BATCH = 500;
const MAX_BACKOFF_MS = 5 * 60_000;

/** 1 s, 2 s, 4 s … up to 5 minutes. */
export const backoffMs = (attempts: number): number => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));

export interface DeliveryReport {
  delivered: number;
  failed: number;
}

/** Sends every due event (oldest first, one batch per supplier); failures are retried later. */
export async function deliverDue(db: Db, sink: EventSink, now: Date): Promise<DeliveryReport> {
  const due = await inSystemScope(db, (tx) =>
    tx
      .select({
        eventId: simulatorOutbox.eventId,
        supplierCode: simulatorOutbox.supplierCode,
        event: simulatorOutbox.event,
        attempts: simulatorOutbox.attempts,
      })
      .from(simulatorOutbox)
      .where(and(isNull(simulatorOutbox.deliveredAt), lte(simulatorOutbox.nextAttemptAt, now)))
      .orderBy(asc(simulatorOutbox.dueAt), asc(simulatorOutbox.eventId))
      .limit(BATCH),
  );
  const bySupplier = new Map<string, typeof due>();
  for (const row of due) bySupplier.set(row.supplierCode, [...(bySupplier.get(row.supplierCode) ?? []), row]);
  const report: DeliveryReport = { delivered: 0, failed: 0 };
  for (const [code, rows] of bySupplier) {
    const ids = rows.map((r) => r.eventId);
    try {
      await sink(
        code,
        rows.map((r) => r.event as SupplierEvent),
      );
      await inSystemScope(db, (tx) =>
        tx.update(simulatorOutbox).set({ deliveredAt: now, lastError: null }).where(inArray(simulatorOutbox.eventId, ids)),
      );
      report.delivered += rows.length;
    } catch (err) {
      const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      await inSystemScope(db, (tx) =>
        tx
          .update(simulatorOutbox)
          .set({
            attempts: sql`${simulatorOutbox.attempts} + 1`,
            nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
            lastError: message,
          })
          .where(inArray(simulatorOutbox.eventId, ids)),
      );
      report.failed += rows.length;
    }
  }
  return report;
}
