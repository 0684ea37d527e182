import { and, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { toPage, type Page } from '../../../platform/pagination/cursor.ts';
import { projects } from '../schema.ts';
import { afterCursor } from '../../../platform/pagination/keyset.ts';
import { containsPattern } from '../../../platform/db/like.ts';
import { selectProjectViews, type ProjectStatus, type ProjectView } from './project-view.ts';

export interface ProjectQuery {
  /** Part of the code or name, case-insensitive. */
  q?: string;
  status?: ProjectStatus;
  cursor?: string;
  limit: number;
}

/** Projects ordered by code, a page at a time. */
export async function listProjects(db: Db, tenantIds: readonly string[], query: ProjectQuery): Promise<Page<ProjectView>> {
  const q = query.q?.trim() ?? '';
  const where = and(
    q === '' ? undefined : or(ilike(projects.code, containsPattern(q)), ilike(projects.name, containsPattern(q))),
    query.status === undefined ? undefined : eq(projects.status, query.status),
    afterCursor(query.cursor, projects.code, projects.id),
  );
  const rows = await inTenantScope(db, tenantIds, (tx) => selectProjectViews(tx, where, query.limit + 1));
  return toPage(rows, query.limit, (r) => [r.code, r.id]);
}

export async function getProject(db: Db, tenantIds: readonly string[], id: string): Promise<ProjectView> {
  const [found] = await inTenantScope(db, tenantIds, (tx) => selectProjectViews(tx, eq(projects.id, id), 1));
  if (!found) throw notFound('project');
  return found;
}
