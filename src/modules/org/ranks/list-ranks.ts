import { asc } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { ranks } from '../schema.ts';
import { rankView, type RankView } from './rank-view.ts';

/** Every rank in the tenants read, most junior first. */
export async function listRanks(db: Db, tenantIds: readonly string[]): Promise<RankView[]> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const rows = await tx.select().from(ranks).orderBy(asc(ranks.level), asc(ranks.code));
    return rows.map(rankView);
  });
}
