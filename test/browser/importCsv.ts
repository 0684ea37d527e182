/**
 * Builds an employee-import CSV that matches whatever header the server's template uses,
 * by recognising each column's meaning from its (English or Chinese) name.
 */

export interface JourneyRow {
  employeeNo: string;
  name: string;
  email: string;
  phone: string;
  departmentCode: string;
  departmentName: string;
  rankCode: string;
}

type ColumnKind = 'employeeNo' | 'name' | 'email' | 'phone' | 'department' | 'departmentName' | 'rank' | 'status' | 'other';

function normalise(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/[（(].*?[)）]/g, '')
    .replace(/[\s*_\-.:：]/g, '')
    .toLowerCase();
}

export function columnKind(header: string): ColumnKind {
  const h = normalise(header);
  if (/manager|上级|leader/.test(h)) return 'other';
  if (/^(employeeno|employeenumber|empno|staffno|工号|员工编号|员工号)$/.test(h)) return 'employeeNo';
  if (/^(name|fullname|姓名|员工姓名)$/.test(h)) return 'name';
  if (/^(email|e?mail|邮箱|电子邮箱)$/.test(h)) return 'email';
  if (/^(phone|mobile|mobilephone|手机|手机号|手机号码)$/.test(h)) return 'phone';
  if (/(department|dept|部门)/.test(h)) return /(name|名称)/.test(h) ? 'departmentName' : 'department';
  if (/(rank|grade|level|职级)/.test(h)) return 'rank';
  if (/(status|状态)/.test(h)) return 'status';
  return 'other';
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Splits a simple header line (the template's first line) into column names. */
export function parseHeader(csv: string): string[] {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  return firstLine.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
}

export function buildCsv(header: string[], rows: JourneyRow[]): string {
  const kinds = header.map(columnKind);
  if (!kinds.includes('department') && !kinds.includes('departmentName')) {
    throw new Error(`import template has no department column: ${header.join(',')}`);
  }
  if (!kinds.includes('employeeNo') || !kinds.includes('name')) {
    throw new Error(`import template lacks employee-number or name columns: ${header.join(',')}`);
  }
  const lines = rows.map((row) =>
    kinds
      .map((kind) => {
        switch (kind) {
          case 'employeeNo':
            return row.employeeNo;
          case 'name':
            return row.name;
          case 'email':
            return row.email;
          case 'phone':
            return row.phone;
          case 'department':
            return row.departmentCode;
          case 'departmentName':
            return row.departmentName;
          case 'rank':
            return row.rankCode;
          case 'status':
            return 'active';
          case 'other':
            return '';
        }
      })
      .map(cell)
      .join(','),
  );
  return `${header.map(cell).join(',')}\n${lines.join('\n')}\n`;
}
