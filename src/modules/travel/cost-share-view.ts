import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { costSharesOf } from './cost-shares.ts';
import type { CostShare } from './schema.ts';
import type { TravelRequestRow } from './travel-request-view.ts';
import { costCentres, departments, type EmployeeLabel, nameIn, projects } from '../org/index.ts';

export interface CostShareView extends CostShare {
  travellerName: string;
  bearerName: string;
}

async function namesOf(tx: Tx, tenantId: string, shares: readonly CostShare[], extra: { costCentreId: string | null }) {
  const ids = (type: CostShare['bearerType']) => [...new Set(shares.filter((s) => s.bearerType === type).map((s) => s.bearerId))];
  const names = new Map<string, string>();
  const deptIds = ids('department');
  const ccIds = [...new Set([...ids('cost_centre'), ...(extra.costCentreId === null ? [] : [extra.costCentreId])])];
  const projectIds = ids('project');
  if (deptIds.length > 0)
    for (const r of await tx
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(eq(departments.tenantId, tenantId), inArray(departments.id, deptIds))))
      names.set(r.id, r.name);
  if (ccIds.length > 0)
    for (const r of await tx
      .select({ id: costCentres.id, name: costCentres.name })
      .from(costCentres)
      .where(and(eq(costCentres.tenantId, tenantId), inArray(costCentres.id, ccIds))))
      names.set(r.id, r.name);
  if (projectIds.length > 0)
    for (const r of await tx
      .select({ id: projects.id, name: projects.name })
      .from(projects)
      .where(and(eq(projects.tenantId, tenantId), inArray(projects.id, projectIds))))
      names.set(r.id, r.name);
  return names;
}

/**
 * The shares a request's view shows: as charged (stored at submission or the last applied change),
 * or for a draft as they would be charged now; with the travellers' and bearers' names.
 */
export async function costShareViews(
  tx: Tx,
  tenantId: string,
  row: TravelRequestRow,
  labels: Map<string, EmployeeLabel>,
): Promise<{ shares: CostShareView[]; costCentreName: string | null }> {
  let shares: CostShare[] = row.costShares ?? [];
  if (row.costShares === null) {
    try {
      shares = await costSharesOf(tx, tenantId, row);
    } catch (e) {
      // A draft whose traveller has since left: it cannot be charged; submitting says why.
      if (!(e instanceof AppError)) throw e;
    }
  }
  const names = await namesOf(tx, tenantId, shares, row);
  return {
    shares: shares.map((s) => ({ ...s, travellerName: nameIn(labels, s.travellerId), bearerName: names.get(s.bearerId) ?? '' })),
    costCentreName: row.costCentreId === null ? null : (names.get(row.costCentreId) ?? null),
  };
}
