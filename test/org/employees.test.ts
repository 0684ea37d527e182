import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/demo/demo-data.ts';
import { idCardCheckDigit } from '../../src/modules/org/rules/id-card.ts';
import { maskIdCard, maskPassport, maskPhone } from '../../src/platform/crypto/mask.ts';
import { auditEntries, ok, orgKit, pathsOf, refused, type OrgKit } from './org-test-kit.ts';

interface Employee {
  id: string;
  employeeNo: string;
  name: string;
  email: string | null;
  phone: string | null;
  rank: string;
  rankName: string;
  departmentId: string;
  departmentName: string;
  managerId: string | null;
  managerName: string | null;
  costCentreId: string | null;
  projectIds: string[];
  idCardNo: string | null;
  passportNo: string | null;
  status: 'active' | 'inactive';
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const demo = generateDemoData();
const idCard = (first17: string) => first17 + idCardCheckDigit(first17);
const ID = idCard('44030519920815123');

let k: OrgKit;
const ids = { rd: '', fe: '', cc: '', prj1: '', prj2: '', ceo: '' };
async function idOf(sqlText: string, params: unknown[] = []): Promise<string> {
  const [row] = await k.t.db.database.query<{ id: string }>(sqlText, params);
  if (!row) throw new Error(`nothing for ${sqlText}`);
  return row.id;
}

beforeAll(async () => {
  k = await orgKit();
  ids.rd = await idOf("select id from departments where code = 'HC-RD'");
  ids.fe = await idOf("select id from departments where code = 'HC-RD-PLT-FE'");
  ids.cc = await idOf("select id from cost_centres where code = 'HC-CC-RD'");
  ids.prj1 = await idOf("select id from projects where code = 'HC-PRJ-01'");
  ids.prj2 = await idOf("select id from projects where code = 'HC-PRJ-02'");
  ids.ceo = await idOf("select id from employees where employee_no = 'HC00001'");
});
afterAll(async () => {
  await k?.close();
});

const newEmployee = (over: Record<string, unknown> = {}) => ({
  employeeNo: 'HC90001',
  name: '测试员工',
  email: 'Test.Employee@Huachen.example.com',
  phone: '+86 139 0000 0001',
  rank: 'P3',
  departmentId: ids.fe,
  managerId: ids.ceo,
  costCentreId: ids.cc,
  projectIds: [ids.prj1],
  idCardNo: ID,
  passportNo: 'e7654321',
  ...over,
});

describe('employees: create, read, change', () => {
  let created: Employee;

  it('creates an employee with normalised values, stored encrypted, audited without personal numbers', async () => {
    created = ok<Employee>(await k.admin.post('/api/v1/org/employees', newEmployee()), 201);
    // Personal numbers come back masked, even to the writer (employee-pii.test.ts reveals them).
    expect(created).toMatchObject({
      employeeNo: 'HC90001',
      email: 'test.employee@huachen.example.com',
      phone: maskPhone('13900000001'),
      rank: 'P3',
      rankName: '高级专员',
      departmentName: '前端开发组',
      managerId: ids.ceo,
      managerName: demo.employees.find((e) => e.employeeNo === 'HC00001')?.name,
      projectIds: [ids.prj1],
      idCardNo: maskIdCard(ID),
      passportNo: maskPassport('E7654321'),
      status: 'active',
      externalId: null,
    });
    expect(Date.parse(created.createdAt)).not.toBeNaN();
    const [row] = await k.t.db.database.query<Record<string, string | null>>(
      'select phone_enc, phone_hash, id_card_enc, passport_enc from employees where id = $1',
      [created.id],
    );
    expect(JSON.stringify(row)).not.toContain('13900000001');
    expect(JSON.stringify(row)).not.toContain(ID);
    expect(row?.phone_hash).toBe(k.t.db.cipher.blindIndex('13900000001'));
    const [audit] = await auditEntries(k, k.tenants.huachen, 'employee.created');
    expect(audit?.entity_id).toBe(created.id);
    expect(JSON.stringify(audit)).not.toContain('13900000001');
    expect(JSON.stringify(audit)).not.toContain(ID);
  });

  it('reads one employee', async () => {
    expect(ok<Employee>(await k.admin.get(`/api/v1/org/employees/${created.id}`))).toEqual(created);
    refused(await k.admin.get('/api/v1/org/employees/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  });

  it('changes any subset; null clears; projectIds replaces the set', async () => {
    const changed = ok<Employee>(
      await k.admin.patch(`/api/v1/org/employees/${created.id}`, {
        name: '改名员工',
        phone: null,
        passportNo: '',
        projectIds: [ids.prj2, ids.prj2],
        managerId: null,
      }),
    );
    expect(changed).toMatchObject({
      name: '改名员工',
      phone: null,
      passportNo: null,
      projectIds: [ids.prj2],
      managerId: null,
      managerName: null,
      idCardNo: maskIdCard(ID),
    });
    expect(Date.parse(changed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    const [audit] = await auditEntries(k, k.tenants.huachen, 'employee.updated');
    expect(audit?.data.changed).toEqual(expect.arrayContaining(['name', 'phone', 'passportNo', 'projectIds', 'managerId']));
  });

  it('a change to nothing writes nothing', async () => {
    const before = (await auditEntries(k, k.tenants.huachen, 'employee.updated')).length;
    ok(await k.admin.patch(`/api/v1/org/employees/${created.id}`, { name: '改名员工' }));
    expect((await auditEntries(k, k.tenants.huachen, 'employee.updated')).length).toBe(before);
  });

  it('deactivates with status inactive (never deleted)', async () => {
    expect(ok<Employee>(await k.admin.patch(`/api/v1/org/employees/${created.id}`, { status: 'inactive' })).status).toBe('inactive');
    expect((await auditEntries(k, k.tenants.huachen, 'employee.deactivated')).map((e) => e.entity_id)).toEqual([created.id]);
    expect(ok<Employee>(await k.admin.get(`/api/v1/org/employees/${created.id}`)).status).toBe('inactive');
  });
});

describe('employees: validation', () => {
  it('reports every bad field with its path and writes nothing', async () => {
    const before = await k.count('employees', k.tenants.huachen);
    const badId = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');
    const err = refused(
      await k.admin.post(
        '/api/v1/org/employees',
        newEmployee({ employeeNo: 'HC 9', name: '', email: 'nope', phone: '12345', idCardNo: badId, passportNo: 'E1' }),
      ),
      422,
      'VALIDATION_FAILED',
    );
    // The request schema states these fields' forms; an ID card number of the right form with a wrong
    // check digit passes it and is refused by the field rule, on its own.
    expect(pathsOf(err).sort()).toEqual(['email', 'employeeNo', 'name', 'passportNo', 'phone']);
    const checkDigit = refused(
      await k.admin.post('/api/v1/org/employees', newEmployee({ employeeNo: 'HC90009', idCardNo: badId })),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(checkDigit)).toEqual(['idCardNo']);
    const missing = refused(await k.admin.post('/api/v1/org/employees', { name: '只有名字' }), 422, 'VALIDATION_FAILED');
    expect(missing.details?.errors?.length).toBeGreaterThan(0);
    expect(await k.count('employees', k.tenants.huachen)).toBe(before);
  });

  it('unknown references are field errors beside the field', async () => {
    const [foreignDept] = await k.t.db.database.query<{ id: string }>('select id from departments where tenant_id = $1 limit 1', [
      k.tenants.yunfan,
    ]);
    const err = refused(
      await k.admin.post(
        '/api/v1/org/employees',
        newEmployee({
          employeeNo: 'HC90002',
          email: null,
          rank: 'ZZ',
          departmentId: foreignDept?.id,
          managerId: '00000000-0000-4000-8000-000000000000',
          costCentreId: '00000000-0000-4000-8000-000000000001',
          projectIds: [ids.prj1, '00000000-0000-4000-8000-000000000002'],
        }),
      ),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(err).sort()).toEqual(['costCentreId', 'departmentId', 'managerId', 'projectIds[1]', 'rank']);
  });

  it('employee numbers and emails are unique in the tenant', async () => {
    const dupNo = refused(
      await k.admin.post('/api/v1/org/employees', newEmployee({ employeeNo: 'HC00001', email: null })),
      409,
      'DUPLICATE',
    );
    expect(pathsOf(dupNo)).toEqual(['employeeNo']);
    const taken = demo.employees.find((e) => e.employeeNo === 'HC00002')?.email;
    const dupEmail = refused(
      await k.admin.post('/api/v1/org/employees', newEmployee({ employeeNo: 'HC90003', email: taken?.toUpperCase() })),
      409,
      'DUPLICATE',
    );
    expect(pathsOf(dupEmail)).toEqual(['email']);
  });

  it('refuses a manager line that loops', async () => {
    const [member] = await k.t.db.database.query<{ id: string; manager_id: string }>(
      "select id, manager_id from employees where tenant_id = $1 and manager_id is not null and status = 'active' order by employee_no desc limit 1",
      [k.tenants.huachen],
    );
    if (!member) throw new Error('no managed employee');
    const self = refused(await k.admin.patch(`/api/v1/org/employees/${member.id}`, { managerId: member.id }), 422, 'HIERARCHY_CYCLE');
    expect(pathsOf(self)).toEqual(['managerId']);
    // The CEO cannot report to anyone below them.
    refused(await k.admin.patch(`/api/v1/org/employees/${ids.ceo}`, { managerId: member.id }), 422, 'HIERARCHY_CYCLE');
    refused(await k.admin.patch(`/api/v1/org/employees/${member.manager_id}`, { managerId: member.id }), 422, 'HIERARCHY_CYCLE');
    expect(ok<Employee>(await k.admin.get(`/api/v1/org/employees/${ids.ceo}`)).managerId).toBeNull();
  });

  it('only writers may write', async () => {
    refused(await k.traveller.post('/api/v1/org/employees', newEmployee({ employeeNo: 'HC90009' })), 403, 'FORBIDDEN');
    refused(await k.traveller.patch(`/api/v1/org/employees/${ids.ceo}`, { name: 'x' }), 403, 'FORBIDDEN');
  });
});

describe('employees: search and pages', () => {
  it('pages by employee number without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Employee> = ok<Page<Employee>>(
        await k.admin.get('/api/v1/org/employees', { limit: '40', ...(cursor ? { cursor } : {}) }),
      );
      seen.push(...page.items.map((e) => e.employeeNo));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await k.count('employees', k.tenants.huachen));
  });

  it('finds by part of name, number or email (case-insensitive), and by exact phone', async () => {
    const someone = demo.employees.find((e) => e.tenantCode === 'huachen' && e.employeeNo === 'HC00042');
    if (!someone) throw new Error('no HC00042');
    const q = async (text: string) =>
      ok<Page<Employee>>(await k.admin.get('/api/v1/org/employees', { q: text, limit: '200' })).items.map((e) => e.employeeNo);
    expect(await q('hc00042')).toEqual(['HC00042']);
    expect(await q(someone.name)).toContain('HC00042');
    expect(await q(someone.email.split('@')[0]?.toUpperCase() ?? '')).toContain('HC00042');
    expect(await q(`+86 ${someone.phone}`)).toEqual(['HC00042']);
    expect(await q(someone.phone.slice(0, 7))).toEqual([]);
    expect(await q('%')).toEqual([]);
    expect(await q('_')).toEqual([]);
  });

  it('filters by department, status, rank and manager', async () => {
    const page = ok<Page<Employee>>(await k.admin.get('/api/v1/org/employees', { departmentId: ids.fe, limit: '200' }));
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.departmentId === ids.fe)).toBe(true);
    const inactive = ok<Page<Employee>>(await k.admin.get('/api/v1/org/employees', { status: 'inactive', limit: '200' })).items;
    expect(inactive.length).toBe(await k.count('employees', k.tenants.huachen, "status = 'inactive'"));
    const m1 = ok<Page<Employee>>(await k.admin.get('/api/v1/org/employees', { rank: 'M1', limit: '200' })).items;
    expect(m1.length).toBeGreaterThan(0);
    expect(m1.every((e) => e.rank === 'M1')).toBe(true);
    const reports = ok<Page<Employee>>(await k.admin.get('/api/v1/org/employees', { managerId: ids.ceo, limit: '200' })).items;
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((e) => e.managerId === ids.ceo)).toBe(true);
  });
});

describe('employees: personal numbers', () => {
  it('are masked for every caller, pii.read or not, except on their own record', async () => {
    const me = ok<{ employeeId: string }>(await k.traveller.get('/api/v1/me'));
    const mine = ok<Employee>(await k.traveller.get(`/api/v1/org/employees/${me.employeeId}`));
    const demoMe = demo.employees.find((e) => e.tenantCode === 'huachen' && e.employeeNo === mine.employeeNo);
    expect(mine.phone).toBe(demoMe?.phone);
    expect(mine.idCardNo).toBe(demoMe?.idCardNo);
    expect(mine.passportNo).toBe(demoMe?.passportNo);

    const ceo = demo.employees.find((e) => e.employeeNo === 'HC00001');
    const masked = ok<Employee>(await k.traveller.get(`/api/v1/org/employees/${ids.ceo}`));
    expect(masked.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(masked.phone).not.toBe(ceo?.phone);
    expect(masked.idCardNo).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const list = ok<Page<Employee>>(await k.traveller.get('/api/v1/org/employees', { limit: '200' })).items;
    expect(list.filter((e) => e.id !== me.employeeId).every((e) => e.phone === null || e.phone.includes('*'))).toBe(true);
    expect(list.find((e) => e.id === me.employeeId)?.phone).toBe(demoMe?.phone);

    const asAdmin = ok<Employee>(await k.admin.get(`/api/v1/org/employees/${ids.ceo}`));
    expect(asAdmin.phone).toBe(maskPhone(ceo?.phone ?? ''));
    expect(asAdmin.idCardNo).toBe(maskIdCard(ceo?.idCardNo ?? ''));
  });
});
