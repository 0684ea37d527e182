import type { ImportError } from './import-error.ts';

/** The columns an employee file may have, identified by English or Chinese header. */
export const importColumns = [
  'employeeNo',
  'name',
  'email',
  'phone',
  'rank',
  'departmentCode',
  'managerEmployeeNo',
  'costCentreCode',
  'projectCodes',
  'idCardNo',
  'passportNo',
  'status',
] as const;

export type ImportColumn = (typeof importColumns)[number];

/** Columns every file must have; the others may be left out (and are then left unchanged on update). */
export const requiredColumns: readonly ImportColumn[] = ['employeeNo', 'name', 'rank', 'departmentCode'];

/** The header the template uses (Chinese first: the file is for people). */
export const chineseHeader: Record<ImportColumn, string> = {
  employeeNo: '工号',
  name: '姓名',
  email: '邮箱',
  phone: '手机',
  rank: '职级',
  departmentCode: '部门编码',
  managerEmployeeNo: '直属上级工号',
  costCentreCode: '成本中心编码',
  projectCodes: '项目编码',
  idCardNo: '身份证号',
  passportNo: '护照号',
  status: '状态',
};

export const englishHeader: Record<ImportColumn, string> = {
  employeeNo: 'employee_no',
  name: 'name',
  email: 'email',
  phone: 'phone',
  rank: 'rank',
  departmentCode: 'department_code',
  managerEmployeeNo: 'manager_employee_no',
  costCentreCode: 'cost_centre_code',
  projectCodes: 'project_codes',
  idCardNo: 'id_card_no',
  passportNo: 'passport_no',
  status: 'status',
};

/** Common variants people type besides the two canonical headers. */
const extraAliases: Partial<Record<ImportColumn, string[]>> = {
  employeeNo: ['员工编号', '员工工号'],
  email: ['电子邮箱', '邮件'],
  phone: ['手机号', '手机号码', 'mobile'],
  departmentCode: ['部门代码'],
  managerEmployeeNo: ['上级工号'],
  costCentreCode: ['cost_center_code', '成本中心代码'],
  projectCodes: ['项目代码'],
  idCardNo: ['身份证号码', '身份证'],
  passportNo: ['护照号码', '护照'],
};

/** Case, spaces, underscores, hyphens and a trailing "(必填)"-style note do not matter. */
export const headerKey = (header: string): string =>
  header
    .trim()
    .replace(/[（(][^）)]*[）)]$/, '')
    .toLowerCase()
    .replace(/[\s_-]/g, '');

const columnByKey = new Map<string, ImportColumn>(
  importColumns.flatMap((c) => [chineseHeader[c], englishHeader[c], c, ...(extraAliases[c] ?? [])].map((h) => [headerKey(h), c] as const)),
);

export interface HeaderMapping {
  /** For each cell position, the column it holds (null: an empty, ignored header cell). */
  positions: (ImportColumn | null)[];
  /** The header text as written, per column, for error reports. */
  labels: Partial<Record<ImportColumn, string>>;
  errors: ImportError[];
}

/** Maps the header row to columns; unknown, repeated and missing required columns are errors on row 1. */
export function mapHeader(header: readonly string[]): HeaderMapping {
  const positions: (ImportColumn | null)[] = [];
  const labels: Partial<Record<ImportColumn, string>> = {};
  const errors: ImportError[] = [];
  for (const raw of header) {
    const text = raw.trim();
    if (text === '') {
      positions.push(null);
      continue;
    }
    const column = columnByKey.get(headerKey(text));
    if (column === undefined) {
      errors.push({ row: 1, column: text, code: 'unknown_column', message: `Unknown column "${text}"` });
      positions.push(null);
    } else if (labels[column] !== undefined) {
      errors.push({ row: 1, column: text, code: 'duplicate_column', message: `Column "${text}" appears twice` });
      positions.push(null);
    } else {
      labels[column] = text;
      positions.push(column);
    }
  }
  for (const column of requiredColumns) {
    if (labels[column] === undefined) {
      errors.push({
        row: 1,
        column: chineseHeader[column],
        code: 'missing_column',
        message: `The file needs a ${chineseHeader[column]} (${englishHeader[column]}) column`,
      });
    }
  }
  return { positions, labels, errors };
}
