/**
 * Applying stored events to their orders. The applier is a consumer of the event stream: it reads
 * the events after its position in seq order (which is commit order, store-events.ts), applies a
 * batch in one transaction, and in that same transaction puts the dead ones on the dead-letter list
 * and moves its position past the batch — so an event is applied exactly once, the event rows are
 * never written, and an applied event costs no write of its own (the Kafka consumer's model: the
 * position is the acknowledgement). The position's row is locked for the batch (SKIP LOCKED): two
 * instances take turns instead of applying an event twice.
 *
 * One order's events are applied in seq order. If the applier throws, the batch is rolled back and
 * taken again one event per transaction; the one that throws is held back for a retry with backoff
 * (supplier_event_retries) and put on the dead-letter list after MAX_ATTEMPTS failures, and the
 * later events of its order reference are held back behind it, while every other order goes on.
 */
import { eq, sql } from 'drizzle-orm';
import { arrayLiteral } from '../../platform/db/array-literal.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { rawRows } from '../../platform/db/raw-rows.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { eventsToApply } from './event-rows.ts';
import { eventStreamConsumers } from './schema.ts';
import type { ApplyOutcome, EventApplier, StoredSupplierEvent } from './stored-event.ts';

export const MAX_ATTEMPTS = 5;
const RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000];
/** The applier's name among the stream's consumers. */
export const APPLIER_CONSUMER = 'ingest.applier';

/** What a dead event says besides the applier's reasons: the applier itself kept failing. */
export type DeadReason = Extract<ApplyOutcome, { kind: 'dead' }>['reason'] | 'apply_error';

type Settled = { kind: 'applied'; tenantId: string; orderId: string } | { kind: 'dead'; reason: DeadReason; message: string };

export interface SettledEvent {
  seq: number;
  /** Times the applier has now run on it. */
  attempts: number;
  outcome: Settled;
}

/**
 * Records outcomes: dead events go on the dead-letter list (one statement for any number, its
 * columns sent as arrays; a replayed one's reason is replaced and its attempts counted on). Applied
 * events need no row: their effect is on the order, and the position has passed them.
 */
export async function recordOutcomes(tx: Tx, settled: readonly SettledEvent[]): Promise<void> {
  const dead = settled.flatMap((e) => (e.outcome.kind === 'dead' ? [{ seq: e.seq, attempts: e.attempts, ...e.outcome }] : []));
  if (dead.length === 0) return;
  await tx.execute(sql`
    insert into supplier_event_dead_letters (seq, reason, message, attempts)
    select * from unnest(${arrayLiteral(dead.map((d) => d.seq))}::bigint[], ${arrayLiteral(dead.map((d) => d.reason))}::text[],
                         ${arrayLiteral(dead.map((d) => d.message))}::text[], ${arrayLiteral(dead.map((d) => d.attempts))}::int[])
    on conflict (seq) do update
       set reason = excluded.reason, message = excluded.message,
           attempts = supplier_event_dead_letters.attempts + 1, dead_at = now()`);
}

/** The applier's position, locked for this transaction; null while another instance holds it. */
async function lockPosition(tx: Tx): Promise<number | null> {
  const locked = () =>
    tx
      .select({ position: eventStreamConsumers.position })
      .from(eventStreamConsumers)
      .where(eq(eventStreamConsumers.name, APPLIER_CONSUMER))
      .for('update', { skipLocked: true });
  const [row] = await locked();
  if (row) return row.position;
  // Missing (a new database), or held by another instance: only the first needs the row made.
  const made = await tx.insert(eventStreamConsumers).values({ name: APPLIER_CONSUMER }).onConflictDoNothing().returning();
  if (made.length === 0) return null;
  const [again] = await locked();
  return again?.position ?? null;
}

async function setPosition(tx: Tx, seq: number): Promise<void> {
  await tx
    .update(eventStreamConsumers)
    .set({ position: seq, updatedAt: sql`now()` })
    .where(eq(eventStreamConsumers.name, APPLIER_CONSUMER));
}

/** Holds events back behind an earlier one of their order (no attempt yet: they wait their turn). */
async function holdBack(tx: Tx, events: readonly StoredSupplierEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`
    insert into supplier_event_retries (seq, order_ref)
    select * from unnest(${arrayLiteral(events.map((e) => e.seq))}::bigint[], ${arrayLiteral(events.map((e) => e.orderRef))}::text[])`);
}

type Step = { read: number; settled: number } | 'busy';

/** The next batch after the position, applied in one transaction (throws, recording nothing, when the applier did). */
async function applyBatch(db: Db, apply: EventApplier<Tx>, batchSize: number): Promise<Step> {
  return inSystemScope(db, async (tx) => {
    const position = await lockPosition(tx);
    if (position === null) return 'busy';
    const rows = await eventsToApply(tx, sql`e.seq > ${position}`, batchSize);
    const last = rows[rows.length - 1];
    if (!last) return { read: 0, settled: 0 };
    const settled: SettledEvent[] = [];
    const holds: StoredSupplierEvent[] = [];
    for (const { event, held } of rows) {
      if (held) holds.push(event);
      else settled.push({ seq: Number(event.seq), attempts: 1, outcome: await apply(tx, event) });
    }
    await recordOutcomes(tx, settled);
    await holdBack(tx, holds);
    await setPosition(tx, Number(last.event.seq));
    return { read: rows.length, settled: settled.length };
  });
}

const retryDelay = (attempts: number) => RETRY_DELAYS_MS[Math.min(attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 1_000;
const failureText = (attempts: number, err: unknown) =>
  `The applier failed ${attempts} times: ${err instanceof Error ? err.message : String(err)}`.slice(0, 2000);

/**
 * After a batch failed: the events after the position one per transaction, up to batchSize. The
 * one that throws is held back for a retry (its first attempt counted) and the position moves past it.
 */
async function applyOneByOne(
  db: Db,
  apply: EventApplier<Tx>,
  batchSize: number,
  onError: (err: unknown, seq: number | null) => void,
): Promise<{ settled: number; passed: number }> {
  let settled = 0;
  let passed = 0;
  for (let i = 0; i < batchSize; i++) {
    const current: { event: StoredSupplierEvent | null } = { event: null };
    let step: 'busy' | 'done' | 'held' | 'settled';
    try {
      step = await inSystemScope(db, async (tx) => {
        const position = await lockPosition(tx);
        if (position === null) return 'busy';
        const [next] = await eventsToApply(tx, sql`e.seq > ${position}`, 1);
        if (!next) return 'done';
        const { event, held } = next;
        current.event = event;
        if (held) await holdBack(tx, [event]);
        else await recordOutcomes(tx, [{ seq: Number(event.seq), attempts: 1, outcome: await apply(tx, event) }]);
        await setPosition(tx, Number(event.seq));
        return held ? 'held' : 'settled';
      });
    } catch (err) {
      const failed = current.event;
      if (failed === null) throw err;
      const seq = Number(failed.seq);
      onError(err, seq);
      const recorded = await inSystemScope(db, async (tx) => {
        const position = await lockPosition(tx);
        // Another instance has the position now, or has moved past: the event is its to apply.
        if (position === null || position >= seq) return false;
        await tx.execute(sql`
          insert into supplier_event_retries (seq, order_ref, attempts, retry_at)
          values (${seq}, ${failed.orderRef}, 1, now() + ${`${retryDelay(1)} milliseconds`}::interval)`);
        await setPosition(tx, seq);
        return true;
      });
      if (!recorded) break;
      passed++;
      continue;
    }
    if (step === 'busy' || step === 'done') break;
    passed++;
    if (step === 'settled') settled++;
  }
  return { settled, passed };
}

interface Retry {
  seq: number;
  orderRef: string;
  attempts: number;
}

/** The first held event of each order reference, when it is due, oldest first. */
async function dueHeads(db: Db, limit: number): Promise<Retry[]> {
  const rows = await inSystemScope(db, async (tx) =>
    rawRows(
      await tx.execute(sql`
        select seq, order_ref, attempts from (
          select distinct on (order_ref) seq, order_ref, attempts, retry_at from supplier_event_retries order by order_ref, seq) h
         where retry_at is null or retry_at <= now()
         order by seq limit ${limit}`),
    ),
  );
  return rows.map((r) => ({ seq: Number(r.seq), orderRef: String(r.order_ref), attempts: Number(r.attempts) }));
}

/** Applies one held event (locked; skipped while another instance has it), taking it off the list. */
async function applyHeld(db: Db, apply: EventApplier<Tx>, head: Retry): Promise<boolean> {
  return inSystemScope(db, async (tx) => {
    const [locked] = rawRows(await tx.execute(sql`select seq from supplier_event_retries where seq = ${head.seq} for update skip locked`));
    const [row] = locked ? await eventsToApply(tx, sql`e.seq = ${head.seq}`, 1) : [];
    if (!row) return false;
    await recordOutcomes(tx, [{ seq: head.seq, attempts: head.attempts + 1, outcome: await apply(tx, row.event) }]);
    await tx.execute(sql`delete from supplier_event_retries where seq = ${head.seq}`);
    return true;
  });
}

/** A held event threw again: a later retry, or the dead-letter list after MAX_ATTEMPTS. */
async function heldFailed(db: Db, head: Retry, err: unknown): Promise<void> {
  const attempts = head.attempts + 1;
  await inSystemScope(db, async (tx) => {
    if (attempts >= MAX_ATTEMPTS) {
      await recordOutcomes(tx, [
        { seq: head.seq, attempts, outcome: { kind: 'dead', reason: 'apply_error', message: failureText(attempts, err) } },
      ]);
      await tx.execute(sql`delete from supplier_event_retries where seq = ${head.seq}`);
    } else {
      await tx.execute(sql`
        update supplier_event_retries set attempts = ${attempts}, retry_at = now() + ${`${retryDelay(attempts)} milliseconds`}::interval
         where seq = ${head.seq}`);
    }
  });
}

/**
 * The held events whose turn has come: each order's first, when due; once it settles (applied, or
 * dead after its last attempt), the next of its order is first. Returns how many settled.
 */
export async function applyHeldEvents(
  db: Db,
  apply: EventApplier<Tx>,
  onError: (err: unknown, seq: number | null) => void,
): Promise<number> {
  let settled = 0;
  for (;;) {
    const heads = await dueHeads(db, 100);
    let progress = 0;
    for (const head of heads) {
      try {
        if (await applyHeld(db, apply, head)) progress++;
      } catch (err) {
        onError(err, head.seq);
        await heldFailed(db, head, err);
        if (head.attempts + 1 >= MAX_ATTEMPTS) progress++;
      }
    }
    settled += progress;
    if (progress === 0) return settled;
  }
}

/**
 * One step along the stream: a batch, or event by event when the batch failed. How many events were
 * settled, and whether there may be more.
 */
export async function applyDueEvents(
  db: Db,
  apply: EventApplier<Tx>,
  batchSize: number,
  onError: (err: unknown, seq: number | null) => void,
): Promise<{ settled: number; more: boolean }> {
  try {
    const step = await applyBatch(db, apply, batchSize);
    if (step === 'busy') return { settled: 0, more: false };
    return { settled: step.settled, more: step.read === batchSize };
  } catch (err) {
    onError(err, null);
    const { settled, passed } = await applyOneByOne(db, apply, batchSize, onError);
    return { settled, more: passed > 0 };
  }
}

/** Whether anything stored is still to be applied: events after the applier's position, or held back. */
export async function applierBehind(db: Db): Promise<boolean> {
  const [row] = rawRows(
    await db.execute(sql`
      select (select coalesce(max(seq), 0) from supplier_events)
               > coalesce((select position from event_stream_consumers where name = ${APPLIER_CONSUMER}), 0)
          or exists (select 1 from supplier_event_retries) as behind`),
  );
  return row?.behind === true;
}
