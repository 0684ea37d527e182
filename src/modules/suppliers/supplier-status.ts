import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { suppliers, type SupplierStatus } from './schema.ts';
import { forgetSigningSecrets } from './signing-secrets.ts';
import { auditSupplier, supplierRow } from './supplier-rows.ts';
import type { SupplierView } from './supplier-schemas.ts';
import { supplierView } from './supplier-view.ts';
import type { Actor } from '../access/index.ts';

/**
 * Puts a supplier on probation (still asked, watched), suspends it (never called: search skips it,
 * its events are refused by ingestion) or makes it active again, with the reason, audited on the
 * platform's chain. The gateway learns of it within its registry cache time.
 */
export async function changeSupplierStatus(
  db: Db,
  actor: Actor,
  id: string,
  status: SupplierStatus,
  reason: string,
  now = new Date(),
): Promise<SupplierView> {
  const changed = await inSystemScope(db, async (tx) => {
    const before = await supplierRow(tx, id, true);
    const cleanReason = reason.trim();
    if (before.status === status && before.statusReason === cleanReason) return before;
    const [row] = await tx
      .update(suppliers)
      .set({ status, statusReason: cleanReason, statusChangedAt: now, updatedAt: now })
      .where(eq(suppliers.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await auditSupplier(tx, actor, row, 'supplier.status_changed', `Supplier ${row.code}: ${before.status} → ${status}: ${cleanReason}`, {
      from: before.status,
      to: status,
      reason: cleanReason,
    });
    return row;
  });
  forgetSigningSecrets(changed.code);
  return supplierView(changed);
}
