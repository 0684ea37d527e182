import { asc, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { projects } from '../schema.ts';

export type ProjectStatus = 'active' | 'closed';

export interface ProjectView {
  id: string;
  code: string;
  name: string;
  ownerEmployeeId: string | null;
  status: ProjectStatus;
  externalId: string | null;
  /** Employees on the project, whatever their status. */
  memberCount: number;
}

/** Projects matching where, ordered by code then id, at most limit of them. */
export function selectProjectViews(tx: Tx, where: SQL | undefined, limit: number): Promise<ProjectView[]> {
  return tx
    .select({
      id: projects.id,
      code: projects.code,
      name: projects.name,
      ownerEmployeeId: projects.ownerEmployeeId,
      status: projects.status,
      externalId: projects.externalId,
      // Qualified by hand: inside the subquery an unqualified "tenant_id" would be the membership's.
      memberCount: sql<number>`(select count(*) from employee_projects m
        where m.tenant_id = projects.tenant_id and m.project_id = projects.id)`.mapWith(Number),
    })
    .from(projects)
    .where(where)
    .orderBy(asc(projects.code), asc(projects.id))
    .limit(limit);
}
