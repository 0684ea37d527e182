import { changedFields, sameSet, type EmployeeRecord } from '../employees/employee-record.ts';
import type { EmployeeBatch } from '../employees/write-employee-batch.ts';
import { nodesOnCycles } from '../rules/hierarchy.ts';
import { rankResolver } from '../rules/rank-resolver.ts';
import { chineseHeader, type ImportColumn } from './csv-columns.ts';
import type { ImportError, ImportErrorCode } from './import-error.ts';
import type { ImportRow } from './import-row.ts';

/** The tenant's organisation as it stands, by the codes a file uses. */
export interface ImportReferenceData {
  ranks: readonly { code: string; name: string }[];
  departmentIds: ReadonlyMap<string, string>;
  costCentreIds: ReadonlyMap<string, string>;
  projectIds: ReadonlyMap<string, string>;
  employees: readonly EmployeeRecord[];
  /** Employee id → current project ids. */
  memberships: ReadonlyMap<string, readonly string[]>;
}

export interface ImportPlan {
  errors: ImportError[];
  batch: EmployeeBatch;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Checks rows against each other and against the organisation, and works out what to write.
 * Pure: the same rows and reference data always give the same plan (ids come from newId).
 */
export function planImport(
  rows: readonly ImportRow[],
  ref: ImportReferenceData,
  labels: Partial<Record<ImportColumn, string>>,
  newId: () => string,
): ImportPlan {
  const errors: ImportError[] = rows.flatMap((r) => r.errors);
  const fail = (row: ImportRow, column: ImportColumn | null, code: ImportErrorCode, message: string, value?: string) => {
    const label = column === null ? null : (labels[column] ?? chineseHeader[column]);
    errors.push({ row: row.line, column: label, code, message, ...(value !== undefined ? { value } : {}) });
  };

  // Each employee number once; later repeats are errors.
  const rowByNo = new Map<string, ImportRow>();
  for (const row of rows) {
    if (row.employeeNo === undefined) continue;
    const first = rowByNo.get(row.employeeNo);
    if (first)
      fail(row, 'employeeNo', 'duplicate_in_file', `employee number ${row.employeeNo} is already on line ${first.line}`, row.employeeNo);
    else rowByNo.set(row.employeeNo, row);
  }
  // Rows whose number is unreadable are still checked for everything else.
  const unique = rows.filter((r) => r.employeeNo === undefined || rowByNo.get(r.employeeNo) === r);

  const existingByNo = new Map(ref.employees.map((e) => [e.employeeNo, e]));
  const noById = new Map(ref.employees.map((e) => [e.id, e.employeeNo]));
  const idByNo = new Map(ref.employees.map((e) => [e.employeeNo, e.id]));
  for (const no of rowByNo.keys()) if (!idByNo.has(no)) idByNo.set(no, newId());

  const resolveRank = rankResolver(ref.ranks);
  const records = new Map<ImportRow, EmployeeRecord>();
  const projectSets = new Map<ImportRow, string[]>();
  for (const row of unique) {
    const before = existingByNo.get(row.employeeNo ?? '');
    const id = idByNo.get(row.employeeNo ?? '');
    const rank = row.rank === undefined ? undefined : resolveRank(row.rank);
    if (rank && !rank.ok) fail(row, 'rank', 'unknown_rank', rank.message);
    const departmentId = row.departmentCode === undefined ? undefined : ref.departmentIds.get(row.departmentCode);
    if (row.departmentCode !== undefined && departmentId === undefined) {
      fail(row, 'departmentCode', 'unknown_department', `no department with code ${row.departmentCode}`, row.departmentCode);
    }
    let managerId = before?.managerId ?? null;
    if (row.managerEmployeeNo === row.employeeNo && row.employeeNo !== undefined) {
      fail(row, 'managerEmployeeNo', 'cycle', 'an employee cannot be their own manager');
    } else if (row.managerEmployeeNo !== undefined) {
      managerId = row.managerEmployeeNo === null ? null : (idByNo.get(row.managerEmployeeNo) ?? null);
      if (row.managerEmployeeNo !== null && managerId === null) {
        fail(
          row,
          'managerEmployeeNo',
          'unknown_manager',
          `no employee ${row.managerEmployeeNo} in the file or the organisation`,
          row.managerEmployeeNo,
        );
      }
    }
    let costCentreId = before?.costCentreId ?? null;
    if (row.costCentreCode !== undefined) {
      costCentreId = row.costCentreCode === null ? null : (ref.costCentreIds.get(row.costCentreCode) ?? null);
      if (row.costCentreCode !== null && costCentreId === null) {
        fail(row, 'costCentreCode', 'unknown_cost_centre', `no cost centre with code ${row.costCentreCode}`, row.costCentreCode);
      }
    }
    if (row.projectCodes !== undefined) {
      const unknown = row.projectCodes.filter((c) => !ref.projectIds.has(c));
      if (unknown.length > 0)
        fail(row, 'projectCodes', 'unknown_project', `no project with code ${unknown.join(', ')}`, unknown.join(', '));
      projectSets.set(
        row,
        row.projectCodes.flatMap((c) => ref.projectIds.get(c) ?? []),
      );
    }
    if (id === undefined || row.employeeNo === undefined || row.name === undefined || !rank?.ok || departmentId === undefined) continue;
    records.set(row, {
      id,
      employeeNo: row.employeeNo,
      name: row.name,
      email: row.email === undefined ? (before?.email ?? null) : row.email,
      phone: row.phone === undefined ? (before?.phone ?? null) : row.phone,
      idCardNo: row.idCardNo === undefined ? (before?.idCardNo ?? null) : row.idCardNo,
      passportNo: row.passportNo === undefined ? (before?.passportNo ?? null) : row.passportNo,
      rank: rank.code,
      departmentId,
      managerId,
      costCentreId,
      status: row.status ?? before?.status ?? 'active',
      externalId: before?.externalId ?? null,
    });
  }

  checkEmails(unique, ref.employees, rowByNo, fail);
  checkReportingLines(unique, ref.employees, noById, fail);

  const batch: EmployeeBatch = { creates: [], updates: [], projectSets: new Map() };
  let updated = 0;
  let unchanged = 0;
  if (errors.length === 0) {
    for (const [row, record] of records) {
      const before = existingByNo.get(record.employeeNo);
      const projects = projectSets.get(row);
      const projectsChange = projects !== undefined && !sameSet(projects, ref.memberships.get(record.id) ?? []);
      if (projectsChange) batch.projectSets.set(record.id, projects);
      if (!before) batch.creates.push(record);
      else if (changedFields(before, record).length > 0) batch.updates.push(record);
      if (before) {
        if (projectsChange || changedFields(before, record).length > 0) updated++;
        else unchanged++;
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { errors, batch, created: batch.creates.length, updated, unchanged };
}

type Fail = (row: ImportRow, column: ImportColumn | null, code: ImportErrorCode, message: string, value?: string) => void;

/** Emails stay unique: against other rows and against employees the file does not touch. */
function checkEmails(rows: readonly ImportRow[], current: readonly EmployeeRecord[], rowByNo: ReadonlyMap<string, ImportRow>, fail: Fail) {
  const holder = new Map<string, string>();
  for (const e of current) if (e.email !== null && !rowByNo.has(e.employeeNo)) holder.set(e.email, e.employeeNo);
  const inFile = new Map<string, ImportRow>();
  for (const row of rows) {
    if (row.email === undefined || row.email === null) continue;
    const other = inFile.get(row.email);
    if (other) fail(row, 'email', 'duplicate_in_file', `email ${row.email} is already on line ${other.line}`, row.email);
    else inFile.set(row.email, row);
    const owner = holder.get(row.email);
    if (owner !== undefined) fail(row, 'email', 'duplicate', `email ${row.email} belongs to employee ${owner}`, row.email);
  }
}

/** No reporting line may loop once the file's managers are in place. */
function checkReportingLines(
  rows: readonly ImportRow[],
  current: readonly EmployeeRecord[],
  noById: ReadonlyMap<string, string>,
  fail: Fail,
) {
  const managerOf = new Map<string, string | null>();
  for (const e of current) managerOf.set(e.employeeNo, e.managerId === null ? null : (noById.get(e.managerId) ?? null));
  const setters = new Map<string, ImportRow>();
  for (const row of rows) {
    if (row.employeeNo === undefined || row.managerEmployeeNo === undefined || row.managerEmployeeNo === row.employeeNo) continue;
    managerOf.set(row.employeeNo, row.managerEmployeeNo);
    setters.set(row.employeeNo, row);
  }
  for (const no of nodesOnCycles(managerOf)) {
    const row = setters.get(no);
    if (row)
      fail(row, 'managerEmployeeNo', 'cycle', `the reporting line from ${no} through ${row.managerEmployeeNo ?? ''} comes back to ${no}`);
  }
}
