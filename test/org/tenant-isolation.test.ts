import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/app.ts';
import { ok, orgKit, refused, type OrgKit } from './org-test-kit.ts';

/** Huachen's people never see or touch Yunfan's organisation, whatever ids they send. */

let k: OrgKit;
const yunfan = { employee: '', department: '', project: '', costCentre: '' };

beforeAll(async () => {
  k = await orgKit();
  const first = async (table: string) => {
    const [row] = await k.t.db.database.query<{ id: string }>(`select id from ${table} where tenant_id = $1 order by id limit 1`, [
      k.tenants.yunfan,
    ]);
    if (!row) throw new Error(`no yunfan ${table}`);
    return row.id;
  };
  yunfan.employee = await first('employees');
  yunfan.department = await first('departments');
  yunfan.project = await first('projects');
  yunfan.costCentre = await first('cost_centres');
});
afterAll(async () => {
  await k?.close();
});

const resources = [
  ['employees', 'employee', { name: '越权' }],
  ['departments', 'department', { name: '越权' }],
  ['projects', 'project', { name: '越权' }],
  ['cost-centres', 'costCentre', { name: '越权' }],
] as const;

describe('a Huachen admin and Yunfan’s records', () => {
  it.each(resources)('GET, PATCH and DELETE of a Yunfan %s answer 404 and change nothing', async (path, key, patch) => {
    const url = `/api/v1/org/${path}/${yunfan[key]}`;
    refused(await k.admin.get(url), 404, 'NOT_FOUND');
    refused(await k.admin.patch(url, patch), 404, 'NOT_FOUND');
    if (path !== 'employees') refused(await k.admin.del(url), 404, 'NOT_FOUND');
    // Still there, unchanged, for Yunfan.
    const own = ok<{ name: string }>(await k.yunfanAdmin.get(url));
    expect(own.name).not.toBe('越权');
  });

  it('lists hold only Huachen rows', async () => {
    const codes = async (url: string, field: string) =>
      ok<{ items: Record<string, string>[] }>(
        await k.admin.get(url, url.endsWith('ranks') || url.endsWith('departments') ? undefined : { limit: '200' }),
      ).items.map((i) => i[field] ?? '');
    for (const no of await codes('/api/v1/org/employees', 'employeeNo')) expect(no).toMatch(/^HC/);
    for (const code of await codes('/api/v1/org/departments', 'code')) expect(code).toMatch(/^HC-/);
    for (const code of await codes('/api/v1/org/projects', 'code')) expect(code).toMatch(/^HC-/);
    for (const code of await codes('/api/v1/org/cost-centres', 'code')) expect(code).toMatch(/^HC-/);
    // A search for a Yunfan employee number finds nothing.
    expect(ok<{ items: unknown[] }>(await k.admin.get('/api/v1/org/employees', { q: 'YF00001' })).items).toEqual([]);
  });

  it('cannot point a Huachen record at a Yunfan one', async () => {
    const [dept] = await k.t.db.database.query<{ id: string }>("select id from departments where code = 'HC-RD'");
    refused(await k.admin.patch(`/api/v1/org/departments/${dept?.id}`, { parentId: yunfan.department }), 422, 'VALIDATION_FAILED');
    const [emp] = await k.t.db.database.query<{ id: string }>("select id from employees where employee_no = 'HC00002'");
    refused(await k.admin.patch(`/api/v1/org/employees/${emp?.id}`, { managerId: yunfan.employee }), 422, 'VALIDATION_FAILED');
    refused(await k.admin.patch(`/api/v1/org/employees/${emp?.id}`, { projectIds: [yunfan.project] }), 422, 'VALIDATION_FAILED');
    refused(await k.admin.patch(`/api/v1/org/employees/${emp?.id}`, { costCentreId: yunfan.costCentre }), 422, 'VALIDATION_FAILED');
  });
});

describe('operator staff serving both enterprises', () => {
  it('read both, or one chosen with X-Tenant-Id', async () => {
    const all = ok<{ items: { code: string }[] }>(await k.agent.get('/api/v1/org/departments')).items.map((d) => d.code);
    expect(all.some((c) => c.startsWith('HC-'))).toBe(true);
    expect(all.some((c) => c.startsWith('YF-'))).toBe(true);
    const chosen = await k.t.app.inject({
      method: 'GET',
      url: '/api/v1/org/departments',
      headers: { ...k.agent.headers, 'x-tenant-id': k.tenants.yunfan },
    });
    expect(ok<{ items: { code: string }[] }>(chosen).items.every((d) => d.code.startsWith('YF-'))).toBe(true);
  });

  it('must choose the enterprise they write to', async () => {
    const platform = (await signInAs(k.t.app, 'admin@tripdesk.example.com')).headers;
    const body = { code: 'YF-OPS-NEW', name: '运营新部门' };
    const without = await k.t.app.inject({ method: 'POST', url: '/api/v1/org/departments', headers: platform, payload: body });
    refused(without, 400, 'TENANT_REQUIRED');
    const withTenant = await k.t.app.inject({
      method: 'POST',
      url: '/api/v1/org/departments',
      headers: { ...platform, 'x-tenant-id': k.tenants.yunfan },
      payload: body,
    });
    ok(withTenant, 201);
    expect(await k.count('departments', k.tenants.yunfan, "code = 'YF-OPS-NEW'")).toBe(1);
    expect(await k.count('departments', k.tenants.huachen, "code = 'YF-OPS-NEW'")).toBe(0);
  });
});
