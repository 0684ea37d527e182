import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { type FieldError, validationFailed } from '../../platform/errors/app-error.ts';
import type { CostBearerType, CostShare } from './schema.ts';
import type { BudgetShare } from '../budget/index.ts';
import { employees } from '../org/index.ts';

/**
 * 费用归属: who bears a request's estimate. The rule, per request:
 * - the estimate is split equally across the travellers, in fen; the remainder fen (total mod the
 *   number of travellers) goes to the first traveller, so the shares add up to the total exactly;
 * - bearer 'traveller_department' (default): each share is charged to its traveller's own
 *   department (and that department's ancestors' budgets); 'cost_centre' / 'project': every share
 *   is charged to the request's cost centre / project instead of a department;
 * - a project named on the request is charged too when it is not the bearer (as before), and
 *   each traveller's personal budget always bears their own share.
 */

export interface BearerFields {
  travellerIds: readonly string[];
  estimatedTotalFen: number;
  costBearer: CostBearerType;
  projectId: string | null;
  costCentreId: string | null;
}

/** The equal split, remainder on the first traveller. Pure. */
export function splitEqually(totalFen: number, travellerIds: readonly string[]): { travellerId: string; amountFen: number }[] {
  const n = travellerIds.length;
  if (n === 0) return [];
  const each = Math.floor(totalFen / n);
  const remainder = totalFen - each * n;
  return travellerIds.map((travellerId, i) => ({ travellerId, amountFen: each + (i === 0 ? remainder : 0) }));
}

/** The bearer needs what it names: a cost centre or a project on the request. */
export function checkBearer(fields: Pick<BearerFields, 'costBearer' | 'projectId' | 'costCentreId'>, errors: FieldError[]): void {
  if (fields.costBearer === 'cost_centre' && fields.costCentreId === null)
    errors.push({ path: 'costCentreId', message: 'required when the cost centre bears the cost' });
  if (fields.costBearer === 'project' && fields.projectId === null)
    errors.push({ path: 'projectId', message: 'required when the project bears the cost' });
}

/** Each traveller's share and its bearer, with the travellers' departments as they are now. */
export async function costSharesOf(tx: Tx, tenantId: string, fields: BearerFields): Promise<CostShare[]> {
  const errors: FieldError[] = [];
  checkBearer(fields, errors);
  if (errors.length > 0) throw validationFailed(errors);
  const split = splitEqually(fields.estimatedTotalFen, fields.travellerIds);
  if (fields.costBearer === 'cost_centre' && fields.costCentreId !== null) {
    const bearerId = fields.costCentreId;
    return split.map((s) => ({ ...s, bearerType: 'cost_centre', bearerId }));
  }
  if (fields.costBearer === 'project' && fields.projectId !== null) {
    const bearerId = fields.projectId;
    return split.map((s) => ({ ...s, bearerType: 'project', bearerId }));
  }
  const rows =
    fields.travellerIds.length === 0
      ? []
      : await tx
          .select({ id: employees.id, departmentId: employees.departmentId })
          .from(employees)
          .where(and(eq(employees.tenantId, tenantId), inArray(employees.id, [...fields.travellerIds])));
  const departmentOf = new Map(rows.map((r) => [r.id, r.departmentId]));
  return split.map((s, i) => {
    const departmentId = departmentOf.get(s.travellerId);
    if (departmentId === undefined) throw validationFailed([{ path: `travellerIds[${i}]`, message: 'no such employee' }]);
    return { ...s, bearerType: 'department', bearerId: departmentId };
  });
}

/** The shares as the budgets see them: the bearer's scope, the request's project besides, the traveller. */
export function budgetSharesOf(shares: readonly CostShare[], projectId: string | null): BudgetShare[] {
  return shares.map((s) => ({
    employeeId: s.travellerId,
    departmentId: s.bearerType === 'department' ? s.bearerId : null,
    projectId: s.bearerType === 'project' ? s.bearerId : projectId,
    costCentreId: s.bearerType === 'cost_centre' ? s.bearerId : null,
    amountFen: s.amountFen,
  }));
}
