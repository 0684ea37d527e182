import { useMemo } from 'react';
import { tenantsApi } from '../../api/tenants';
import { useLoad } from '../../lib/useLoad';
import { ticketsApi } from '../tickets/ticketsApi';

interface StaffMember {
  accountId: string;
  displayName: string;
}

export interface DeskStaff {
  /** The display name of an operator account, if it serves one of the enterprises asked for. */
  nameOf: (accountId: string | null) => string | undefined;
  /** Whom an enterprise's tickets may be assigned to (its staff whose roles work tickets). */
  of: (tenantId: string) => readonly StaffMember[];
}

/**
 * The operator staff serving the given enterprises, for the desk's assignee names (every operator
 * serving them: GET /tenants/{id}/operators) and choices (those who work tickets:
 * GET /tickets/assignees).
 */
export function useDeskStaff(tenantIds: readonly string[]): DeskStaff {
  const wanted = [...new Set(tenantIds)].sort();
  const key = wanted.join(',');
  const { data } = useLoad(
    () =>
      Promise.all(
        wanted.map(async (id) => [id, { all: await tenantsApi.operators(id), assignable: await ticketsApi.assignees(id) }] as const),
      ).then((pairs) => new Map(pairs)),
    `desk-staff|${key}`,
  );
  return useMemo(() => {
    const staff = data ?? new Map<string, { all: StaffMember[]; assignable: StaffMember[] }>();
    const names = new Map([...staff.values()].flatMap((s) => s.all).map((s) => [s.accountId, s.displayName]));
    return {
      nameOf: (accountId) => (accountId === null ? undefined : names.get(accountId)),
      of: (tenantId) => staff.get(tenantId)?.assignable ?? [],
    };
  }, [data]);
}
