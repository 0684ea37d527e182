import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, ok, orgKit, pathsOf, refused, type OrgKit } from './org-test-kit.ts';

interface CostCentre {
  id: string;
  code: string;
  name: string;
  externalId: string | null;
}
interface Project {
  id: string;
  code: string;
  name: string;
  ownerEmployeeId: string | null;
  status: 'active' | 'closed';
  externalId: string | null;
  memberCount: number;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

let k: OrgKit;
beforeAll(async () => {
  k = await orgKit();
});
afterAll(async () => {
  await k?.close();
});

async function allPages<T>(url: string, query: Record<string, string> = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page<T> = ok<Page<T>>(await k.admin.get(url, { ...query, limit: '2', ...(cursor ? { cursor } : {}) }));
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}

describe('cost centres', () => {
  it('pages through all of them by code, and searches code and name', async () => {
    const all = await allPages<CostCentre>('/api/v1/org/cost-centres');
    expect(all.map((c) => c.code)).toEqual(['HC-CC-GA', 'HC-CC-MFG', 'HC-CC-MKT', 'HC-CC-RD', 'HC-CC-SAL', 'HC-CC-SCM']);
    const found = ok<Page<CostCentre>>(await k.traveller.get('/api/v1/org/cost-centres', { q: '研发' }));
    expect(found.items.map((c) => c.code)).toEqual(['HC-CC-RD']);
    // % and _ are taken literally.
    expect(ok<Page<CostCentre>>(await k.traveller.get('/api/v1/org/cost-centres', { q: '%' })).items).toEqual([]);
    expect(ok<Page<CostCentre>>(await k.traveller.get('/api/v1/org/cost-centres', { q: 'hc_cc' })).items).toEqual([]);
  });

  it('creates, changes and deletes an unused cost centre; refuses to delete one in use', async () => {
    const cc = ok<CostCentre>(await k.admin.post('/api/v1/org/cost-centres', { code: 'HC-CC-NEW', name: '新成本中心' }), 201);
    refused(await k.admin.post('/api/v1/org/cost-centres', { code: 'HC-CC-NEW', name: '重复' }), 409, 'DUPLICATE');
    const bad = refused(await k.admin.post('/api/v1/org/cost-centres', { code: '', name: '' }), 422, 'VALIDATION_FAILED');
    expect(pathsOf(bad).sort()).toEqual(['code', 'name']);
    expect(ok<CostCentre>(await k.admin.patch(`/api/v1/org/cost-centres/${cc.id}`, { name: '改名', externalId: 'sap-1' }))).toMatchObject({
      name: '改名',
      externalId: 'sap-1',
    });
    expect(ok<CostCentre>(await k.traveller.get(`/api/v1/org/cost-centres/${cc.id}`)).name).toBe('改名');
    expect((await k.admin.del(`/api/v1/org/cost-centres/${cc.id}`)).statusCode).toBe(204);
    refused(await k.admin.get(`/api/v1/org/cost-centres/${cc.id}`), 404, 'NOT_FOUND');

    const [used] = await k.t.db.database.query<{ id: string }>("select id from cost_centres where code = 'HC-CC-RD'");
    const inUse = refused(await k.admin.del(`/api/v1/org/cost-centres/${used?.id}`), 409, 'IN_USE');
    expect(inUse.details?.employees).toBeGreaterThan(0);
    for (const action of ['cost_centre.created', 'cost_centre.updated', 'cost_centre.deleted']) {
      expect(await auditEntries(k, k.tenants.huachen, action), action).toHaveLength(1);
    }
  });
});

describe('projects', () => {
  it('lists with member counts, filters by status and searches', async () => {
    const all = await allPages<Project>('/api/v1/org/projects');
    expect(all.length).toBeGreaterThanOrEqual(3);
    const [members] = await k.t.db.database.query<{ n: number }>(
      "select count(*)::int as n from employee_projects m join projects p on p.tenant_id = m.tenant_id and p.id = m.project_id where p.code = 'HC-PRJ-01'",
    );
    expect(all.find((p) => p.code === 'HC-PRJ-01')?.memberCount).toBe(members?.n);
    expect(ok<Page<Project>>(await k.admin.get('/api/v1/org/projects', { status: 'closed' })).items).toEqual([]);
    expect(ok<Page<Project>>(await k.admin.get('/api/v1/org/projects', { q: 'prj-02' })).items.map((p) => p.code)).toEqual(['HC-PRJ-02']);
  });

  it('creates, closes and deletes a project; an owner must be an employee of the tenant', async () => {
    const [owner] = await k.t.db.database.query<{ id: string }>("select id from employees where employee_no = 'HC00001'");
    const [foreign] = await k.t.db.database.query<{ id: string }>('select id from employees where tenant_id = $1 limit 1', [
      k.tenants.yunfan,
    ]);
    const p = ok<Project>(
      await k.admin.post('/api/v1/org/projects', { code: 'HC-PRJ-NEW', name: '新项目', ownerEmployeeId: owner?.id }),
      201,
    );
    expect(p).toMatchObject({ status: 'active', memberCount: 0, ownerEmployeeId: owner?.id });
    const badOwner = refused(
      await k.admin.post('/api/v1/org/projects', { code: 'HC-PRJ-X', name: 'X', ownerEmployeeId: foreign?.id }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(badOwner)).toEqual(['ownerEmployeeId']);
    expect(ok<Project>(await k.admin.patch(`/api/v1/org/projects/${p.id}`, { status: 'closed' })).status).toBe('closed');
    expect(ok<Page<Project>>(await k.admin.get('/api/v1/org/projects', { status: 'closed' })).items.map((x) => x.code)).toEqual([
      'HC-PRJ-NEW',
    ]);
    expect((await k.admin.del(`/api/v1/org/projects/${p.id}`)).statusCode).toBe(204);
    expect(await auditEntries(k, k.tenants.huachen, 'project.deleted')).toHaveLength(1);
  });

  it('refuses to delete a project with members', async () => {
    const [prj] = await k.t.db.database.query<{ id: string }>("select id from projects where code = 'HC-PRJ-01'");
    const err = refused(await k.admin.del(`/api/v1/org/projects/${prj?.id}`), 409, 'IN_USE');
    expect(err.details?.members).toBeGreaterThan(0);
    expect(ok<Project>(await k.admin.get(`/api/v1/org/projects/${prj?.id}`)).code).toBe('HC-PRJ-01');
  });
});
