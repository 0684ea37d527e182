import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { checkExternalId, checkOrgCode, checkOrgName } from '../rules/field-rules.ts';
import { projects } from '../schema.ts';
import { duplicate } from '../shared/conflicts.ts';
import { clearable, fieldCollector, optional } from '../shared/field-errors.ts';
import { employeeExists, valueTaken } from '../shared/lookups.ts';
import { selectProjectViews, type ProjectStatus, type ProjectView } from './project-view.ts';
import { changedFields } from '../shared/changed-fields.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface UpdateProjectInput {
  code?: string;
  name?: string;
  ownerEmployeeId?: string | null;
  status?: ProjectStatus;
  externalId?: string | null;
}

type Changes = Partial<Pick<typeof projects.$inferSelect, 'code' | 'name' | 'ownerEmployeeId' | 'status' | 'externalId'>>;

export async function updateProject(
  db: Db,
  args: { tenantId: string; actor: Actor; id: string; input: UpdateProjectInput },
): Promise<ProjectView> {
  const { tenantId, actor, id, input } = args;
  const fields = fieldCollector();
  const code = fields.take('code', optional(input.code, checkOrgCode));
  const name = fields.take('name', optional(input.name, checkOrgName));
  const externalId = fields.take('externalId', clearable(input.externalId, checkExternalId));
  fields.assertValid();

  return inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(projects.tenantId, tenantId), eq(projects.id, id));
    const [current] = await tx.select().from(projects).where(where).for('update');
    if (!current) throw notFound('project');
    const changes: Changes = changedFields(current, {
      code,
      name,
      externalId,
      status: input.status,
      ownerEmployeeId: input.ownerEmployeeId,
    });
    if (changes.ownerEmployeeId != null && !(await employeeExists(tx, tenantId, changes.ownerEmployeeId))) {
      fields.add('ownerEmployeeId', 'no such employee');
    }
    fields.assertValid();
    if (changes.code !== undefined && (await valueTaken(tx, projects, projects.code, tenantId, changes.code, id))) {
      throw duplicate('code', `A project with code ${changes.code} already exists`);
    }
    if (changes.externalId != null && (await valueTaken(tx, projects, projects.externalId, tenantId, changes.externalId, id))) {
      throw duplicate('externalId', `A project with external id ${changes.externalId} already exists`);
    }
    if (Object.keys(changes).length > 0) {
      await tx
        .update(projects)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(where);
      await appendAudit(tx, {
        tenantId,
        actor,
        action: 'project.updated',
        entityType: 'project',
        entityId: id,
        summary: `Project ${changes.code ?? current.code} updated`,
        data: {
          before: {
            code: current.code,
            name: current.name,
            ownerEmployeeId: current.ownerEmployeeId,
            status: current.status,
            externalId: current.externalId,
          },
          after: changes,
        },
      });
    }
    const [view] = await selectProjectViews(tx, where, 1);
    if (!view) throw notFound('project');
    return view;
  });
}
