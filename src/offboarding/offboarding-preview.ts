import type { Db } from '../platform/db/database.ts';
import { inTenantScope } from '../platform/db/scope.ts';
import { notFound } from '../platform/errors/app-error.ts';
import type { Actor } from '../modules/access/index.ts';
import { loadApprovalOrg, planHandover, type PlannedHandover } from '../modules/approval/index.ts';
import { employeeAccessSummary } from '../modules/auth/index.ts';
import { employeeLabels, employees } from '../modules/org/index.ts';
import { and, eq } from 'drizzle-orm';
import { assertSuccessor, defaultSuccessor, fallbackApprovers } from './offboard-in-transaction.ts';

interface Person {
  employeeId: string;
  name: string;
}

export interface OffboardingPreview {
  employee: Person & { status: 'active' | 'inactive' };
  /** Who would take the approvals: the person named, else the manager (or the next active one up); null when nobody. */
  successor: (Person & { isManager: boolean }) | null;
  sessions: number;
  apiKeys: { id: string; name: string }[];
  pending: (Omit<PlannedHandover, 'toId' | 'subjectType' | 'subjectId'> & { to: Person | null })[];
}

/** What offboarding the employee would do now, with the successor named or by default (the dialog's summary); changes nothing. */
export async function offboardingPreview(
  db: Db,
  args: { tenantId: string; actor: Actor; employeeId: string; successorId: string | null; now?: Date },
): Promise<OffboardingPreview> {
  const { tenantId, employeeId } = args;
  const now = args.now ?? new Date();
  return inTenantScope(db, [tenantId], async (tx) => {
    const [row] = await tx
      .select({ id: employees.id, name: employees.name, status: employees.status, managerId: employees.managerId })
      .from(employees)
      .where(and(eq(employees.tenantId, tenantId), eq(employees.id, employeeId)));
    if (!row) throw notFound('employee');
    if (args.successorId !== null) await assertSuccessor(tx, tenantId, employeeId, args.successorId);
    const successorId = args.successorId ?? (await defaultSuccessor(tx, tenantId, employeeId));
    const access = await employeeAccessSummary(tx, tenantId, employeeId, now);
    const { admins } = await fallbackApprovers(tx, tenantId, args.actor);
    const plans = await planHandover(
      tx,
      tenantId,
      { leaverId: employeeId, successorId, fallbackIds: admins.filter((id) => id !== employeeId) },
      async () => (await loadApprovalOrg(tx, tenantId, now)).directory,
    );
    const labels = await employeeLabels(tx, tenantId, [successorId, ...plans.map((p) => p.toId)]);
    const person = (id: string | null): Person | null => (id === null ? null : { employeeId: id, name: labels.get(id)?.name ?? id });
    const successor = person(successorId);
    return {
      employee: { employeeId: row.id, name: row.name, status: row.status },
      successor: successor === null ? null : { ...successor, isManager: args.successorId === null && successorId === row.managerId },
      sessions: access.sessionsEnded,
      apiKeys: access.apiKeysRevoked,
      pending: plans.map((p) => ({
        instanceId: p.instanceId,
        code: p.code,
        title: p.title,
        stageName: p.stageName,
        asDelegate: p.asDelegate,
        fallback: p.fallback,
        to: person(p.toId),
      })),
    };
  });
}
