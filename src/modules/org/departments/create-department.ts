import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { newId } from '../../../platform/ids.ts';
import { checkExternalId, checkOrgCode, checkOrgName } from '../rules/field-rules.ts';
import { departments } from '../schema.ts';
import { duplicate } from '../shared/conflicts.ts';
import { clearable, fieldCollector } from '../shared/field-errors.ts';
import { departmentExists, employeeExists, valueTaken } from '../shared/lookups.ts';
import { selectDepartmentViews, type DepartmentView } from './department-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface CreateDepartmentInput {
  code: string;
  name: string;
  parentId?: string | null;
  headEmployeeId?: string | null;
  externalId?: string | null;
}

export async function createDepartment(
  db: Db,
  args: { tenantId: string; actor: Actor; input: CreateDepartmentInput },
): Promise<DepartmentView> {
  const { tenantId, actor, input } = args;
  const fields = fieldCollector();
  const code = fields.take('code', checkOrgCode(input.code));
  const name = fields.take('name', checkOrgName(input.name));
  const externalId = fields.take('externalId', clearable(input.externalId, checkExternalId)) ?? null;
  if (code === undefined || name === undefined) throw fields.failure();
  fields.assertValid();
  const parentId = input.parentId ?? null;
  const headEmployeeId = input.headEmployeeId ?? null;

  return inTenantScope(db, [tenantId], async (tx) => {
    if (parentId !== null && !(await departmentExists(tx, tenantId, parentId))) {
      fields.add('parentId', 'no such department');
    }
    if (headEmployeeId !== null && !(await employeeExists(tx, tenantId, headEmployeeId))) {
      fields.add('headEmployeeId', 'no such employee');
    }
    fields.assertValid();
    if (await valueTaken(tx, departments, departments.code, tenantId, code, null)) {
      throw duplicate('code', `A department with code ${code} already exists`);
    }
    if (externalId !== null && (await valueTaken(tx, departments, departments.externalId, tenantId, externalId, null))) {
      throw duplicate('externalId', `A department with external id ${externalId} already exists`);
    }
    const id = newId();
    await tx.insert(departments).values({ tenantId, id, code, name, parentId, headEmployeeId, externalId });
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'department.created',
      entityType: 'department',
      entityId: id,
      summary: `Department ${code} ${name} created`,
      data: { code, name, parentId, headEmployeeId, externalId },
    });
    const [view] = await selectDepartmentViews(tx, and(eq(departments.tenantId, tenantId), eq(departments.id, id)));
    if (!view) throw new Error('created department not readable');
    return view;
  });
}
