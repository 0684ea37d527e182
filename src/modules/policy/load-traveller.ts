import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { Traveller } from './engine/index.ts';
import { departments, employees, ranks, departmentChain } from '../org/index.ts';

/** The engine's Traveller read from the organisation, with the names explanations use. */
export interface TravellerFacts extends Traveller {
  rankName: string;
  departmentName: string;
}

/** An employee as a traveller: their rank's code and level, their department chain. Null when not an employee of the tenant. */
export async function loadTraveller(tx: Tx, tenantId: string, employeeId: string): Promise<TravellerFacts | null> {
  const [row] = await tx
    .select({
      rankCode: employees.rank,
      rankName: ranks.name,
      rankLevel: ranks.level,
      departmentId: employees.departmentId,
      departmentName: departments.name,
    })
    .from(employees)
    .innerJoin(ranks, and(eq(ranks.tenantId, employees.tenantId), eq(ranks.code, employees.rank)))
    .innerJoin(departments, and(eq(departments.tenantId, employees.tenantId), eq(departments.id, employees.departmentId)))
    .where(and(eq(employees.tenantId, tenantId), eq(employees.id, employeeId)));
  if (!row) return null;
  return { employeeId, ...row, departmentChain: await departmentChain(tx, tenantId, row.departmentId) };
}

/**
 * A traveller of a rank in a department, for previews: null for the field that does not exist
 * in the tenant.
 */
export async function sampleTraveller(
  tx: Tx,
  tenantId: string,
  label: string,
  rankCode: string,
  departmentId: string,
): Promise<{ traveller: TravellerFacts | null; unknown: ('rankCode' | 'departmentId')[] }> {
  const [rank] = await tx
    .select()
    .from(ranks)
    .where(and(eq(ranks.tenantId, tenantId), eq(ranks.code, rankCode)));
  const [department] = await tx
    .select({ name: departments.name })
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.id, departmentId)));
  const unknown: ('rankCode' | 'departmentId')[] = [
    ...(rank ? [] : ['rankCode' as const]),
    ...(department ? [] : ['departmentId' as const]),
  ];
  if (!rank || !department) return { traveller: null, unknown };
  const chain = await departmentChain(tx, tenantId, departmentId);
  return {
    traveller: {
      employeeId: label,
      rankCode,
      rankName: rank.name,
      rankLevel: rank.level,
      departmentId,
      departmentName: department.name,
      departmentChain: chain,
    },
    unknown,
  };
}
