import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { newId } from '../../../platform/ids.ts';
import { checkExternalId, checkOrgCode, checkOrgName } from '../rules/field-rules.ts';
import { costCentres } from '../schema.ts';
import { duplicate } from '../shared/conflicts.ts';
import { clearable, fieldCollector } from '../shared/field-errors.ts';
import { employeeExists, valueTaken } from '../shared/lookups.ts';
import { costCentreView, type CostCentreView } from './cost-centre-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface CreateCostCentreInput {
  code: string;
  name: string;
  ownerEmployeeId?: string | null;
  externalId?: string | null;
}

export async function createCostCentre(
  db: Db,
  args: { tenantId: string; actor: Actor; input: CreateCostCentreInput },
): Promise<CostCentreView> {
  const { tenantId, actor, input } = args;
  const fields = fieldCollector();
  const code = fields.take('code', checkOrgCode(input.code));
  const name = fields.take('name', checkOrgName(input.name));
  const externalId = fields.take('externalId', clearable(input.externalId, checkExternalId)) ?? null;
  if (code === undefined || name === undefined) throw fields.failure();
  fields.assertValid();

  const ownerEmployeeId = input.ownerEmployeeId ?? null;

  return inTenantScope(db, [tenantId], async (tx) => {
    if (ownerEmployeeId !== null && !(await employeeExists(tx, tenantId, ownerEmployeeId)))
      fields.add('ownerEmployeeId', 'no such employee');
    fields.assertValid();
    if (await valueTaken(tx, costCentres, costCentres.code, tenantId, code, null)) {
      throw duplicate('code', `A cost centre with code ${code} already exists`);
    }
    if (externalId !== null && (await valueTaken(tx, costCentres, costCentres.externalId, tenantId, externalId, null))) {
      throw duplicate('externalId', `A cost centre with external id ${externalId} already exists`);
    }
    const [row] = await tx.insert(costCentres).values({ tenantId, id: newId(), code, name, ownerEmployeeId, externalId }).returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'cost_centre.created',
      entityType: 'cost_centre',
      entityId: row.id,
      summary: `Cost centre ${code} ${name} created`,
      data: { code, name, ownerEmployeeId, externalId },
    });
    return costCentreView(row);
  });
}
