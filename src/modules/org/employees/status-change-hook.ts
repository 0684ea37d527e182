import type { Tx } from '../../../platform/db/database.ts';
import type { EmployeeRecord } from './employee-record.ts';
import type { Actor } from '../../access/index.ts';

/** An employee whose status has just changed, as it now stands. */
export interface StatusChangedEmployee {
  id: string;
  employeeNo: string;
  name: string;
  managerId: string | null;
}

/** Who was deactivated (离职) and who reactivated by one write (by hand, CSV import or HR sync). */
export interface EmployeeStatusChange {
  tenantId: string;
  actor: Actor;
  /** How the change came: PATCH of one employee, a CSV import, or an HR sync. */
  via: 'update' | 'import' | 'hr_sync';
  deactivated: StatusChangedEmployee[];
  reactivated: StatusChangedEmployee[];
}

/**
 * What the composition root gives org to be told of deactivations (the offboarding workflow lives
 * there, since it reaches auth and approval, which org may not import). Called inside the
 * transaction that changed the statuses, after the rows are written, so its work commits or rolls
 * back with them; what it returns is run after the commit (timers, caches).
 */
export type EmployeeStatusHook = (tx: Tx, change: EmployeeStatusChange) => Promise<AfterCommit | void>;
export type AfterCommit = () => Promise<void>;

const changed = (r: EmployeeRecord): StatusChangedEmployee => ({
  id: r.id,
  employeeNo: r.employeeNo,
  name: r.name,
  managerId: r.managerId,
});

/** The status changes in a bulk write: updates compared with the records as they were. */
export function statusChangesOf(
  before: readonly EmployeeRecord[],
  updates: readonly EmployeeRecord[],
): Pick<EmployeeStatusChange, 'deactivated' | 'reactivated'> {
  const was = new Map(before.map((r) => [r.id, r.status]));
  return {
    deactivated: updates.filter((r) => r.status === 'inactive' && was.get(r.id) === 'active').map(changed),
    reactivated: updates.filter((r) => r.status === 'active' && was.get(r.id) === 'inactive').map(changed),
  };
}

/** Runs the hook when something changed; returns what to run after the commit. */
export async function reportStatusChange(
  tx: Tx,
  hook: EmployeeStatusHook | undefined,
  change: EmployeeStatusChange,
): Promise<AfterCommit | undefined> {
  if (!hook || (change.deactivated.length === 0 && change.reactivated.length === 0)) return undefined;
  return (await hook(tx, change)) ?? undefined;
}
