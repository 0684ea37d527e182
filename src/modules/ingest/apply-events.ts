/**
 * Applying stored events to their orders: claimed in seq order (FOR UPDATE SKIP LOCKED, so two
 * instances never take the same event), applied in the claiming transaction, which also records
 * the outcome (applied, or dead with the reason) — an event is applied exactly once.
 *
 * One order's events stay in seq order: an event whose order reference has an earlier event still
 * stored but not claimed here (held by another instance, or waiting for a retry) waits too.
 * A batch is one transaction; if the applier throws, the batch is rolled back and its events are
 * taken one at a time, so that only the one that fails waits for a retry (with backoff), and is put
 * on the dead-letter list after MAX_ATTEMPTS failures.
 */
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { rawRows } from '../../platform/db/raw-rows.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { storedEventOf, type SupplierEventRow } from './event-rows.ts';
import { supplierEvents } from './schema.ts';
import type { ApplyOutcome, EventApplier } from './stored-event.ts';

export const MAX_ATTEMPTS = 5;
const RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000];

/** What a dead event says besides the applier's reasons: the applier itself kept failing. */
export type DeadReason = Extract<ApplyOutcome, { kind: 'dead' }>['reason'] | 'apply_error';

/** Writes the outcomes of applied events (one statement for any number). */
export async function recordOutcomes(tx: Tx, outcomes: readonly { seq: number; outcome: ApplyOutcome }[]): Promise<void> {
  if (outcomes.length === 0) return;
  const rows = outcomes.map(({ seq, outcome }) =>
    outcome.kind === 'applied'
      ? { seq, status: 'applied', tenant_id: outcome.tenantId, order_id: outcome.orderId, dead_reason: null, dead_message: null }
      : { seq, status: 'dead', tenant_id: null, order_id: null, dead_reason: outcome.reason, dead_message: outcome.message },
  );
  await tx.execute(sql`
    update supplier_events s
       set status = u.status, tenant_id = u.tenant_id, order_id = u.order_id, dead_reason = u.dead_reason,
           dead_message = u.dead_message, apply_attempts = s.apply_attempts + 1, retry_at = null,
           applied_at = case when u.status = 'applied' then now() else null end
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           as u(seq bigint, status text, tenant_id uuid, order_id uuid, dead_reason text, dead_message text)
     where s.seq = u.seq`);
}

const due = () => and(eq(supplierEvents.status, 'stored'), or(isNull(supplierEvents.retryAt), lte(supplierEvents.retryAt, sql`now()`)));

/**
 * An array parameter as PostgreSQL's array text: order references ([A-Z0-9-]) and numbers need no
 * quoting. (Drizzle's sql template would spread a JS array into a list of parameters.)
 */
const pgArray = (values: readonly (string | number)[]): string => `{${values.join(',')}}`;

/** The claimed events' order references that have an earlier stored event this claim does not hold. */
async function blockedRefs(tx: Tx, claimed: readonly SupplierEventRow[]): Promise<Set<string>> {
  const refs = [...new Set(claimed.map((r) => r.orderRef))];
  const seqs = claimed.map((r) => r.seq);
  const rows = rawRows(
    await tx.execute(sql`
      select distinct order_ref from supplier_events
       where status = 'stored' and order_ref = any(${pgArray(refs)}::text[]) and seq < ${seqs[seqs.length - 1]}::bigint
         and seq <> all(${pgArray(seqs)}::bigint[])`),
  );
  return new Set(rows.map((r) => String(r.order_ref)));
}

/**
 * Claims up to batchSize due events and applies them in one transaction. Returns how many were
 * claimed and how many were settled (applied or dead); throws when the applier did (nothing is then
 * recorded) — see applyOneByOne.
 */
async function applyBatch(db: Db, apply: EventApplier<Tx>, batchSize: number): Promise<{ claimed: SupplierEventRow[]; settled: number }> {
  return inSystemScope(db, async (tx) => {
    const claimed = await tx
      .select()
      .from(supplierEvents)
      .where(due())
      .orderBy(asc(supplierEvents.seq))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (claimed.length === 0) return { claimed, settled: 0 };
    const blocked = await blockedRefs(tx, claimed);
    const outcomes: { seq: number; outcome: ApplyOutcome }[] = [];
    for (const row of claimed) {
      if (blocked.has(row.orderRef)) continue;
      outcomes.push({ seq: row.seq, outcome: await apply(tx, storedEventOf(row)) });
    }
    await recordOutcomes(tx, outcomes);
    return { claimed, settled: outcomes.length };
  });
}

/** After a batch failed: its events one per transaction; a failing one waits for a retry and holds back its order's later events. */
async function applyOneByOne(
  db: Db,
  apply: EventApplier<Tx>,
  seqs: readonly number[],
  onError: (err: unknown, seq: number) => void,
): Promise<number> {
  const failedRefs = new Set<string>();
  let settled = 0;
  for (const seq of seqs) {
    try {
      const done = await inSystemScope(db, async (tx) => {
        const [row] = await tx
          .select()
          .from(supplierEvents)
          .where(and(eq(supplierEvents.seq, seq), due()))
          .for('update', { skipLocked: true });
        if (!row) return true;
        if (failedRefs.has(row.orderRef) || (await blockedRefs(tx, [row])).size > 0) {
          failedRefs.add(row.orderRef);
          return false;
        }
        await recordOutcomes(tx, [{ seq, outcome: await apply(tx, storedEventOf(row)) }]);
        return true;
      });
      if (done) settled++;
    } catch (err) {
      onError(err, seq);
      const [row] = await db
        .update(supplierEvents)
        .set({ applyAttempts: sql`${supplierEvents.applyAttempts} + 1` })
        .where(and(eq(supplierEvents.seq, seq), eq(supplierEvents.status, 'stored')))
        .returning({ attempts: supplierEvents.applyAttempts, orderRef: supplierEvents.orderRef });
      if (!row) continue;
      failedRefs.add(row.orderRef);
      const message = err instanceof Error ? err.message : String(err);
      if (row.attempts >= MAX_ATTEMPTS) {
        await db
          .update(supplierEvents)
          .set({
            status: 'dead',
            deadReason: 'apply_error',
            deadMessage: `The applier failed ${row.attempts} times: ${message}`.slice(0, 2000),
            retryAt: null,
          })
          .where(eq(supplierEvents.seq, seq));
      } else {
        const delay = RETRY_DELAYS_MS[Math.min(row.attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 1_000;
        await db
          .update(supplierEvents)
          .set({ retryAt: sql`now() + ${`${delay} milliseconds`}::interval` })
          .where(eq(supplierEvents.seq, seq));
      }
    }
  }
  return settled;
}

/** One round: a batch, or event by event when the batch failed. How many events were settled, and whether there may be more. */
export async function applyDueEvents(
  db: Db,
  apply: EventApplier<Tx>,
  batchSize: number,
  onError: (err: unknown, seq: number | null) => void,
): Promise<{ settled: number; more: boolean }> {
  try {
    const { claimed, settled } = await applyBatch(db, apply, batchSize);
    return { settled, more: claimed.length === batchSize && settled > 0 };
  } catch (err) {
    onError(err, null);
    // What the failed batch held: read again (no lock), then one by one.
    const rows = await db
      .select({ seq: supplierEvents.seq })
      .from(supplierEvents)
      .where(due())
      .orderBy(asc(supplierEvents.seq))
      .limit(batchSize);
    const settled = await applyOneByOne(
      db,
      apply,
      rows.map((r) => r.seq),
      onError,
    );
    return { settled, more: settled > 0 };
  }
}
