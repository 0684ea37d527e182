import type { PiiCipher } from '../platform/crypto/pii.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors/app-error.ts';
import type { Scheduler } from '../platform/jobs/scheduler.ts';
import type { Actor } from '../modules/access/index.ts';
import type { SubjectRegistry } from '../modules/approval/index.ts';
import { type EmployeeView, getEmployee, type PiiViewer, updateEmployee } from '../modules/org/index.ts';
import type { Offboarded } from './offboard-in-transaction.ts';
import { offboardingHook } from './offboarding-hook.ts';

export interface OffboardResult extends Offboarded {
  employee: EmployeeView;
}

/**
 * 办理离职 from the console or the API: deactivates the employee and, in the same transaction,
 * offboards them with the successor named (or their manager). An employee who is already inactive
 * is INVALID_STATE (deactivating again would hand nothing over); another tenant's is NOT_FOUND.
 */
export async function offboardEmployee(
  deps: { db: Db; cipher: PiiCipher; scheduler: Scheduler; subjects?: SubjectRegistry },
  args: { tenantId: string; actor: Actor; viewer: PiiViewer; employeeId: string; successorId: string | null },
): Promise<OffboardResult> {
  const { db, cipher } = deps;
  const before = await getEmployee(db, { tenantIds: [args.tenantId], cipher, viewer: args.viewer, id: args.employeeId });
  if (before.status === 'inactive') throw new AppError('INVALID_STATE', 'The employee is already inactive', { status: before.status });
  const box: { done: Offboarded | null } = { done: null };
  const employee = await updateEmployee(db, {
    tenantId: args.tenantId,
    actor: args.actor,
    cipher,
    viewer: args.viewer,
    id: args.employeeId,
    input: { status: 'inactive' },
    onStatusChange: offboardingHook(deps.scheduler, {
      subjects: deps.subjects,
      named: args.successorId,
      done: (o) => {
        box.done = o;
      },
    }),
  });
  const result = box.done;
  if (result === null) throw new AppError('INVALID_STATE', 'The employee is already inactive');
  return { ...result, employee };
}
