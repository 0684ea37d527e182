import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { costCentres, departments, projects, ranks } from '../schema.ts';

/** A tenant's ranks, departments, cost centres and projects by code: what bulk writers (CSV import, HR sync) resolve codes against. */
export interface OrgCodes {
  ranks: { code: string; name: string }[];
  departments: { id: string; code: string; name: string; parentId: string | null; externalId: string | null }[];
  costCentres: { id: string; code: string }[];
  projects: { id: string; code: string }[];
}

export async function loadOrgCodes(tx: Tx, tenantId: string): Promise<OrgCodes> {
  return {
    ranks: await tx.select({ code: ranks.code, name: ranks.name }).from(ranks).where(eq(ranks.tenantId, tenantId)),
    departments: await tx
      .select({
        id: departments.id,
        code: departments.code,
        name: departments.name,
        parentId: departments.parentId,
        externalId: departments.externalId,
      })
      .from(departments)
      .where(eq(departments.tenantId, tenantId)),
    costCentres: await tx
      .select({ id: costCentres.id, code: costCentres.code })
      .from(costCentres)
      .where(eq(costCentres.tenantId, tenantId)),
    projects: await tx.select({ id: projects.id, code: projects.code }).from(projects).where(eq(projects.tenantId, tenantId)),
  };
}
