import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { scopeExists } from './budget-scope.ts';
import type { BudgetCheck } from './budget-types.ts';
import { checkBudgets } from './check-budgets.ts';
import { isLocalDate } from '../../platform/time/china-time.ts';
import { employees } from '../org/index.ts';

export interface CheckRequestInput {
  employeeId?: string;
  departmentId?: string;
  projectId?: string | null;
  amountFen: number;
  date: string;
}

export interface CheckCaller {
  /** The caller's own employee, if any. */
  employeeId: string | null;
  /** budget.read: may check for anybody and any department. */
  canReadBudgets: boolean;
}

const needsBudgetRead = (what: string) =>
  new AppError('FORBIDDEN', `Checking ${what} needs the permission budget.read`, { permission: 'budget.read' });

/**
 * The budget check a request form shows before submitting (POST /budgets/check): for the caller
 * by default, for another employee or department with budget.read. The department defaults to the
 * employee's own. Nothing is written.
 */
export async function checkBudgetRequest(
  db: Db,
  args: { tenantId: string; caller: CheckCaller; input: CheckRequestInput },
): Promise<BudgetCheck> {
  const { tenantId, caller, input } = args;
  const errors: FieldError[] = [];
  const employeeId = input.employeeId ?? caller.employeeId;
  if (employeeId === null) errors.push({ path: 'employeeId', message: 'required: the caller is not an employee' });
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0) {
    errors.push({ path: 'amountFen', message: 'must be a whole, non-negative number of fen' });
  }
  if (!isLocalDate(input.date)) errors.push({ path: 'date', message: 'not a valid date (YYYY-MM-DD)' });
  if (errors.length > 0 || employeeId === null) throw validationFailed(errors);
  if (employeeId !== caller.employeeId && !caller.canReadBudgets) throw needsBudgetRead('another employee’s budgets');

  return inTenantScope(db, [tenantId], async (tx) => {
    const [employee] = await tx
      .select({ departmentId: employees.departmentId })
      .from(employees)
      .where(and(eq(employees.tenantId, tenantId), eq(employees.id, employeeId)));
    if (!employee) throw validationFailed([{ path: 'employeeId', message: 'no such employee' }]);
    const departmentId = input.departmentId ?? employee.departmentId;
    if (departmentId !== employee.departmentId && !caller.canReadBudgets) throw needsBudgetRead('another department’s budgets');
    const projectId = input.projectId ?? null;
    if (departmentId !== employee.departmentId && !(await scopeExists(tx, tenantId, 'department', departmentId))) {
      errors.push({ path: 'departmentId', message: 'no such department' });
    }
    if (projectId !== null && !(await scopeExists(tx, tenantId, 'project', projectId))) {
      errors.push({ path: 'projectId', message: 'no such project' });
    }
    if (errors.length > 0) throw validationFailed(errors);
    return checkBudgets(tx, { tenantId, employeeId, departmentId, projectId, amountFen: input.amountFen, date: input.date });
  });
}
