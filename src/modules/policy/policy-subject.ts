import type { Tx } from '../../platform/db/database.ts';
import { AppError, notFound, validationFailed } from '../../platform/errors/app-error.ts';
import { loadTraveller, type TravellerFacts } from './load-traveller.ts';
import type { PolicyCaller } from './policy-types.ts';

/**
 * The employee a resolve or evaluate is about: the caller's own by default; another employee
 * needs policy.manage (403 FORBIDDEN otherwise). A caller who is no employee must name one.
 */
export function subjectEmployeeId(caller: PolicyCaller, employeeId: string | undefined): string {
  const id = employeeId ?? caller.employeeId;
  if (id === null) throw validationFailed([{ path: 'employeeId', message: 'required: the caller is not an employee' }]);
  if (id !== caller.employeeId && !caller.canManage) {
    throw new AppError('FORBIDDEN', 'Asking about another employee’s travel policy needs the permission policy.manage', {
      permission: 'policy.manage',
    });
  }
  return id;
}

/** The employee as a traveller; 404 when the tenant has no such employee. */
export async function subjectTraveller(tx: Tx, tenantId: string, employeeId: string): Promise<TravellerFacts> {
  const traveller = await loadTraveller(tx, tenantId, employeeId);
  if (!traveller) throw notFound('employee');
  return traveller;
}
