import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { checkExternalId, checkOrgCode, checkOrgName } from '../rules/field-rules.ts';
import { costCentres } from '../schema.ts';
import { duplicate } from '../shared/conflicts.ts';
import { clearable, fieldCollector, optional } from '../shared/field-errors.ts';
import { employeeExists, valueTaken } from '../shared/lookups.ts';
import { costCentreView, type CostCentreView } from './cost-centre-view.ts';
import { changedFields } from '../shared/changed-fields.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface UpdateCostCentreInput {
  code?: string;
  name?: string;
  ownerEmployeeId?: string | null;
  externalId?: string | null;
}

export async function updateCostCentre(
  db: Db,
  args: { tenantId: string; actor: Actor; id: string; input: UpdateCostCentreInput },
): Promise<CostCentreView> {
  const { tenantId, actor, id, input } = args;
  const fields = fieldCollector();
  const code = fields.take('code', optional(input.code, checkOrgCode));
  const name = fields.take('name', optional(input.name, checkOrgName));
  const externalId = fields.take('externalId', clearable(input.externalId, checkExternalId));
  fields.assertValid();

  return inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(costCentres.tenantId, tenantId), eq(costCentres.id, id));
    const [current] = await tx.select().from(costCentres).where(where).for('update');
    if (!current) throw notFound('cost centre');
    const changes = changedFields(current, { code, name, externalId, ownerEmployeeId: input.ownerEmployeeId });
    if (Object.keys(changes).length === 0) return costCentreView(current);
    if (changes.ownerEmployeeId != null && !(await employeeExists(tx, tenantId, changes.ownerEmployeeId)))
      fields.add('ownerEmployeeId', 'no such employee');
    fields.assertValid();
    if (changes.code !== undefined && (await valueTaken(tx, costCentres, costCentres.code, tenantId, changes.code, id))) {
      throw duplicate('code', `A cost centre with code ${changes.code} already exists`);
    }
    if (changes.externalId != null && (await valueTaken(tx, costCentres, costCentres.externalId, tenantId, changes.externalId, id))) {
      throw duplicate('externalId', `A cost centre with external id ${changes.externalId} already exists`);
    }
    const [row] = await tx
      .update(costCentres)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(where)
      .returning();
    if (!row) throw notFound('cost centre');
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'cost_centre.updated',
      entityType: 'cost_centre',
      entityId: id,
      summary: `Cost centre ${row.code} updated`,
      data: {
        before: { code: current.code, name: current.name, ownerEmployeeId: current.ownerEmployeeId, externalId: current.externalId },
        after: changes,
      },
    });
    return costCentreView(row);
  });
}
