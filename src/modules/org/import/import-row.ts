import type { EmployeeStatus } from '../employees/employee-view.ts';
import {
  checkEmail,
  checkEmployeeNo,
  checkIdCardNo,
  checkOrgCode,
  checkPassportNo,
  checkPersonName,
  checkPhone,
  type Checked,
} from '../rules/field-rules.ts';
import { chineseHeader, type HeaderMapping, type ImportColumn } from './csv-columns.ts';
import type { ImportError } from './import-error.ts';
import type { CsvRecord } from './read-csv.ts';

/**
 * One data row, each cell checked on its own. A column the file lacks is undefined (left unchanged
 * on update); an empty cell of an optional column is null (cleared). Invalid cells are undefined
 * and reported in errors.
 */
export interface ImportRow {
  line: number;
  employeeNo?: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  /** Rank code or name, resolved against the tenant's ranks later. */
  rank?: string;
  departmentCode?: string;
  managerEmployeeNo?: string | null;
  costCentreCode?: string | null;
  projectCodes?: string[];
  idCardNo?: string | null;
  passportNo?: string | null;
  /** Undefined when the column is missing or the cell empty: new employees are then active. */
  status?: EmployeeStatus;
  errors: ImportError[];
}

const statusWords: Record<string, EmployeeStatus> = {
  active: 'active',
  inactive: 'inactive',
  在职: 'active',
  离职: 'inactive',
};

const checkStatus = (raw: string): Checked<EmployeeStatus> => {
  const status = statusWords[raw.trim().toLowerCase()];
  return status === undefined
    ? { ok: false, problem: { code: 'invalid', message: 'status must be active, inactive, 在职 or 离职' } }
    : { ok: true, value: status };
};

/** A rank code or name; which one is settled against the tenant's ranks. */
const checkRankText = (raw: string): Checked<string> => {
  const value = raw.trim();
  if (value === '') return { ok: false, problem: { code: 'required', message: 'rank is required' } };
  if (value.length > 50) return { ok: false, problem: { code: 'too_long', message: 'rank must be at most 50 characters' } };
  return { ok: true, value };
};

/** Project codes separated by ; or the full-width ；, blanks dropped, each listed once. */
export function splitProjectCodes(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

export function readImportRow(record: CsvRecord, mapping: HeaderMapping, today: Date = new Date()): ImportRow {
  const row: ImportRow = { line: record.line, errors: [] };
  const cells = new Map<ImportColumn, string>();
  record.cells.forEach((cell, i) => {
    const column = mapping.positions[i];
    if (column !== undefined && column !== null) cells.set(column, cell);
    else if (i >= mapping.positions.length && cell.trim() !== '') {
      row.errors.push({ row: record.line, column: null, code: 'extra_cells', message: `Cell ${i + 1} has no column in the header` });
    }
  });
  const label = (column: ImportColumn) => mapping.labels[column] ?? chineseHeader[column];
  const present = (column: ImportColumn) => mapping.labels[column] !== undefined;
  const take = <T>(column: ImportColumn, checked: Checked<T>): T | undefined => {
    if (checked.ok) return checked.value;
    const value = cells.get(column)?.trim();
    row.errors.push({
      row: record.line,
      column: label(column),
      code: checked.problem.code,
      message: checked.problem.message,
      ...(value ? { value } : {}),
    });
    return undefined;
  };
  /** A required column: an empty cell is an error. */
  const required = <T>(column: ImportColumn, rule: (s: string) => Checked<T>): T | undefined =>
    present(column) ? take(column, rule(cells.get(column) ?? '')) : undefined;
  /** An optional column: absent → undefined, empty → null. */
  const optional = <T>(column: ImportColumn, rule: (s: string) => Checked<T>): T | null | undefined => {
    if (!present(column)) return undefined;
    const raw = cells.get(column) ?? '';
    return raw.trim() === '' ? null : take(column, rule(raw));
  };

  row.employeeNo = required('employeeNo', checkEmployeeNo);
  row.name = required('name', checkPersonName);
  row.rank = required('rank', checkRankText);
  row.departmentCode = required('departmentCode', checkOrgCode);
  row.email = optional('email', checkEmail);
  row.phone = optional('phone', checkPhone);
  row.managerEmployeeNo = optional('managerEmployeeNo', checkEmployeeNo);
  row.costCentreCode = optional('costCentreCode', checkOrgCode);
  row.idCardNo = optional('idCardNo', (s) => checkIdCardNo(s, today));
  row.passportNo = optional('passportNo', checkPassportNo);
  const status = optional('status', checkStatus);
  row.status = status ?? undefined;
  if (present('projectCodes')) row.projectCodes = splitProjectCodes(cells.get('projectCodes') ?? '');
  return row;
}
