import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { rawRows } from '../../../platform/db/raw-rows.ts';

/** Deeper than any real organisation; a corrupt loop stops here instead of running forever. */
const MAX_DEPTH = 64;

/**
 * The chain above a department or employee, in the one order Tripdesk uses everywhere: the node
 * itself first, then its parent, its parent's parent … up to the root (nearest first). Empty when
 * the node does not exist. Each node appears once, even if the data holds a loop.
 */
async function chainOf(tx: Tx, table: 'departments' | 'employees', tenantId: string, id: string): Promise<string[]> {
  const parent = sql.raw(table === 'departments' ? 'parent_id' : 'manager_id');
  const from = sql.raw(table);
  const result = await tx.execute(sql`
    with recursive chain(id, parent, depth) as (
      select id, ${parent}, 0 from ${from} where tenant_id = ${tenantId} and id = ${id}
      union all
      select t.id, t.${parent}, c.depth + 1 from ${from} t
        join chain c on t.tenant_id = ${tenantId} and t.id = c.parent
       where c.depth < ${MAX_DEPTH}
    )
    select id::text as id from chain group by id order by min(depth)`);
  return rawRows(result).map((r) => String(r.id));
}

/** A department and its ancestors, nearest first: [the department, its parent, …, the root]. */
export const departmentChain = (tx: Tx, tenantId: string, departmentId: string): Promise<string[]> =>
  chainOf(tx, 'departments', tenantId, departmentId);

/** An employee and their managers, nearest first: [the employee, their manager, …, the top]. */
export const managerChain = (tx: Tx, tenantId: string, employeeId: string): Promise<string[]> =>
  chainOf(tx, 'employees', tenantId, employeeId);
