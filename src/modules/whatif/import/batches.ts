import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import type { Actor } from '../../access/index.ts';
import { recordChange } from '../../timeline/index.ts';
import { importedBookingBatches } from '../schema.ts';

export interface ImportBatchView {
  id: string;
  rowCount: number;
  totalFen: number;
  firstBookedAt: string;
  lastBookedAt: string;
  createdByName: string;
  createdAt: string;
}

/** The tenant's imported batches, newest first. */
export async function listImportBatches(db: Db, tenantIds: readonly string[]): Promise<{ items: ImportBatchView[] }> {
  if (tenantIds.length === 0) return { items: [] };
  return inTenantScope(db, tenantIds, async (tx) => {
    const b = importedBookingBatches;
    const rows = await tx
      .select()
      .from(b)
      .where(inArray(b.tenantId, [...tenantIds]))
      .orderBy(desc(b.createdAt), desc(b.id));
    return {
      items: rows.map((r) => ({
        id: r.id,
        rowCount: r.rowCount,
        totalFen: r.totalFen,
        firstBookedAt: r.firstBookedAt.toISOString(),
        lastBookedAt: r.lastBookedAt.toISOString(),
        createdByName: r.createdByName,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  });
}

/** Deletes a batch and its bookings (they stop counting in replays), on the batch's timeline and in the audit log. */
export async function deleteImportBatch(db: Db, args: { tenantId: string; actor: Actor; batchId: string }): Promise<void> {
  const { tenantId, actor, batchId } = args;
  await inTenantScope(db, [tenantId], async (tx: Tx) => {
    const b = importedBookingBatches;
    const [gone] = await tx
      .delete(b)
      .where(and(eq(b.tenantId, tenantId), eq(b.id, batchId)))
      .returning({ rowCount: b.rowCount, totalFen: b.totalFen });
    if (!gone) throw notFound('import batch');
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'imported_booking_batch',
      entityId: batchId,
      type: 'whatif.bookings_import_deleted',
      summary: `Past bookings deleted from what-if: ${gone.rowCount} rows`,
      data: { rows: gone.rowCount, totalFen: gone.totalFen },
    });
  });
}

/** Audit log names of batches: they have none of their own, so the row count and time. */
export async function importBatchLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const b = importedBookingBatches;
  const rows = await tx
    .select({ id: b.id, rowCount: b.rowCount, createdAt: b.createdAt })
    .from(b)
    .where(inArray(b.id, [...ids]));
  return new Map(rows.map((r) => [r.id, `${r.rowCount} bookings · ${r.createdAt.toISOString().slice(0, 10)}`]));
}
