import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refreshPlannerStatistics } from '../../../platform/db/analyze.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { loadEmployeeRecords } from '../employees/load-employee-records.ts';
import { writeEmployeeBatch } from '../employees/write-employee-batch.ts';
import { type AfterCommit, type EmployeeStatusHook, reportStatusChange, statusChangesOf } from '../employees/status-change-hook.ts';
import { employeeProjects, employees } from '../schema.ts';
import { loadOrgCodes } from '../shared/org-codes.ts';
import { mapHeader } from './csv-columns.ts';
import type { ImportError } from './import-error.ts';
import { readImportRow } from './import-row.ts';
import { planImport } from './plan-import.ts';
import { readCsv } from './read-csv.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export const MAX_IMPORT_ROWS = 10_000;
/** At most this many errors are listed; errorCount tells how many there were. */
const MAX_LISTED_ERRORS = 1_000;

export interface ImportEmployeesArgs {
  tenantId: string;
  actor: Actor;
  cipher: PiiCipher;
  /** The file's text (already decoded). */
  csv: string;
  dryRun: boolean;
  today?: Date;
  /** Told of the employees the file deactivates or reactivates, in the same transaction (the offboarding workflow). */
  onStatusChange?: EmployeeStatusHook;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
}

function invalid(errors: ImportError[], rowCount: number, message?: string): AppError {
  return new AppError('IMPORT_INVALID', message ?? `The file has ${errors.length} errors; nothing was imported`, {
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorCount: errors.length,
    rowCount,
  });
}

/**
 * Creates and updates employees from a CSV file, matched by employee number. All or nothing: every
 * row is checked first and any error refuses the whole file (422 IMPORT_INVALID listing them all);
 * otherwise everything is written in one transaction with one audit entry, and the planner's
 * statistics of the employee tables are refreshed after the commit. A dry run only checks; a file
 * that changes nothing writes nothing (and no audit entry).
 */
export async function importEmployees(db: Db, args: ImportEmployeesArgs): Promise<ImportResult> {
  const { tenantId, actor, cipher, dryRun } = args;
  const parsed = readCsv(args.csv);
  if (!parsed.ok) throw invalid([parsed.error], 0);
  const [header, ...data] = parsed.records;
  if (header === undefined || data.length === 0) {
    throw invalid([{ row: header ? 2 : 1, column: null, code: 'empty', message: 'The file has no employee rows' }], 0);
  }
  if (data.length > MAX_IMPORT_ROWS) {
    const message = `The file has ${data.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once`;
    const first = data[MAX_IMPORT_ROWS]?.line ?? 0;
    throw invalid([{ row: first, column: null, code: 'too_many_rows', message }], data.length, message);
  }
  const mapping = mapHeader(header.cells);
  if (mapping.errors.length > 0) throw invalid(mapping.errors, data.length);
  const rows = data.map((record) => readImportRow(record, mapping, args.today));

  let afterCommit: AfterCommit | undefined;
  const result = await inTenantScope(db, [tenantId], async (tx) => {
    const codes = await loadOrgCodes(tx, tenantId);
    const current = await loadEmployeeRecords(tx, cipher, tenantId);
    const plan = planImport(
      rows,
      {
        ranks: codes.ranks,
        departmentIds: new Map(codes.departments.map((d) => [d.code, d.id])),
        costCentreIds: new Map(codes.costCentres.map((c) => [c.code, c.id])),
        projectIds: new Map(codes.projects.map((p) => [p.code, p.id])),
        employees: current.records,
        memberships: current.projectIds,
      },
      mapping.labels,
      newId,
    );
    if (plan.errors.length > 0) throw invalid(plan.errors, data.length);
    const result = { created: plan.created, updated: plan.updated, unchanged: plan.unchanged, dryRun };
    if (dryRun || plan.created + plan.updated === 0) return result;
    await writeEmployeeBatch(tx, cipher, tenantId, plan.batch);
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'employee.imported',
      entityType: 'employee',
      summary: `Employee import: ${plan.created} created, ${plan.updated} updated, ${plan.unchanged} unchanged`,
      data: { rows: data.length, created: plan.created, updated: plan.updated, unchanged: plan.unchanged },
    });
    const statuses = statusChangesOf(current.records, plan.batch.updates);
    afterCommit = await reportStatusChange(tx, args.onStatusChange, { tenantId, actor, via: 'import', ...statuses });
    return result;
  });
  await afterCommit?.();
  if (!dryRun && result.created + result.updated > 0) await refreshPlannerStatistics(db, [employees, employeeProjects]);
  return result;
}
