import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, ok, orgKit, pathsOf, refused, type OrgKit } from './org-test-kit.ts';

interface SyncResult {
  departments: { created: number; updated: number; unchanged: number };
  employees: { created: number; updated: number; unchanged: number; deactivated: number };
}

let k: OrgKit;
beforeAll(async () => {
  k = await orgKit();
});
afterAll(async () => {
  await k?.close();
});

const sync = (payload: unknown) => k.admin.post('/api/v1/org/hr-sync', payload);

const payload = {
  departments: [
    // The child comes before its parent.
    { externalId: 'hr-d-2', code: 'HC-HR-SYNC-A', name: '同步子部门', parentExternalId: 'hr-d-1' },
    { externalId: 'hr-d-1', code: 'HC-HR-SYNC', name: '同步部门', parentExternalId: null },
  ],
  employees: [
    {
      externalId: 'hr-e-2',
      employeeNo: 'HC70002',
      name: '同步员工',
      rank: 'P2',
      departmentExternalId: 'hr-d-2',
      managerExternalId: 'hr-e-1',
      phone: '13700000002',
    },
    {
      externalId: 'hr-e-1',
      employeeNo: 'HC70001',
      name: '同步主管',
      rank: '经理',
      departmentExternalId: 'hr-d-1',
      costCentreCode: 'HC-CC-GA',
      email: 'sync.head@huachen.example.com',
    },
    {
      externalId: 'hr-e-3',
      employeeNo: 'HC70003',
      name: '同步员工丙',
      rank: 'P1',
      departmentExternalId: 'hr-d-2',
      managerExternalId: 'hr-e-1',
    },
  ],
};

describe('HR sync', () => {
  it('creates departments and employees in one audited step', async () => {
    const before = await k.count('employees', k.tenants.huachen);
    expect(ok<SyncResult>(await sync(payload))).toEqual({
      departments: { created: 2, updated: 0, unchanged: 0 },
      employees: { created: 3, updated: 0, unchanged: 0, deactivated: 0 },
    });
    expect(await k.count('employees', k.tenants.huachen)).toBe(before + 3);
    const [child] = await k.t.db.database.query<{ parent_code: string }>(
      "select p.code as parent_code from departments d join departments p on p.tenant_id = d.tenant_id and p.id = d.parent_id where d.external_id = 'hr-d-2'",
    );
    expect(child?.parent_code).toBe('HC-HR-SYNC');
    const [e2] = await k.t.db.database.query<{ manager_no: string; rank: string }>(
      "select m.employee_no as manager_no, e.rank from employees e join employees m on m.tenant_id = e.tenant_id and m.id = e.manager_id where e.external_id = 'hr-e-2'",
    );
    expect(e2).toEqual({ manager_no: 'HC70001', rank: 'P2' });
    const [e1] = await k.t.db.database.query<{ rank: string }>("select rank from employees where external_id = 'hr-e-1'");
    expect(e1?.rank).toBe('M1');
    const audit = await auditEntries(k, k.tenants.huachen, 'org.hr_synced');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toMatchObject({ employees: { created: 3 } });
  });

  it('is idempotent: the same payload again changes nothing and is not audited again', async () => {
    const [before] = await k.t.db.database.query<{ updated_at: Date }>(
      "select max(updated_at) as updated_at from employees where external_id like 'hr-e-%'",
    );
    expect(ok<SyncResult>(await sync(payload))).toEqual({
      departments: { created: 0, updated: 0, unchanged: 2 },
      employees: { created: 0, updated: 0, unchanged: 3, deactivated: 0 },
    });
    const [after] = await k.t.db.database.query<{ updated_at: Date }>(
      "select max(updated_at) as updated_at from employees where external_id like 'hr-e-%'",
    );
    expect(after?.updated_at).toEqual(before?.updated_at);
    expect(await auditEntries(k, k.tenants.huachen, 'org.hr_synced')).toHaveLength(1);
  });

  it('updates what changed and deactivates employees missing from the payload when asked', async () => {
    const employees = payload.employees
      .filter((e) => e.externalId !== 'hr-e-3')
      .map((e) => (e.externalId === 'hr-e-2' ? { ...e, name: '同步员工改名' } : e));
    expect(ok<SyncResult>(await sync({ departments: payload.departments, employees, deactivateMissing: true }))).toEqual({
      departments: { created: 0, updated: 0, unchanged: 2 },
      employees: { created: 0, updated: 1, unchanged: 1, deactivated: 1 },
    });
    const rows = await k.t.db.database.query<{ external_id: string; name: string; status: string }>(
      "select external_id, name, status from employees where external_id like 'hr-e-%' order by external_id",
    );
    expect(rows).toEqual([
      { external_id: 'hr-e-1', name: '同步主管', status: 'active' },
      { external_id: 'hr-e-2', name: '同步员工改名', status: 'active' },
      { external_id: 'hr-e-3', name: '同步员工丙', status: 'inactive' },
    ]);
    // Employees that never came from HR are left alone.
    expect(await k.count('employees', k.tenants.huachen, "external_id is null and status = 'inactive'")).toBeLessThan(10);
  });

  it('adopts an existing record without an external id by its code or employee number', async () => {
    const [ceo] = await k.t.db.database.query<{ name: string; rank: string }>(
      "select name, rank from employees where employee_no = 'HC00001'",
    );
    const result = ok<SyncResult>(
      await sync({
        departments: [{ externalId: 'hr-ceo-office', code: 'HC-CEO', name: '总裁办' }],
        employees: [
          { externalId: 'hr-ceo', employeeNo: 'HC00001', name: ceo?.name, rank: ceo?.rank, departmentExternalId: 'hr-ceo-office' },
        ],
      }),
    );
    expect(result.departments.updated).toBe(1);
    expect(result.employees.updated).toBe(1);
    expect(await k.count('employees', k.tenants.huachen, "employee_no = 'HC00001' and external_id = 'hr-ceo'")).toBe(1);
  });

  it('checks everything first: errors by path, nothing written', async () => {
    const before = await k.count('employees', k.tenants.huachen);
    const beforeDepartments = await k.count('departments', k.tenants.huachen);
    const err = refused(
      await sync({
        departments: [
          { externalId: 'hr-d-new', code: 'HC-NEW-SYNC', name: '新部门' },
          // HC-HR-SYNC belongs to hr-d-1 (HC-RD, without an external id, would be adopted instead).
          { externalId: 'hr-d-bad', code: 'HC-HR-SYNC', name: '撞码' },
        ],
        employees: [
          { externalId: 'hr-e-10', employeeNo: 'HC70010', name: '好', rank: 'P1', departmentExternalId: 'hr-d-new' },
          { externalId: 'hr-e-11', employeeNo: 'HC70011', name: '坏', rank: 'ZZ', departmentExternalId: 'nowhere' },
          { externalId: 'hr-e-12', employeeNo: 'HC70002', name: '撞号', rank: 'P1', departmentExternalId: 'hr-d-new' },
          {
            externalId: 'hr-e-1',
            employeeNo: 'HC70001',
            name: '同步主管',
            rank: 'M1',
            departmentExternalId: 'hr-d-1',
            managerExternalId: 'hr-e-2',
          },
        ],
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(err).sort()).toEqual(
      [
        'departments[1].code',
        'employees[1].rank',
        'employees[1].departmentExternalId',
        'employees[2].employeeNo',
        'employees[3].managerExternalId',
      ].sort(),
    );
    // A field's form (a phone number that is not one) is refused by the request schema, before any look-up.
    const form = refused(
      await sync({
        employees: [
          { externalId: 'hr-e-13', employeeNo: 'HC70013', name: '坏号', rank: 'P1', departmentExternalId: 'hr-d-1', phone: '123' },
        ],
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(form)).toEqual(['employees.0.phone']);
    expect(await k.count('employees', k.tenants.huachen)).toBe(before);
    expect(await k.count('departments', k.tenants.huachen)).toBe(beforeDepartments);
  });

  it('needs org.sync', async () => {
    refused(await k.traveller.post('/api/v1/org/hr-sync', payload), 403, 'FORBIDDEN');
  });
});
