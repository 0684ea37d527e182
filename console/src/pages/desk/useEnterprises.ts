import type { TenantRef } from '../../api/types';
import { tenantName } from '../../lib/tenantName';
import { useSession } from '../../session/SessionContext';

export interface Enterprises {
  /** The enterprises the viewer serves (operator staff) or belongs to. */
  list: readonly TenantRef[];
  /** An enterprise's name in the current language ('' when the viewer does not know it). */
  nameOf: (tenantId: string) => string;
}

/** The enterprises of the signed-in user, by id: the desk names each ticket's enterprise with them. */
export function useEnterprises(): Enterprises {
  const { me } = useSession();
  const list = me?.kind === 'operator' ? me.tenants : me?.tenant ? [me.tenant] : [];
  return {
    list,
    nameOf: (tenantId) => {
      const tenant = list.find((x) => x.id === tenantId);
      return tenant ? tenantName(tenant) : '';
    },
  };
}
