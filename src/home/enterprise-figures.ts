import type { PiiCipher } from '../platform/crypto/pii.ts';
import type { Db } from '../platform/db/database.ts';
import { inTenantScope } from '../platform/db/scope.ts';
import { chinaDateOf, startOfChinaDay } from '../platform/time/china-time.ts';
import { activeEmployeesByTenant } from '../modules/org/index.ts';
import { listTenants } from '../modules/tenancy/index.ts';
import { travelFiguresByTenant } from '../modules/travel/index.ts';

export interface EnterpriseFigures {
  tenantId: string;
  code: string;
  name: string;
  nameEn: string;
  activeEmployees: number;
  requestsInApproval: number;
  /** Travel requests submitted this month (China time), and their estimated total. */
  requestsThisMonth: number;
  requestsThisMonthFen: number;
}

/** The enterprises an operator serves, each with its key figures (what exists today: staff and travel requests). */
export async function enterpriseFigures(
  db: Db,
  cipher: PiiCipher,
  scope: readonly string[],
  now = new Date(),
): Promise<EnterpriseFigures[]> {
  // Names only: the contact's phone stays masked.
  const tenants = await listTenants(db, scope, { cipher, revealPii: false });
  if (tenants.length === 0) return [];
  const monthStart = startOfChinaDay(`${chinaDateOf(now).slice(0, 7)}-01`);
  const { staff, travel } = await inTenantScope(db, scope, async (tx) => ({
    staff: await activeEmployeesByTenant(tx),
    travel: await travelFiguresByTenant(tx, monthStart),
  }));
  return tenants.map((t) => {
    const f = travel.get(t.id);
    return {
      tenantId: t.id,
      code: t.code,
      name: t.name,
      nameEn: t.nameEn,
      activeEmployees: staff.get(t.id) ?? 0,
      requestsInApproval: f?.inApproval ?? 0,
      requestsThisMonth: f?.submittedSince ?? 0,
      requestsThisMonthFen: f?.submittedSinceFen ?? 0,
    };
  });
}
