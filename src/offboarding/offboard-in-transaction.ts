import type { Tx } from '../platform/db/database.ts';
import { validationFailed } from '../platform/errors/app-error.ts';
import type { Actor } from '../modules/access/index.ts';
import { handOverApprovals, type HandedOver, type SubjectRegistry, type TimerRequest } from '../modules/approval/index.ts';
import { type AccessEnded, employeeOfActor, employeesWithRole, endEmployeeAccess } from '../modules/auth/index.ts';
import { notifyInApp } from '../modules/notify/index.ts';
import { employeeLabels, managerChain, type StatusChangedEmployee } from '../modules/org/index.ts';
import { recordChange } from '../modules/timeline/index.ts';

/** Who takes a departing employee's approvals when nobody is named: their manager, or the next active one up. */
export async function defaultSuccessor(tx: Tx, tenantId: string, leaverId: string): Promise<string | null> {
  const above = (await managerChain(tx, tenantId, leaverId)).filter((id) => id !== leaverId);
  const labels = await employeeLabels(tx, tenantId, above);
  return above.find((id) => labels.get(id)?.active === true) ?? null;
}

/** The tenant's travel admins, the acting one first: who takes what no successor can. */
export async function fallbackApprovers(
  tx: Tx,
  tenantId: string,
  actor: Actor,
): Promise<{ actorEmployeeId: string | null; admins: string[] }> {
  const actorEmployeeId = await employeeOfActor(tx, actor);
  const admins = (await employeesWithRole(tx, tenantId, 'travel_admin')).sort((a, b) =>
    a === actorEmployeeId ? -1 : b === actorEmployeeId ? 1 : a.localeCompare(b),
  );
  return { actorEmployeeId, admins };
}

export interface Offboarded {
  employeeId: string;
  /** Who was to take the approvals (named, or the manager); null when there was nobody. */
  successorId: string | null;
  successorName: string | null;
  access: AccessEnded;
  handedOver: (HandedOver & { toName: string | null })[];
}

/**
 * 办理离职, in the transaction that deactivated the employee (by hand, CSV import or HR sync):
 * their access ends (accounts disabled, sessions deleted, API keys revoked, caches told), every
 * approval waiting on them goes to the successor (the one named, else their manager) or, where
 * the successor cannot take it, to a travel admin, with a 离职交接 timeline entry; the travel
 * admins are notified of anything that fell back to them or found nobody. One employee-timeline
 * event (employee.offboarded) and audit entry say what was done. Timers the hand-over asks for are
 * added to `timers`, to be sent after the commit.
 */
export async function offboardInTransaction(
  tx: Tx,
  args: {
    tenantId: string;
    actor: Actor;
    leaver: StatusChangedEmployee;
    /** A person named by the admin; null takes the manager. */
    successorId: string | null;
    subjects: SubjectRegistry;
    timers: TimerRequest[];
    now: Date;
  },
): Promise<Offboarded> {
  const { tenantId, actor, leaver, now } = args;
  if (args.successorId !== null) await assertSuccessor(tx, tenantId, leaver.id, args.successorId);
  const access = await endEmployeeAccess(tx, { tenantId, actor, employeeId: leaver.id, now });
  const successorId = args.successorId ?? (await defaultSuccessor(tx, tenantId, leaver.id));
  const { actorEmployeeId, admins } = await fallbackApprovers(tx, tenantId, actor);
  const work = { tx, tenantId, now, actor, subjects: args.subjects, timers: args.timers };
  const handedOver = await handOverApprovals(work, {
    leaverId: leaver.id,
    successorId,
    fallbackIds: admins.filter((id) => id !== leaver.id),
    by: actorEmployeeId,
  });
  const labels = await employeeLabels(tx, tenantId, [successorId, ...handedOver.map((h) => h.toId)]);
  const unattended = handedOver.filter((h) => h.fallback || (h.toId === null && !h.asDelegate));
  if (unattended.length > 0) {
    await notifyInApp(tx, {
      tenantId,
      recipientIds: admins.filter((id) => id !== leaver.id),
      template: 'offboarding_fallback',
      data: {
        employeeId: leaver.id,
        employeeName: leaver.name,
        count: unattended.length,
        unassigned: unattended.filter((h) => h.toId === null).length,
        codes: unattended.map((h) => h.code ?? h.instanceId),
      },
      link: unattended.length === 1 && unattended[0] ? unattended[0].link : `/employees/${leaver.id}`,
    });
  }
  await recordChange(tx, {
    tenantId,
    actor,
    entityType: 'employee',
    entityId: leaver.id,
    type: 'employee.offboarded',
    summary:
      `Employee ${leaver.employeeNo} ${leaver.name} offboarded: ${access.sessionsEnded} sessions ended, ` +
      `${access.apiKeysRevoked.length} API keys revoked, ${handedOver.length} pending approvals handed over`,
    data: {
      successorId,
      successorName: successorId === null ? null : (labels.get(successorId)?.name ?? null),
      accounts: access.accounts,
      sessionsEnded: access.sessionsEnded,
      apiKeysRevoked: access.apiKeysRevoked.map((k) => k.name),
      handedOver: handedOver.map((h) => ({
        instanceId: h.instanceId,
        code: h.code,
        toId: h.toId,
        toName: h.toId === null ? null : (labels.get(h.toId)?.name ?? null),
        fallback: h.fallback,
        asDelegate: h.asDelegate,
      })),
    },
    at: now,
  });
  const nameOf = (id: string | null) => (id === null ? null : (labels.get(id)?.name ?? null));
  return {
    employeeId: leaver.id,
    successorId,
    successorName: nameOf(successorId),
    access,
    handedOver: handedOver.map((h) => ({ ...h, toName: nameOf(h.toId) })),
  };
}

/** A named successor must be another active employee of the tenant. */
export async function assertSuccessor(tx: Tx, tenantId: string, leaverId: string, successorId: string): Promise<void> {
  const label = (await employeeLabels(tx, tenantId, [successorId])).get(successorId);
  const problem =
    successorId === leaverId ? 'cannot be the departing employee' : !label ? 'no such employee' : !label.active ? 'is not active' : null;
  if (problem !== null) throw validationFailed([{ path: 'successorId', message: problem }]);
}
