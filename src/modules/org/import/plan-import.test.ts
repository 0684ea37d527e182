import { describe, expect, it } from 'vitest';
import { idCardCheckDigit } from '../rules/id-card.ts';
import type { EmployeeRecord } from '../employees/employee-record.ts';
import { mapHeader } from './csv-columns.ts';
import { readImportRow, splitProjectCodes } from './import-row.ts';
import { planImport, type ImportReferenceData } from './plan-import.ts';
import { readCsv } from './read-csv.ts';

const idCard = (first17: string) => first17 + idCardCheckDigit(first17);
const ID1 = idCard('11010519900101001');
const BAD_ID = ID1.slice(0, 17) + (ID1.endsWith('0') ? '1' : '0');

const boss: EmployeeRecord = {
  id: 'id-boss',
  employeeNo: 'E001',
  name: '老板',
  email: 'boss@example.com',
  phone: '13900000001',
  idCardNo: null,
  passportNo: null,
  rank: 'M1',
  departmentId: 'dep-rd',
  managerId: null,
  costCentreId: null,
  status: 'active',
  externalId: null,
};
const worker: EmployeeRecord = {
  ...boss,
  id: 'id-worker',
  employeeNo: 'E002',
  name: '员工',
  email: 'worker@example.com',
  rank: 'P1',
  managerId: 'id-boss',
};

const ref: ImportReferenceData = {
  ranks: [
    { code: 'P1', name: '专员' },
    { code: 'M1', name: '经理' },
  ],
  departmentIds: new Map([
    ['RD', 'dep-rd'],
    ['HR', 'dep-hr'],
  ]),
  costCentreIds: new Map([['CC1', 'cc-1']]),
  projectIds: new Map([
    ['PRJ1', 'prj-1'],
    ['PRJ2', 'prj-2'],
  ]),
  employees: [boss, worker],
  memberships: new Map([['id-worker', ['prj-1']]]),
};

function plan(csv: string, data: ImportReferenceData = ref) {
  const read = readCsv(csv);
  if (!read.ok) throw new Error(read.error.message);
  const [header, ...rows] = read.records;
  if (!header) throw new Error('no header');
  const mapping = mapHeader(header.cells);
  expect(mapping.errors).toEqual([]);
  let n = 0;
  return planImport(
    rows.map((r) => readImportRow(r, mapping, new Date('2026-01-01T00:00:00Z'))),
    data,
    mapping.labels,
    () => `new-${++n}`,
  );
}

describe('planImport', () => {
  it('creates new employees and updates existing ones, with managers defined later in the file', () => {
    const p = plan(
      [
        '工号,姓名,职级,部门编码,直属上级工号,手机,身份证号,项目编码,状态',
        `N1,新人,专员,RD,N2,+86 138 0000 0001,${ID1},PRJ1；PRJ2,在职`,
        'N2,新经理,M1,RD,E001,,,,',
        'E002,员工,P1,HR,N2,,,PRJ1,离职',
      ].join('\n'),
    );
    expect(p.errors).toEqual([]);
    expect([p.created, p.updated, p.unchanged]).toEqual([2, 1, 0]);
    const byNo = new Map([...p.batch.creates, ...p.batch.updates].map((r) => [r.employeeNo, r]));
    expect(byNo.get('N1')).toMatchObject({
      id: 'new-1',
      rank: 'P1',
      managerId: 'new-2',
      phone: '13800000001',
      idCardNo: ID1,
      status: 'active',
    });
    expect(byNo.get('N2')).toMatchObject({ managerId: 'id-boss', phone: null });
    expect(byNo.get('E002')).toMatchObject({
      id: 'id-worker',
      departmentId: 'dep-hr',
      managerId: 'new-2',
      status: 'inactive',
      email: 'worker@example.com',
    });
    expect(p.batch.projectSets.get('new-1')).toEqual(['prj-1', 'prj-2']);
    // The worker's projects stay {PRJ1}: unchanged, so not rewritten.
    expect(p.batch.projectSets.has('id-worker')).toBe(false);
  });

  it('leaves out columns the file lacks, and counts rows that change nothing', () => {
    const p = plan(['employee_no,name,rank,department_code', 'E001,老板,M1,RD', 'E002,员工改名,P1,RD'].join('\n'));
    expect(p.errors).toEqual([]);
    expect([p.created, p.updated, p.unchanged]).toEqual([0, 1, 1]);
    expect(p.batch.updates).toEqual([{ ...worker, name: '员工改名' }]);
  });

  it('collects every error with its line and column, and plans nothing', () => {
    const p = plan(
      [
        'employee_no,name,rank,department_code,manager_employee_no,email,phone,id_card_no,cost_centre_code,project_codes,status',
        `N1,,ZZ,NOPE,NOBODY,not-an-email,123,${BAD_ID},CC9,PRJ9,maybe`,
        'N2,甲,P1,RD,,boss@example.com,,,,,',
        'N2,乙,P1,RD,,,,,,,',
        'N3,丙,P1,RD,N3,,,,,,',
        'N4,丁,P1,RD,,dup@example.com,,,,,',
        'N5,戊,P1,RD,,DUP@example.com,,,,,',
      ].join('\n'),
    );
    const got = p.errors.map((e) => [e.row, e.column, e.code]);
    expect(got).toEqual(
      expect.arrayContaining([
        [2, 'name', 'required'],
        [2, 'email', 'invalid'],
        [2, 'phone', 'invalid'],
        [2, 'id_card_no', 'invalid'],
        [2, 'status', 'invalid'],
        [2, 'rank', 'unknown_rank'],
        [2, 'department_code', 'unknown_department'],
        [2, 'manager_employee_no', 'unknown_manager'],
        [2, 'cost_centre_code', 'unknown_cost_centre'],
        [2, 'project_codes', 'unknown_project'],
        [3, 'email', 'duplicate'],
        [4, 'employee_no', 'duplicate_in_file'],
        [5, 'manager_employee_no', 'cycle'],
        [7, 'email', 'duplicate_in_file'],
      ]),
    );
    expect(got).toHaveLength(14);
    expect(p.batch.creates).toEqual([]);
    expect(p.batch.updates).toEqual([]);
  });

  it('refuses reporting lines that loop through the file and the organisation', () => {
    // E001 (in the database, no manager) is made to report to N1, who reports to E002, who reports to E001.
    const p = plan(['工号,姓名,职级,部门编码,直属上级工号', 'E001,老板,M1,RD,N1', 'N1,新人,P1,RD,E002'].join('\n'));
    expect(p.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'cycle'],
      [3, 'cycle'],
    ]);
  });

  it('lets two employees swap emails', () => {
    const p = plan(['工号,姓名,职级,部门编码,邮箱', 'E001,老板,M1,RD,worker@example.com', 'E002,员工,P1,RD,boss@example.com'].join('\n'));
    expect(p.errors).toEqual([]);
    expect(p.updated).toBe(2);
  });
});

describe('splitProjectCodes', () => {
  it('splits on ; and ；, drops blanks and repeats', () => {
    expect(splitProjectCodes(' A ;B；；A; ')).toEqual(['A', 'B']);
    expect(splitProjectCodes('')).toEqual([]);
  });
});
