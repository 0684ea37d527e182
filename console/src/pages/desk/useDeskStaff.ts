import { useMemo } from 'react';
import { tenantsApi } from '../../api/tenants';
import type { TenantOperator } from '../../api/types';
import { useLoad } from '../../lib/useLoad';

export interface DeskStaff {
  /** The display name of an operator account, if it serves one of the enterprises asked for. */
  nameOf: (accountId: string | null) => string | undefined;
  /** The operator staff serving an enterprise (whom its tickets may be assigned to). */
  of: (tenantId: string) => readonly TenantOperator[];
}

/**
 * The operator staff serving the given enterprises (GET /tenants/{id}/operators each), for the
 * desk's assignee names and choices. The server lists every operator assigned to the enterprise;
 * it refuses, on assignment, anyone whose roles do not work tickets.
 */
export function useDeskStaff(tenantIds: readonly string[]): DeskStaff {
  const wanted = [...new Set(tenantIds)].sort();
  const key = wanted.join(',');
  const { data } = useLoad(
    () => Promise.all(wanted.map(async (id) => [id, await tenantsApi.operators(id)] as const)).then((pairs) => new Map(pairs)),
    `desk-staff|${key}`,
  );
  return useMemo(() => {
    const staff = data ?? new Map<string, TenantOperator[]>();
    const names = new Map([...staff.values()].flat().map((s) => [s.accountId, s.displayName]));
    return {
      nameOf: (accountId) => (accountId === null ? undefined : names.get(accountId)),
      of: (tenantId) => staff.get(tenantId) ?? [],
    };
  }, [data]);
}
