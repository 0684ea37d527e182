/**
 * The dead-letter list: events that could not be applied (unknown order reference, a transition
 * the order refuses, bad data, an applier that kept failing). Operations inspect them and replay
 * them — e.g. once the order exists — which applies them now and records the new outcome.
 */
import { and, desc, eq, gte, inArray, lt, lte, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { decodeCursor, invalidCursor, toPage, type Page } from '../../platform/pagination/cursor.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';
import { recordOutcomes } from './apply-events.ts';
import { storedEventOf, type SupplierEventRow } from './event-rows.ts';
import { supplierEventDeadLetters, supplierEvents } from './schema.ts';
import type { EventApplier, StoredSupplierEvent } from './stored-event.ts';

export interface DeadLetter extends StoredSupplierEvent {
  reason: string;
  message: string;
  attempts: number;
}

export interface DeadLetterFilter {
  supplier?: string;
  type?: string;
  reason?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

type DeadRow = typeof supplierEventDeadLetters.$inferSelect;
interface DeadEvent {
  event: SupplierEventRow;
  dead: DeadRow;
}

const deadLetterOf = ({ event, dead }: DeadEvent): DeadLetter => ({
  ...storedEventOf(event),
  reason: dead.reason,
  message: dead.message,
  attempts: dead.attempts,
});

/** Dead letters with their events. */
const deadEvents = (tx: Tx) =>
  tx
    .select({ event: supplierEvents, dead: supplierEventDeadLetters })
    .from(supplierEventDeadLetters)
    .innerJoin(supplierEvents, eq(supplierEvents.seq, supplierEventDeadLetters.seq));

/** Dead events, newest first; `from`/`to` bound the time received. */
export async function listDeadLetters(db: Db, f: DeadLetterFilter): Promise<Page<DeadLetter>> {
  const where: (SQL | undefined)[] = [];
  if (f.supplier !== undefined) where.push(eq(supplierEvents.supplierCode, f.supplier));
  if (f.type !== undefined) where.push(eq(supplierEvents.type, f.type));
  if (f.reason !== undefined) where.push(eq(supplierEventDeadLetters.reason, f.reason));
  if (f.from !== undefined) where.push(gte(supplierEvents.receivedAt, new Date(f.from)));
  if (f.to !== undefined) where.push(lte(supplierEvents.receivedAt, new Date(f.to)));
  // The cursor holds the last seq as the API writes seqs: a decimal string.
  const after = decodeCursor(f.cursor, 1);
  if (after !== null) {
    const [seq] = after;
    if (typeof seq !== 'string' || !/^[1-9]\d{0,15}$/.test(seq) || !Number.isSafeInteger(Number(seq))) throw invalidCursor();
    where.push(lt(supplierEvents.seq, Number(seq)));
  }
  const rows = await inSystemScope(db, (tx) =>
    deadEvents(tx)
      .where(and(...where))
      .orderBy(desc(supplierEventDeadLetters.seq))
      .limit(f.limit + 1),
  );
  return toPage(rows.map(deadLetterOf), f.limit, (d) => [d.seq]);
}

export interface ReplayResult {
  seq: string;
  status: 'applied' | 'dead';
  tenantId: string | null;
  orderId: string | null;
  reason: string | null;
  message: string | null;
}

async function replayIn(tx: Tx, apply: EventApplier<Tx>, actor: Actor, { event: row, dead: before }: DeadEvent): Promise<ReplayResult> {
  const outcome = await apply(tx, storedEventOf(row));
  if (outcome.kind === 'applied') await tx.delete(supplierEventDeadLetters).where(eq(supplierEventDeadLetters.seq, row.seq));
  else await recordOutcomes(tx, [{ seq: row.seq, attempts: before.attempts + 1, outcome }]);
  const seq = String(row.seq);
  const result: ReplayResult =
    outcome.kind === 'applied'
      ? { seq, status: 'applied', tenantId: outcome.tenantId, orderId: outcome.orderId, reason: null, message: null }
      : { seq, status: 'dead', tenantId: null, orderId: null, reason: outcome.reason, message: outcome.message };
  await appendAudit(tx, {
    tenantId: PLATFORM_TENANT,
    actor,
    action: 'ingest.dead_letter_replayed',
    entityType: 'supplier_event',
    entityId: seq,
    summary: `Supplier event ${row.supplierCode}/${row.eventId} (${row.type}, ${row.orderRef}) replayed: ${
      result.status === 'applied' ? 'applied' : `dead again (${result.reason ?? ''})`
    }`,
    data: {
      supplier: row.supplierCode,
      eventId: row.eventId,
      type: row.type,
      orderRef: row.orderRef,
      previousReason: before.reason,
      ...result,
    },
  });
  return result;
}

/** The dead letter locked (a replay elsewhere waits for this one) with its event, or null when it is not dead. */
async function lockedForReplay(tx: Tx, seq: number): Promise<DeadEvent | null> {
  const [row] = await deadEvents(tx).where(eq(supplierEventDeadLetters.seq, seq)).for('update', { of: supplierEventDeadLetters });
  return row ?? null;
}

/** Applies one dead event again, now; its new outcome is recorded and audited. */
export async function replayDeadLetter(db: Db, apply: EventApplier<Tx>, actor: Actor, seq: string): Promise<ReplayResult> {
  return inSystemScope(db, async (tx) => {
    const row = await lockedForReplay(tx, Number(seq));
    if (row) return replayIn(tx, apply, actor, row);
    const [event] = await tx
      .select({ seq: supplierEvents.seq })
      .from(supplierEvents)
      .where(eq(supplierEvents.seq, Number(seq)));
    if (!event) throw new AppError('NOT_FOUND', `No supplier event ${seq}`, { entity: 'supplier_event' });
    throw new AppError('INVALID_STATE', `Supplier event ${seq} is not on the dead-letter list`);
  });
}

/**
 * Replays several dead events, each in its own transaction (one that fails does not undo the
 * others), in seq order; seqs that are not dead are reported as skipped.
 */
export async function replayDeadLetters(
  db: Db,
  apply: EventApplier<Tx>,
  actor: Actor,
  seqs: readonly string[],
): Promise<{ replayed: ReplayResult[]; skipped: string[] }> {
  const unique = [...new Set(seqs.map(Number))].sort((a, b) => a - b);
  const dead = await inSystemScope(db, (tx) =>
    tx.select({ seq: supplierEventDeadLetters.seq }).from(supplierEventDeadLetters).where(inArray(supplierEventDeadLetters.seq, unique)),
  );
  const deadSet = new Set(dead.map((d) => d.seq));
  const replayed: ReplayResult[] = [];
  const skipped: string[] = [];
  for (const seq of unique) {
    if (!deadSet.has(seq)) {
      skipped.push(String(seq));
      continue;
    }
    const result = await inSystemScope(db, async (tx) => {
      const row = await lockedForReplay(tx, seq);
      return row ? replayIn(tx, apply, actor, row) : null;
    });
    if (result) replayed.push(result);
    else skipped.push(String(seq));
  }
  return { replayed, skipped };
}
