import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { employeeProjects, projects } from '../schema.ts';
import { inUse } from '../shared/conflicts.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Deletes a project without members; otherwise 409 IN_USE (close it instead, or remove the members first). */
export async function deleteProject(db: Db, args: { tenantId: string; actor: Actor; id: string }): Promise<void> {
  const { tenantId, actor, id } = args;
  await inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(projects.tenantId, tenantId), eq(projects.id, id));
    const [current] = await tx.select().from(projects).where(where).for('update');
    if (!current) throw notFound('project');
    const [members] = await tx
      .select({ n: count() })
      .from(employeeProjects)
      .where(and(eq(employeeProjects.tenantId, tenantId), eq(employeeProjects.projectId, id)));
    const memberCount = members?.n ?? 0;
    if (memberCount > 0) {
      throw inUse('project', `Project ${current.code} still has ${memberCount} members`, { members: memberCount });
    }
    await tx.delete(projects).where(where);
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'project.deleted',
      entityType: 'project',
      entityId: id,
      summary: `Project ${current.code} ${current.name} deleted`,
      data: { code: current.code, name: current.name },
    });
  });
}
