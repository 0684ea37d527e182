import { approvalSubjects } from '../approval-subjects.ts';
import { runnerScheduler, type Scheduler } from '../platform/jobs/scheduler.ts';
import type { AppDeps } from '../platform/http/types.ts';
import { flushTimers, type SubjectRegistry, type TimerRequest } from '../modules/approval/index.ts';
import { restoreEmployeeAccess } from '../modules/auth/index.ts';
import type { EmployeeStatusHook } from '../modules/org/index.ts';
import { offboardInTransaction, type Offboarded } from './offboard-in-transaction.ts';

/**
 * What org is given to be told of status changes: each employee deactivated (by hand, CSV import
 * or HR sync) is offboarded in the same transaction with their manager as successor; a reactivated
 * one may sign in again (handed-over approvals stay where they went). `named` is the successor an
 * admin chose in the offboarding dialog; `done` receives what was done for each leaver.
 */
export function offboardingHook(
  scheduler: Scheduler,
  opts: { subjects?: SubjectRegistry; named?: string | null; done?: (o: Offboarded) => void } = {},
): EmployeeStatusHook {
  return async (tx, change) => {
    const timers: TimerRequest[] = [];
    const now = new Date();
    for (const leaver of change.deactivated) {
      const done = await offboardInTransaction(tx, {
        tenantId: change.tenantId,
        actor: change.actor,
        leaver,
        successorId: opts.named ?? null,
        subjects: opts.subjects ?? approvalSubjects,
        timers,
        now,
      });
      opts.done?.(done);
    }
    for (const back of change.reactivated) {
      await restoreEmployeeAccess(tx, { tenantId: change.tenantId, actor: change.actor, employeeId: back.id, now });
    }
    return () => flushTimers(scheduler, timers);
  };
}

/** The hook for the running server's org routes. */
export const offboardingHookOf = (deps: AppDeps): EmployeeStatusHook => offboardingHook(runnerScheduler(deps.jobs));
