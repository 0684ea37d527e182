import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { departments } from '../schema.ts';
import type { DepartmentState } from './plan-hr-departments.ts';

/**
 * Writes synced departments with multi-row statements: new ones first without parents, then the
 * code, name, parent and external id of every new or changed one, so parents may come in any order.
 */
export async function writeDepartments(tx: Tx, tenantId: string, creates: DepartmentState[], updates: DepartmentState[]): Promise<void> {
  if (creates.length > 0) {
    await tx
      .insert(departments)
      .values(creates.map((d) => ({ tenantId, id: d.id, code: d.code, name: d.name, parentId: null, externalId: d.externalId })));
  }
  const changed = [...updates, ...creates.filter((d) => d.parentId !== null)];
  if (changed.length === 0) return;
  const rows = changed.map((d) => sql`(${d.id}::uuid, ${d.code}::text, ${d.name}::text, ${d.parentId}::uuid, ${d.externalId}::text)`);
  await tx.execute(sql`
    update departments as d set code = v.code, name = v.name, parent_id = v.parent_id, external_id = v.external_id, updated_at = now()
    from (values ${sql.join(rows, sql`, `)}) as v(id, code, name, parent_id, external_id)
    where d.tenant_id = ${tenantId} and d.id = v.id`);
}
