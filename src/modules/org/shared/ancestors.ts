import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { rawRows } from './raw-rows.ts';

/**
 * The chain above a department or employee (itself first, then its parent, …), read with a
 * recursive query. UNION (not UNION ALL) stops at a row already seen, so even a corrupt loop ends.
 */
async function chainOf(tx: Tx, table: 'departments' | 'employees', tenantId: string, id: string): Promise<string[]> {
  const parent = sql.raw(table === 'departments' ? 'parent_id' : 'manager_id');
  const from = sql.raw(table);
  const result = await tx.execute(sql`
    with recursive chain(id, parent) as (
      select id, ${parent} from ${from} where tenant_id = ${tenantId} and id = ${id}
      union
      select t.id, t.${parent} from ${from} t join chain c on t.tenant_id = ${tenantId} and t.id = c.parent
    )
    select id from chain`);
  return rawRows(result).map((r) => String(r.id));
}

export const departmentChain = (tx: Tx, tenantId: string, id: string) => chainOf(tx, 'departments', tenantId, id);
export const managerChain = (tx: Tx, tenantId: string, id: string) => chainOf(tx, 'employees', tenantId, id);
