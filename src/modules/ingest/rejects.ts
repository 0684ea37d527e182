/** Events refused by validation, as sent: listed for operations, and dismissed once dealt with. */
import { and, asc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { afterCursor } from '../../platform/pagination/keyset.ts';
import { toPage, type Page } from '../../platform/pagination/cursor.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';
import { supplierEventRejects } from './schema.ts';

export interface RejectView {
  id: string;
  supplierId: string;
  supplierCode: string;
  eventId: string | null;
  raw: unknown;
  errors: { path: string; message: string }[];
  receivedAt: string;
  dismissedAt: string | null;
  dismissedBy: string | null;
  dismissReason: string | null;
}

type RejectRow = typeof supplierEventRejects.$inferSelect;

const rejectView = (r: RejectRow): RejectView => ({
  id: r.id,
  supplierId: r.supplierId,
  supplierCode: r.supplierCode,
  eventId: r.eventId,
  raw: r.raw,
  errors: r.errors,
  receivedAt: r.receivedAt.toISOString(),
  dismissedAt: r.dismissedAt?.toISOString() ?? null,
  dismissedBy: r.dismissedBy,
  dismissReason: r.dismissReason,
});

/** Rejects, oldest first; open ones only unless `dismissed` says otherwise. */
export async function listRejects(
  db: Db,
  f: { supplier?: string; dismissed?: boolean; cursor?: string; limit: number },
): Promise<Page<RejectView>> {
  const t = supplierEventRejects;
  const where: (SQL | undefined)[] = [f.dismissed === true ? isNotNull(t.dismissedAt) : isNull(t.dismissedAt)];
  if (f.supplier !== undefined) where.push(eq(t.supplierCode, f.supplier));
  const cursor = afterCursor(f.cursor, t.receivedAt, t.id);
  if (cursor) where.push(cursor);
  const rows = await inSystemScope(db, (tx) =>
    tx
      .select()
      .from(t)
      .where(and(...where))
      .orderBy(asc(t.receivedAt), asc(t.id))
      .limit(f.limit + 1),
  );
  return toPage(rows.map(rejectView), f.limit, (r) => [r.receivedAt, r.id]);
}

/** Marks a reject dealt with, with the reason; audited. Dismissing a dismissed one is refused. */
export async function dismissReject(db: Db, actor: Actor, id: string, reason: string): Promise<RejectView> {
  return inSystemScope(db, async (tx) => {
    const t = supplierEventRejects;
    const [row] = await tx
      .update(t)
      .set({ dismissedAt: new Date(), dismissedBy: actor.name, dismissReason: reason })
      .where(and(eq(t.id, id), isNull(t.dismissedAt)))
      .returning();
    if (!row) {
      const [exists] = await tx.select({ id: t.id }).from(t).where(eq(t.id, id));
      if (!exists) throw new AppError('NOT_FOUND', 'No such reject', { entity: 'supplier_event_reject' });
      throw new AppError('INVALID_STATE', 'This reject is already dismissed');
    }
    await appendAudit(tx, {
      tenantId: PLATFORM_TENANT,
      actor,
      action: 'ingest.reject_dismissed',
      entityType: 'supplier_event_reject',
      entityId: id,
      summary: `Rejected event from ${row.supplierCode}${row.eventId ? ` (${row.eventId})` : ''} dismissed: ${reason}`,
      data: { supplier: row.supplierCode, eventId: row.eventId, reason },
    });
    return rejectView(row);
  });
}
