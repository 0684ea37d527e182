import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, ok, orgKit, pathsOf, refused, type OrgKit } from './org-test-kit.ts';

interface Department {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  headEmployeeId: string | null;
  externalId: string | null;
  employeeCount: number;
}

let k: OrgKit;
let tree: Department[];
const byCode = (code: string): Department => {
  const d = tree.find((x) => x.code === code);
  if (!d) throw new Error(`no department ${code}`);
  return d;
};

beforeAll(async () => {
  k = await orgKit();
  tree = ok<{ items: Department[] }>(await k.admin.get('/api/v1/org/departments')).items;
});
afterAll(async () => {
  await k?.close();
});

describe('ranks', () => {
  it('lists the tenant’s ranks, most junior first', async () => {
    const { items } = ok<{ items: { code: string; name: string; level: number }[] }>(await k.traveller.get('/api/v1/org/ranks'));
    expect(items.length).toBe(13);
    expect(items[0]).toEqual({ code: 'P1', name: '助理专员', level: 1 });
    expect(items.map((r) => r.level)).toEqual([...items.map((r) => r.level)].sort((a, b) => a - b));
  });

  it('creates and changes a rank, audited; refuses duplicates and bad values', async () => {
    ok(await k.admin.post('/api/v1/org/ranks', { code: 'M6', name: '董事长', level: 11 }), 201);
    refused(await k.admin.post('/api/v1/org/ranks', { code: 'M6', name: '又一个', level: 11 }), 409, 'DUPLICATE');
    const bad = refused(await k.admin.post('/api/v1/org/ranks', { code: 'bad code', name: ' ', level: 0 }), 422, 'VALIDATION_FAILED');
    expect(pathsOf(bad).sort()).toEqual(['code', 'level', 'name']);
    expect(ok(await k.admin.patch('/api/v1/org/ranks/M6', { name: '董事会主席' }))).toEqual({ code: 'M6', name: '董事会主席', level: 11 });
    refused(await k.admin.patch('/api/v1/org/ranks/NOPE', { name: 'x' }), 404, 'NOT_FOUND');
    refused(await k.traveller.post('/api/v1/org/ranks', { code: 'M7', name: 'x', level: 1 }), 403, 'FORBIDDEN');
    expect((await auditEntries(k, k.tenants.huachen, 'rank.created')).map((e) => e.entity_id)).toEqual(['M6']);
    expect(await auditEntries(k, k.tenants.huachen, 'rank.updated')).toHaveLength(1);
  });
});

describe('departments', () => {
  it('lists the whole tree ordered by code with direct active head counts', async () => {
    expect(tree.length).toBeGreaterThan(30);
    expect(tree.map((d) => d.code)).toEqual([...tree.map((d) => d.code)].sort());
    expect(tree.every((d) => d.code.startsWith('HC-'))).toBe(true);
    const [direct] = await k.t.db.database.query<{ n: number }>(
      "select count(*)::int as n from employees where department_id = $1 and status = 'active'",
      [byCode('HC-RD-PLT-BE').id],
    );
    expect(byCode('HC-RD-PLT-BE').employeeCount).toBe(direct?.n);
    expect(byCode('HC-RD-PLT-BE').employeeCount).toBeGreaterThan(0);
    expect(byCode('HC-RD-PLT-BE').parentId).toBe(byCode('HC-RD-PLT').id);
    expect(ok<Department>(await k.traveller.get(`/api/v1/org/departments/${byCode('HC-RD').id}`)).code).toBe('HC-RD');
  });

  it('creates, renames, moves and deletes a department, each audited', async () => {
    const created = ok<Department>(
      await k.admin.post('/api/v1/org/departments', {
        code: 'HC-NEW',
        name: '新业务部',
        parentId: byCode('HC-RD').id,
        externalId: 'hr-new',
      }),
      201,
    );
    expect(created).toMatchObject({
      code: 'HC-NEW',
      parentId: byCode('HC-RD').id,
      externalId: 'hr-new',
      employeeCount: 0,
      headEmployeeId: null,
    });
    const moved = ok<Department>(await k.admin.patch(`/api/v1/org/departments/${created.id}`, { name: '创新业务部', parentId: null }));
    expect(moved).toMatchObject({ name: '创新业务部', parentId: null });
    const res = await k.admin.del(`/api/v1/org/departments/${created.id}`);
    expect(res.statusCode).toBe(204);
    refused(await k.admin.get(`/api/v1/org/departments/${created.id}`), 404, 'NOT_FOUND');
    for (const action of ['department.created', 'department.updated', 'department.deleted']) {
      expect(
        (await auditEntries(k, k.tenants.huachen, action)).map((e) => e.entity_id),
        action,
      ).toContain(created.id);
    }
  });

  it('refuses bad input with field paths, and writes nothing', async () => {
    const before = await k.count('departments', k.tenants.huachen);
    const bad = refused(
      await k.admin.post('/api/v1/org/departments', {
        code: '研发',
        name: '',
        parentId: '00000000-0000-4000-8000-000000000000',
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(bad).sort()).toEqual(['code', 'name']);
    const unknownParent = refused(
      await k.admin.post('/api/v1/org/departments', { code: 'HC-X', name: 'X', parentId: '00000000-0000-4000-8000-000000000000' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(unknownParent)).toEqual(['parentId']);
    const dup = refused(await k.admin.post('/api/v1/org/departments', { code: 'HC-RD', name: '重复' }), 409, 'DUPLICATE');
    expect(pathsOf(dup)).toEqual(['code']);
    refused(await k.admin.patch(`/api/v1/org/departments/${byCode('HC-FIN').id}`, { code: 'HC-RD' }), 409, 'DUPLICATE');
    expect(await k.count('departments', k.tenants.huachen)).toBe(before);
  });

  it('refuses to move a department under itself or one of its descendants', async () => {
    const rd = byCode('HC-RD');
    const self = refused(await k.admin.patch(`/api/v1/org/departments/${rd.id}`, { parentId: rd.id }), 422, 'HIERARCHY_CYCLE');
    expect(pathsOf(self)).toEqual(['parentId']);
    refused(await k.admin.patch(`/api/v1/org/departments/${rd.id}`, { parentId: byCode('HC-RD-PLT-FE').id }), 422, 'HIERARCHY_CYCLE');
    const still = ok<Department>(await k.admin.get(`/api/v1/org/departments/${rd.id}`));
    expect(still.parentId).toBeNull();
    // A legal move still works: a leaf under another branch.
    const leaf = byCode('HC-RD-PLT-QA');
    expect(ok<Department>(await k.admin.patch(`/api/v1/org/departments/${leaf.id}`, { parentId: byCode('HC-MFG').id })).parentId).toBe(
      byCode('HC-MFG').id,
    );
  });

  it('will not delete a department with sub-departments or employees (even inactive ones)', async () => {
    const withChildren = refused(await k.admin.del(`/api/v1/org/departments/${byCode('HC-RD').id}`), 409, 'DEPARTMENT_NOT_EMPTY');
    expect(withChildren.details).toMatchObject({ subDepartments: 3 });
    const leaf = byCode('HC-HR-CB');
    const staff = await k.t.db.database.query<{ id: string }>('select id from employees where department_id = $1', [leaf.id]);
    expect(staff.length).toBeGreaterThan(0);
    for (const s of staff) ok(await k.admin.patch(`/api/v1/org/employees/${s.id}`, { status: 'inactive' }));
    refused(await k.admin.del(`/api/v1/org/departments/${leaf.id}`), 409, 'DEPARTMENT_NOT_EMPTY');
    expect(ok<Department>(await k.admin.get(`/api/v1/org/departments/${leaf.id}`)).employeeCount).toBe(0);
  });

  it('a head must be an employee of the tenant', async () => {
    const [yunfanEmployee] = await k.t.db.database.query<{ id: string }>('select id from employees where tenant_id = $1 limit 1', [
      k.tenants.yunfan,
    ]);
    const bad = refused(
      await k.admin.patch(`/api/v1/org/departments/${byCode('HC-MKT').id}`, { headEmployeeId: yunfanEmployee?.id }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(bad)).toEqual(['headEmployeeId']);
  });
});
