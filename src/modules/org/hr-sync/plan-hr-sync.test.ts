import { describe, expect, it } from 'vitest';
import type { EmployeeRecord } from '../employees/employee-record.ts';
import { fieldCollector } from '../shared/field-errors.ts';
import type { HrDepartmentInput, HrEmployeeInput } from './hr-sync-input.ts';
import { planHrDepartments, type DepartmentState } from './plan-hr-departments.ts';
import { planHrEmployees } from './plan-hr-employees.ts';

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

const departments: DepartmentState[] = [
  { id: 'd-root', code: 'ROOT', name: '集团', parentId: null, externalId: 'hr-root' },
  { id: 'd-manual', code: 'MAN', name: '手工部门', parentId: 'd-root', externalId: null },
];

describe('planHrDepartments', () => {
  it('creates, adopts by code, updates and reports unchanged', () => {
    const fields = fieldCollector();
    const input: HrDepartmentInput[] = [
      { externalId: 'hr-root', code: 'ROOT', name: '集团' },
      { externalId: 'hr-man', code: 'MAN', name: '手工部门改名', parentExternalId: 'hr-root' },
      { externalId: 'hr-child', code: 'NEW', name: '新部门', parentExternalId: 'hr-later' },
      { externalId: 'hr-later', code: 'LATER', name: '后定义', parentExternalId: null },
    ];
    const plan = planHrDepartments(input, departments, fields, ids());
    expect(fields.errors).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.updates).toEqual([{ id: 'd-manual', code: 'MAN', name: '手工部门改名', parentId: 'd-root', externalId: 'hr-man' }]);
    expect(plan.creates).toEqual([
      { id: 'new-1', code: 'NEW', name: '新部门', parentId: 'new-2', externalId: 'hr-child' },
      { id: 'new-2', code: 'LATER', name: '后定义', parentId: null, externalId: 'hr-later' },
    ]);
    expect(plan.idByExternalId.get('hr-later')).toBe('new-2');
  });

  it('reports bad entries by path: duplicates, unknown parents, taken codes, loops', () => {
    const fields = fieldCollector();
    planHrDepartments(
      [
        { externalId: 'a', code: 'A', name: 'A', parentExternalId: 'b' },
        { externalId: 'b', code: 'B', name: 'B', parentExternalId: 'a' },
        { externalId: 'a', code: 'A2', name: 'A2' },
        { externalId: 'c', code: 'ROOT', name: 'C', parentExternalId: 'nowhere' },
        { externalId: ' ', code: 'bad code!', name: '' },
      ],
      departments,
      fields,
      ids(),
    );
    expect(fields.errors.map((e) => e.path).sort()).toEqual(
      [
        'departments[0].parentExternalId',
        'departments[1].parentExternalId',
        'departments[2].externalId',
        'departments[3].code',
        'departments[3].parentExternalId',
        'departments[4].code',
        'departments[4].externalId',
        'departments[4].name',
      ].sort(),
    );
  });
});

const current: EmployeeRecord[] = [
  {
    id: 'e-1',
    employeeNo: 'E1',
    name: '甲',
    email: 'a@example.com',
    phone: '13800000001',
    idCardNo: null,
    passportNo: 'E1234567',
    rank: 'P1',
    departmentId: 'd-root',
    managerId: null,
    costCentreId: null,
    status: 'active',
    externalId: 'hr-1',
  },
  {
    id: 'e-2',
    employeeNo: 'E2',
    name: '乙',
    email: null,
    phone: null,
    idCardNo: null,
    passportNo: null,
    rank: 'P1',
    departmentId: 'd-root',
    managerId: 'e-1',
    costCentreId: null,
    status: 'active',
    externalId: 'hr-2',
  },
];
const ref = {
  current,
  ranks: [{ code: 'P1', name: '专员' }],
  departmentIdByExternalId: new Map([['hr-root', 'd-root']]),
  costCentreIdByCode: new Map([['CC', 'cc-1']]),
};

describe('planHrEmployees', () => {
  it('is idempotent: the current state again changes nothing; left-out fields are kept', () => {
    const fields = fieldCollector();
    const input: HrEmployeeInput[] = [
      { externalId: 'hr-1', employeeNo: 'E1', name: '甲', rank: 'P1', departmentExternalId: 'hr-root', phone: '+86 13800000001' },
      { externalId: 'hr-2', employeeNo: 'E2', name: '乙', rank: '专员', departmentExternalId: 'hr-root', managerExternalId: 'hr-1' },
    ];
    const plan = planHrEmployees(input, ref, false, fields, ids());
    expect(fields.errors).toEqual([]);
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: 2, deactivated: 0 });
  });

  it('creates, updates, clears with null and deactivates the missing', () => {
    const fields = fieldCollector();
    const input: HrEmployeeInput[] = [
      {
        externalId: 'hr-1',
        employeeNo: 'E1',
        name: '甲',
        rank: 'P1',
        departmentExternalId: 'hr-root',
        passportNo: null,
        costCentreCode: 'CC',
      },
      { externalId: 'hr-3', employeeNo: 'E3', name: '丙', rank: 'P1', departmentExternalId: 'hr-root', managerExternalId: 'hr-1' },
    ];
    const plan = planHrEmployees(input, ref, true, fields, ids());
    expect(fields.errors).toEqual([]);
    expect(plan.counts).toEqual({ created: 1, updated: 1, unchanged: 0, deactivated: 1 });
    expect(plan.creates).toEqual([expect.objectContaining({ id: 'new-1', managerId: 'e-1', status: 'active', externalId: 'hr-3' })]);
    expect(plan.updates).toEqual([
      expect.objectContaining({ id: 'e-1', passportNo: null, costCentreId: 'cc-1' }),
      expect.objectContaining({ id: 'e-2', status: 'inactive' }),
    ]);
  });

  it('reports problems with paths like employees[3].rank', () => {
    const fields = fieldCollector();
    const base = { name: '丁', rank: 'P1', departmentExternalId: 'hr-root' };
    planHrEmployees(
      [
        { ...base, externalId: 'x1', employeeNo: 'X1', rank: 'NOPE' },
        // E2 keeps its number (hr-2 is not in the payload); E1 is being renumbered, so E1 would be free.
        { ...base, externalId: 'x2', employeeNo: 'E2' },
        { ...base, externalId: 'x3', employeeNo: 'X3', departmentExternalId: 'nowhere', managerExternalId: 'nobody' },
        { ...base, externalId: 'x4', employeeNo: 'X4', phone: '123', idCardNo: '11010519900101001', costCentreCode: 'NOCC' },
        // hr-1 is made to report to hr-2, who reports to hr-1.
        { ...base, externalId: 'hr-1', employeeNo: 'E1x', managerExternalId: 'hr-2' },
      ],
      ref,
      false,
      fields,
      ids(),
    );
    expect(fields.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'employees[0].rank',
        'employees[1].employeeNo',
        'employees[2].departmentExternalId',
        'employees[2].managerExternalId',
        'employees[3].phone',
        'employees[3].idCardNo',
        'employees[3].costCentreCode',
        'employees[4].managerExternalId',
      ]),
    );
  });
});
