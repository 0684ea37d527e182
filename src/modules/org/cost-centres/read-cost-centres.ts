import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { toPage, type Page } from '../../../platform/pagination/cursor.ts';
import { costCentres } from '../schema.ts';
import { afterCursor } from '../../../platform/pagination/keyset.ts';
import { containsPattern } from '../../../platform/db/like.ts';
import { costCentreView, type CostCentreView } from './cost-centre-view.ts';

export interface CostCentreQuery {
  /** Part of the code or name, case-insensitive. */
  q?: string;
  cursor?: string;
  limit: number;
}

/** Cost centres ordered by code, a page at a time. */
export async function listCostCentres(db: Db, tenantIds: readonly string[], query: CostCentreQuery): Promise<Page<CostCentreView>> {
  const q = query.q?.trim() ?? '';
  const where = and(
    q === '' ? undefined : or(ilike(costCentres.code, containsPattern(q)), ilike(costCentres.name, containsPattern(q))),
    afterCursor(query.cursor, costCentres.code, costCentres.id),
  );
  const rows = await inTenantScope(db, tenantIds, (tx) =>
    tx
      .select()
      .from(costCentres)
      .where(where)
      .orderBy(asc(costCentres.code), asc(costCentres.id))
      .limit(query.limit + 1),
  );
  const page = toPage(rows, query.limit, (r) => [r.code, r.id]);
  return { items: page.items.map(costCentreView), nextCursor: page.nextCursor };
}

export async function getCostCentre(db: Db, tenantIds: readonly string[], id: string): Promise<CostCentreView> {
  const [row] = await inTenantScope(db, tenantIds, (tx) => tx.select().from(costCentres).where(eq(costCentres.id, id)));
  if (!row) throw notFound('cost centre');
  return costCentreView(row);
}
