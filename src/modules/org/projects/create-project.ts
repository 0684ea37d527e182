import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { newId } from '../../../platform/ids.ts';
import { checkExternalId, checkOrgCode, checkOrgName } from '../rules/field-rules.ts';
import { projects } from '../schema.ts';
import { duplicate } from '../shared/conflicts.ts';
import { clearable, fieldCollector } from '../shared/field-errors.ts';
import { employeeExists, valueTaken } from '../shared/lookups.ts';
import { selectProjectViews, type ProjectStatus, type ProjectView } from './project-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface CreateProjectInput {
  code: string;
  name: string;
  ownerEmployeeId?: string | null;
  status?: ProjectStatus;
  externalId?: string | null;
}

export async function createProject(db: Db, args: { tenantId: string; actor: Actor; input: CreateProjectInput }): Promise<ProjectView> {
  const { tenantId, actor, input } = args;
  const fields = fieldCollector();
  const code = fields.take('code', checkOrgCode(input.code));
  const name = fields.take('name', checkOrgName(input.name));
  const externalId = fields.take('externalId', clearable(input.externalId, checkExternalId)) ?? null;
  if (code === undefined || name === undefined) throw fields.failure();
  fields.assertValid();
  const ownerEmployeeId = input.ownerEmployeeId ?? null;
  const status = input.status ?? 'active';

  return inTenantScope(db, [tenantId], async (tx) => {
    if (ownerEmployeeId !== null && !(await employeeExists(tx, tenantId, ownerEmployeeId))) {
      fields.add('ownerEmployeeId', 'no such employee');
    }
    fields.assertValid();
    if (await valueTaken(tx, projects, projects.code, tenantId, code, null)) {
      throw duplicate('code', `A project with code ${code} already exists`);
    }
    if (externalId !== null && (await valueTaken(tx, projects, projects.externalId, tenantId, externalId, null))) {
      throw duplicate('externalId', `A project with external id ${externalId} already exists`);
    }
    const id = newId();
    await tx.insert(projects).values({ tenantId, id, code, name, ownerEmployeeId, status, externalId });
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'project.created',
      entityType: 'project',
      entityId: id,
      summary: `Project ${code} ${name} created`,
      data: { code, name, ownerEmployeeId, status, externalId },
    });
    const [view] = await selectProjectViews(tx, and(eq(projects.tenantId, tenantId), eq(projects.id, id)), 1);
    if (!view) throw new Error('created project not readable');
    return view;
  });
}
