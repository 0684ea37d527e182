/**
 * The stored events as a stream (for monitoring and other consumers): read after a position, in
 * seq order. seq order is commit order (ingestion serialises its inserts), so a consumer that has
 * finished position n never finds a smaller seq committed later.
 *
 * consumeStream runs a consumer's handler in the same transaction that moves its position, so
 * after a crash or restart it resumes where it committed: no event lost, none handled twice.
 */
import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { storedEventOf } from './event-rows.ts';
import { eventStreamConsumers, supplierEvents } from './schema.ts';
import type { StoredSupplierEvent } from './stored-event.ts';

export interface StreamQuery {
  /** Events after this seq ('0' or absent: from the start). */
  after?: string;
  limit: number;
  supplierId?: string;
  orderRef?: string;
  types?: readonly string[];
}

/** Events after a position, oldest first. */
export async function readEventStream(tx: Tx | Db, q: StreamQuery): Promise<StoredSupplierEvent[]> {
  const where: (SQL | undefined)[] = [gt(supplierEvents.seq, Number(q.after ?? '0'))];
  if (q.supplierId !== undefined) where.push(eq(supplierEvents.supplierId, q.supplierId));
  if (q.orderRef !== undefined) where.push(eq(supplierEvents.orderRef, q.orderRef));
  if (q.types !== undefined && q.types.length > 0) where.push(inArray(supplierEvents.type, [...q.types]));
  const rows = await tx
    .select()
    .from(supplierEvents)
    .where(and(...where))
    .orderBy(asc(supplierEvents.seq))
    .limit(q.limit);
  return rows.map(storedEventOf);
}

export type StreamHandler = (tx: Tx, events: StoredSupplierEvent[]) => Promise<void>;

const CONSUMER_NAME = /^[a-z][a-z0-9_.:-]{0,99}$/;

/**
 * Feeds a consumer everything after its position, a batch per transaction, until it has caught up;
 * returns how many events it handled. The consumer's row is locked while a batch is handled, so two
 * instances of one consumer take turns instead of handling a batch twice. A handler that throws
 * rolls back its batch and its position.
 */
export async function consumeStream(
  db: Db,
  consumerName: string,
  handler: StreamHandler,
  opts: { batchSize?: number } = {},
): Promise<number> {
  if (!CONSUMER_NAME.test(consumerName)) throw new Error(`not a consumer name: ${consumerName}`);
  const batchSize = opts.batchSize ?? 500;
  let handled = 0;
  for (;;) {
    const count = await inSystemScope(db, async (tx) => {
      await tx.insert(eventStreamConsumers).values({ name: consumerName }).onConflictDoNothing();
      const [consumer] = await tx.select().from(eventStreamConsumers).where(eq(eventStreamConsumers.name, consumerName)).for('update');
      if (!consumer) throw new Error(`stream consumer ${consumerName} vanished`);
      const events = await readEventStream(tx, { after: String(consumer.position), limit: batchSize });
      const last = events[events.length - 1];
      if (!last) return 0;
      await handler(tx, events);
      await tx
        .update(eventStreamConsumers)
        .set({ position: Number(last.seq), updatedAt: sql`now()` })
        .where(eq(eventStreamConsumers.name, consumerName));
      return events.length;
    });
    handled += count;
    if (count < batchSize) return handled;
  }
}

/** A consumer's position ('0' when it has never consumed). */
export async function streamPosition(db: Db, consumerName: string): Promise<string> {
  const [row] = await db
    .select({ position: eventStreamConsumers.position })
    .from(eventStreamConsumers)
    .where(eq(eventStreamConsumers.name, consumerName));
  return String(row?.position ?? 0);
}
