import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { BudgetScopeType } from './budget-types.ts';
import { costCentres, departments, employees, projects } from '../org/index.ts';

const tables = { department: departments, project: projects, cost_centre: costCentres, employee: employees } as const;

/** Whether the department, project, cost centre or employee a budget is for exists in the tenant. */
export async function scopeExists(tx: Tx, tenantId: string, scopeType: BudgetScopeType, scopeId: string): Promise<boolean> {
  const table = tables[scopeType];
  const rows = await tx
    .select({ one: sql<number>`1` })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), eq(table.id, scopeId)))
    .limit(1);
  return rows.length > 0;
}
