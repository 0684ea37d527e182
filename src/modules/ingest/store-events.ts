/**
 * Storing a signed request's events: each checked against the wire format, the valid ones written
 * with ONE insert of unnested column arrays (deduplicated by supplier and event id, repeats within the request included), the
 * invalid ones to the rejects, all in one transaction that commits before the caller answers: what
 * is acknowledged is stored. The applier, which reads on from its position, is woken by a
 * notification sent on commit. */
import { sql } from 'drizzle-orm';
import { arrayLiteral } from '../../platform/db/array-literal.ts';
import type { Db } from '../../platform/db/database.ts';
import { notify } from '../../platform/db/notify.ts';
import { rawRows } from '../../platform/db/raw-rows.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { newId } from '../../platform/ids.ts';
import type { SupplierEvent } from '../suppliers/index.ts';
import { checkEvent, claimedEventId, type EventError } from './event-validation.ts';

/** The channel the applier listens on; the payload is the highest seq just stored. */
export const SUPPLIER_EVENTS_CHANNEL = 'tripdesk_supplier_events';

/**
 * Inserting transactions take this lock so that seq order is commit order: a stream consumer that
 * has read up to seq n can never later find a smaller seq committed behind it.
 */
const APPEND_LOCK = sql`select pg_advisory_xact_lock(hashtextextended('supplier_events:append', 0))`;

export interface IngestingSupplier {
  supplierId: string;
  code: string;
}

export type EventResult =
  | { index: number; eventId: string; result: 'accepted'; seq: string }
  | { index: number; eventId: string; result: 'duplicate' }
  | { index: number; eventId: string | null; result: 'rejected'; errors: EventError[] };

export interface IngestAnswer {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: EventResult[];
}

interface Reject {
  id: string;
  eventId: string | null;
  raw: unknown;
  errors: EventError[];
}

export async function storeEvents(db: Db, supplier: IngestingSupplier, items: readonly unknown[], receivedAt: Date): Promise<IngestAnswer> {
  const results: EventResult[] = new Array<EventResult>(items.length);
  const valid: SupplierEvent[] = [];
  const validIndex: number[] = [];
  const firstIndexOf = new Map<string, number>();
  const rejects: Reject[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const checked = checkEvent(item);
    if (!checked.ok) {
      const eventId = claimedEventId(item);
      rejects.push({ id: newId(), eventId, raw: item ?? null, errors: checked.errors });
      results[i] = { index: i, eventId, result: 'rejected', errors: checked.errors };
    } else if (firstIndexOf.has(checked.event.eventId)) {
      // A repeat within the request: stored once, with the first.
      results[i] = { index: i, eventId: checked.event.eventId, result: 'duplicate' };
    } else {
      firstIndexOf.set(checked.event.eventId, i);
      valid.push(checked.event);
      validIndex.push(i);
    }
  }

  const inserted = new Map<string, string>();
  if (valid.length > 0 || rejects.length > 0) {
    await inSystemScope(db, async (tx) => {
      if (valid.length > 0) {
        await tx.execute(APPEND_LOCK);
        const rows = rawRows(
          await tx.execute(sql`
            insert into supplier_events (supplier_id, supplier_code, event_id, type, order_ref, booking_ref, occurred_at, received_at, data)
            select ${supplier.supplierId}::uuid, ${supplier.code}, e.event_id, e.type, e.order_ref, e.booking_ref, e.occurred_at,
                   ${receivedAt.toISOString()}::timestamptz, e.data::jsonb
              from unnest(${arrayLiteral(valid.map((e) => e.eventId))}::text[], ${arrayLiteral(valid.map((e) => e.type))}::text[],
                          ${arrayLiteral(valid.map((e) => e.orderRef))}::text[], ${arrayLiteral(valid.map((e) => e.bookingRef ?? null))}::text[],
                          ${arrayLiteral(valid.map((e) => e.occurredAt))}::timestamptz[],
                          ${arrayLiteral(valid.map((e) => (e.data === undefined ? null : JSON.stringify(e.data))))}::text[])
                   with ordinality as e(event_id, type, order_ref, booking_ref, occurred_at, data, n)
             order by e.n
            on conflict (supplier_id, event_id) do nothing
            returning seq::text as seq, event_id`),
        );
        let last = '';
        for (const row of rows) {
          inserted.set(String(row.event_id), String(row.seq));
          last = String(row.seq);
        }
        if (rows.length > 0) await notify(tx, SUPPLIER_EVENTS_CHANNEL, last);
      }
      if (rejects.length > 0) {
        await tx.execute(sql`
          insert into supplier_event_rejects (id, supplier_id, supplier_code, event_id, raw, errors, received_at)
          select (r->>'id')::uuid, ${supplier.supplierId}::uuid, ${supplier.code}, r->>'eventId', r->'raw', r->'errors',
                 ${receivedAt.toISOString()}::timestamptz
            from jsonb_array_elements(${JSON.stringify(rejects)}::jsonb) as r`);
      }
    });
  }

  let accepted = 0;
  for (let v = 0; v < valid.length; v++) {
    const event = valid[v];
    const index = validIndex[v];
    if (event === undefined || index === undefined) continue;
    const seq = inserted.get(event.eventId);
    if (seq === undefined) {
      results[index] = { index, eventId: event.eventId, result: 'duplicate' };
    } else {
      results[index] = { index, eventId: event.eventId, result: 'accepted', seq };
      accepted++;
    }
  }
  return { accepted, duplicates: items.length - accepted - rejects.length, rejected: rejects.length, results };
}
