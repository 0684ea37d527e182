import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refreshPlannerStatistics } from '../../../platform/db/analyze.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { newId } from '../../../platform/ids.ts';
import { loadEmployeeRecords } from '../employees/load-employee-records.ts';
import { writeEmployeeBatch } from '../employees/write-employee-batch.ts';
import { type AfterCommit, type EmployeeStatusHook, reportStatusChange, statusChangesOf } from '../employees/status-change-hook.ts';
import { fieldCollector } from '../shared/field-errors.ts';
import { departments, employees } from '../schema.ts';
import { loadOrgCodes } from '../shared/org-codes.ts';
import type { HrSyncInput, HrSyncResult } from './hr-sync-input.ts';
import { planHrDepartments } from './plan-hr-departments.ts';
import { planHrEmployees } from './plan-hr-employees.ts';
import { writeDepartments } from './write-departments.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/**
 * Brings departments and employees in line with an HR system's payload, matched by external id.
 * Everything is checked first (422 VALIDATION_FAILED with paths such as employees[3].rank); then
 * all changes are written in one transaction with one audit entry, and the planner's statistics of
 * the tables written are refreshed after the commit. Idempotent: sending the same
 * payload again changes nothing and reports everything unchanged (and writes no audit entry).
 */
export async function syncFromHr(
  db: Db,
  args: { tenantId: string; actor: Actor; cipher: PiiCipher; input: HrSyncInput; onStatusChange?: EmployeeStatusHook },
): Promise<HrSyncResult> {
  const { tenantId, actor, cipher, input } = args;
  let wrote = false;
  let afterCommit: AfterCommit | undefined;
  const result = await inTenantScope(db, [tenantId], async (tx) => {
    const fields = fieldCollector();
    const codes = await loadOrgCodes(tx, tenantId);
    const current = await loadEmployeeRecords(tx, cipher, tenantId);
    const departmentPlan = planHrDepartments(input.departments ?? [], codes.departments, fields, newId);
    const employeePlan = planHrEmployees(
      input.employees ?? [],
      {
        current: current.records,
        ranks: codes.ranks,
        departmentIdByExternalId: departmentPlan.idByExternalId,
        costCentreIdByCode: new Map(codes.costCentres.map((c) => [c.code, c.id])),
      },
      input.deactivateMissing ?? false,
      fields,
      newId,
    );
    fields.assertValid();

    const result: HrSyncResult = {
      departments: { created: departmentPlan.creates.length, updated: departmentPlan.updates.length, unchanged: departmentPlan.unchanged },
      employees: employeePlan.counts,
    };
    const writes =
      departmentPlan.creates.length + departmentPlan.updates.length + employeePlan.creates.length + employeePlan.updates.length;
    if (writes === 0) return result;
    await writeDepartments(tx, tenantId, departmentPlan.creates, departmentPlan.updates);
    await writeEmployeeBatch(tx, cipher, tenantId, {
      creates: employeePlan.creates,
      updates: employeePlan.updates,
      projectSets: new Map(),
    });
    const e = result.employees;
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'org.hr_synced',
      entityType: 'organisation',
      summary:
        `HR sync: departments ${result.departments.created} created, ${result.departments.updated} updated; ` +
        `employees ${e.created} created, ${e.updated} updated, ${e.deactivated} deactivated`,
      data: { ...result },
    });
    const statuses = statusChangesOf(current.records, employeePlan.updates);
    afterCommit = await reportStatusChange(tx, args.onStatusChange, { tenantId, actor, via: 'hr_sync', ...statuses });
    wrote = true;
    return result;
  });
  await afterCommit?.();
  if (wrote) await refreshPlannerStatistics(db, [departments, employees]);
  return result;
}
