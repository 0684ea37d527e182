import { AppError } from '../../../platform/errors/app-error.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { wouldCreateCycle } from '../rules/hierarchy.ts';
import { employees } from '../schema.ts';
import { managerChain } from '../read/chains.ts';
import type { FieldCollector } from '../shared/field-errors.ts';
import { costCentreExists, departmentExists, employeeExists, missingProjectIds, rankExists, valueTaken } from '../shared/lookups.ts';
import type { EmployeeFields } from './employee-input.ts';

/**
 * Checks what an employee's new values refer to, in the tenant's transaction: unknown references
 * are field errors (VALIDATION_FAILED), a taken employee number, email or external id is
 * DUPLICATE, and a manager line that loops is HIERARCHY_CYCLE. employeeId is null for a new one.
 */
export async function checkEmployeeReferences(
  tx: Tx,
  tenantId: string,
  employeeId: string | null,
  values: EmployeeFields,
  fields: FieldCollector,
  /** The project ids as the caller sent them, so that errors point at the right index. */
  sentProjectIds?: readonly string[],
): Promise<void> {
  if (values.rank !== undefined && !(await rankExists(tx, tenantId, values.rank))) fields.add('rank', 'no such rank');
  if (values.departmentId !== undefined && !(await departmentExists(tx, tenantId, values.departmentId))) {
    fields.add('departmentId', 'no such department');
  }
  const managerId = values.managerId ?? null;
  if (managerId !== null && managerId !== employeeId && !(await employeeExists(tx, tenantId, managerId))) {
    fields.add('managerId', 'no such employee');
  }
  if (values.costCentreId != null && !(await costCentreExists(tx, tenantId, values.costCentreId))) {
    fields.add('costCentreId', 'no such cost centre');
  }
  const missing = new Set(await missingProjectIds(tx, tenantId, values.projectIds ?? []));
  (sentProjectIds ?? values.projectIds ?? []).forEach((id, i) => {
    if (missing.has(id)) fields.add(`projectIds[${i}]`, 'no such project');
  });
  fields.assertValid();

  if (managerId !== null && employeeId !== null) {
    const ancestors = await managerChain(tx, tenantId, managerId);
    if (wouldCreateCycle(employeeId, managerId, ancestors)) {
      throw new AppError('HIERARCHY_CYCLE', 'An employee cannot report to themself or to someone who reports to them', {
        errors: [{ path: 'managerId', message: 'reports (directly or indirectly) to this employee' }],
      });
    }
  }

  const taken: { path: string; message: string }[] = [];
  if (values.employeeNo !== undefined && (await valueTaken(tx, employees, employees.employeeNo, tenantId, values.employeeNo, employeeId))) {
    taken.push({ path: 'employeeNo', message: `employee number ${values.employeeNo} is already used` });
  }
  if (values.email != null && (await valueTaken(tx, employees, employees.email, tenantId, values.email, employeeId))) {
    taken.push({ path: 'email', message: `email ${values.email} is already used` });
  }
  if (values.externalId != null && (await valueTaken(tx, employees, employees.externalId, tenantId, values.externalId, employeeId))) {
    taken.push({ path: 'externalId', message: `external id ${values.externalId} is already used` });
  }
  if (taken.length > 0) throw new AppError('DUPLICATE', taken.map((t) => t.message).join('; '), { errors: taken });
}
