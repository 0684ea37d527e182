import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { suppliers } from './schema.ts';
import type { SupplierRow } from './supplier-view.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';

/** A supplier's row (locked for update when asked); 404 when there is none. */
export async function supplierRow(tx: Tx, id: string, lock = false): Promise<SupplierRow> {
  const query = tx.select().from(suppliers).where(eq(suppliers.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('supplier');
  return row;
}

/** Suppliers serve every tenant: their changes are audited on the platform's chain. */
export const auditSupplier = (
  tx: Tx,
  actor: Actor,
  row: SupplierRow,
  action: string,
  summary: string,
  data: Record<string, unknown> = {},
) =>
  appendAudit(tx, {
    tenantId: PLATFORM_TENANT,
    actor,
    action,
    entityType: 'supplier',
    entityId: row.id,
    summary,
    data: { code: row.code, name: row.nameZh, ...data },
  });
