import { eq, inArray } from 'drizzle-orm';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import { maskPhone } from '../../platform/crypto/mask.ts';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { accounts } from './schema.ts';
import type { Principal } from '../access/index.ts';
import { tenants } from '../tenancy/index.ts';

export interface TenantRef {
  id: string;
  code: string;
  name: string;
  nameEn: string;
}

export interface Me {
  id: string;
  kind: 'tenant' | 'operator';
  via: 'session' | 'api_key';
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  permissions: string[];
  locale: 'zh-CN' | 'en';
  employeeId: string | null;
  tenant: TenantRef | null;
  tenants: TenantRef[];
}

/** The caller as the console sees it: identity, roles, permissions and the tenants in reach. */
export async function getMe(db: Db, cipher: PiiCipher, p: Principal): Promise<Me> {
  return inSystemScope(db, async (tx) => {
    const visible = p.tenantIds.length
      ? await tx
          .select({ id: tenants.id, code: tenants.code, name: tenants.name, nameEn: tenants.nameEn })
          .from(tenants)
          .where(inArray(tenants.id, p.tenantIds))
          .orderBy(tenants.code)
      : [];
    const [account] = p.via === 'session' ? await tx.select().from(accounts).where(eq(accounts.id, p.id)) : [];
    return {
      id: p.id,
      kind: p.accountKind,
      via: p.via,
      displayName: p.displayName,
      email: account?.email ?? null,
      phone: account?.phoneEnc ? maskPhone(cipher.decrypt(account.phoneEnc)) : null,
      roles: [...p.roles],
      permissions: [...p.permissions].sort(),
      locale: account?.locale ?? 'zh-CN',
      employeeId: p.employeeId,
      tenant: visible.find((t) => t.id === p.homeTenantId) ?? null,
      tenants: visible,
    };
  });
}
