import { asc } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import type { ReasonCodeView } from './policy-types.ts';
import { reasonCodes } from './schema.ts';

/** The reason codes (超标原因) travellers pick from when booking over the policy, in their order. */
export async function listReasonCodes(db: Db, tenantIds: readonly string[]): Promise<{ items: ReasonCodeView[] }> {
  const rows = await inTenantScope(db, tenantIds, (tx) =>
    tx.select().from(reasonCodes).orderBy(asc(reasonCodes.sort), asc(reasonCodes.code)),
  );
  return { items: rows.map(({ code, labelZh, labelEn, active, sort }) => ({ code, labelZh, labelEn, active, sort })) };
}
