import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { wouldCreateCycle } from '../rules/hierarchy.ts';
import { checkExternalId, checkOrgCode, checkOrgName } from '../rules/field-rules.ts';
import { departments } from '../schema.ts';
import { departmentChain } from '../read/chains.ts';
import { duplicate } from '../shared/conflicts.ts';
import { clearable, fieldCollector, optional } from '../shared/field-errors.ts';
import { departmentExists, employeeExists, valueTaken } from '../shared/lookups.ts';
import { selectDepartmentViews, type DepartmentView } from './department-view.ts';
import { changedFields } from '../shared/changed-fields.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Fields left out stay as they are; parentId null makes it a root, headEmployeeId/externalId null clear them. */
export interface UpdateDepartmentInput {
  code?: string;
  name?: string;
  parentId?: string | null;
  headEmployeeId?: string | null;
  externalId?: string | null;
}

type Changes = Partial<Pick<typeof departments.$inferSelect, 'code' | 'name' | 'parentId' | 'headEmployeeId' | 'externalId'>>;

export async function updateDepartment(
  db: Db,
  args: { tenantId: string; actor: Actor; id: string; input: UpdateDepartmentInput },
): Promise<DepartmentView> {
  const { tenantId, actor, id, input } = args;
  const fields = fieldCollector();
  const code = fields.take('code', optional(input.code, checkOrgCode));
  const name = fields.take('name', optional(input.name, checkOrgName));
  const externalId = fields.take('externalId', clearable(input.externalId, checkExternalId));
  fields.assertValid();

  return inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(departments.tenantId, tenantId), eq(departments.id, id));
    const [current] = await tx.select().from(departments).where(where).for('update');
    if (!current) throw notFound('department');

    const changes: Changes = changedFields(current, {
      code,
      name,
      externalId,
      parentId: input.parentId,
      headEmployeeId: input.headEmployeeId,
    });

    if (changes.parentId != null && !(await departmentExists(tx, tenantId, changes.parentId))) {
      fields.add('parentId', 'no such department');
    }
    if (changes.headEmployeeId != null && !(await employeeExists(tx, tenantId, changes.headEmployeeId))) {
      fields.add('headEmployeeId', 'no such employee');
    }
    fields.assertValid();
    if (changes.parentId != null) {
      const ancestors = await departmentChain(tx, tenantId, changes.parentId);
      if (wouldCreateCycle(id, changes.parentId, ancestors)) {
        throw new AppError('HIERARCHY_CYCLE', 'A department cannot be moved under itself or one of its sub-departments', {
          errors: [{ path: 'parentId', message: 'is this department or one of its sub-departments' }],
        });
      }
    }
    if (changes.code !== undefined && (await valueTaken(tx, departments, departments.code, tenantId, changes.code, id))) {
      throw duplicate('code', `A department with code ${changes.code} already exists`);
    }
    if (changes.externalId != null && (await valueTaken(tx, departments, departments.externalId, tenantId, changes.externalId, id))) {
      throw duplicate('externalId', `A department with external id ${changes.externalId} already exists`);
    }

    if (Object.keys(changes).length > 0) {
      await tx
        .update(departments)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(where);
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, current[k as keyof Changes]]));
      await appendAudit(tx, {
        tenantId,
        actor,
        action: 'department.updated',
        entityType: 'department',
        entityId: id,
        summary: `Department ${changes.code ?? current.code} updated`,
        data: { before, after: changes },
      });
    }
    const [view] = await selectDepartmentViews(tx, where);
    if (!view) throw notFound('department');
    return view;
  });
}
