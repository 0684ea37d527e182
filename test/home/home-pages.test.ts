import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf } from '../../src/platform/time/china-time.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';

/** The data behind the role home pages: correct figures from the seeded data, each tenant its own. */

let t: TestApp;
let huachen: string;
let yunfan: string;
const as: Record<string, SignedIn> = {};

const get = async <T>(who: SignedIn, url: string, headers: Record<string, string> = {}): Promise<T> => {
  const res = await t.app.inject({ method: 'GET', url, headers: { ...who.headers, ...headers } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
};
const sql = <T extends Record<string, unknown>>(text: string, params: unknown[]) => t.db.database.query<T>(text, params);

interface Summary {
  id: string;
  code: string;
  status: string;
  firstDepartDate: string | null;
}
interface TravelHome {
  upcoming: Summary[];
  inProgress: Summary[];
  counts: { upcoming: number; drafts: number; approving: number; returned: number };
}
interface Check {
  code: string;
  count: number;
  examples: string[];
}

beforeAll(async () => {
  t = await testApp();
  ({ huachen, yunfan } = t.db.demo.tenants);
  for (const email of [
    'traveller@huachen.example.com',
    'traveller@yunfan.example.com',
    'admin@huachen.example.com',
    'admin@yunfan.example.com',
    'agent@tripdesk.example.com',
    'am@tripdesk.example.com',
  ])
    as[email] = await signInAs(t.app, email);
});
afterAll(async () => {
  await t?.close();
});

const employeeOf = async (email: string) =>
  (await sql<{ employee_id: string }>('select employee_id from accounts where email = $1', [email]))[0]?.employee_id ?? '';

describe('the traveller’s home', () => {
  it('lists the upcoming trips and the requests in progress, with counts that match the data', async () => {
    const traveller = as['traveller@huachen.example.com']!;
    const me = await employeeOf('traveller@huachen.example.com');
    const home = await get<TravelHome>(traveller, '/api/v1/travel-requests/home');
    const today = chinaDateOf(new Date());
    const mine = await sql<{ status: string; last_day: string }>(
      `select status, (select max(coalesce(l->>'returnDate', l->>'departDate')) from jsonb_array_elements(itinerary) l) as last_day
         from travel_requests where tenant_id = $1 and (requester_id = $2 or $2 = any(traveller_ids))`,
      [huachen, me],
    );
    const n = (status: string) => mine.filter((r) => r.status === status).length;
    expect(home.counts).toEqual({
      upcoming: mine.filter((r) => r.status === 'approved' && r.last_day >= today).length,
      drafts: n('draft'),
      approving: n('approving'),
      returned: n('returned'),
    });
    expect(home.counts.approving + home.counts.upcoming).toBeGreaterThan(0);
    expect(home.upcoming.every((r) => r.status === 'approved')).toBe(true);
    const departs = home.upcoming.map((r) => r.firstDepartDate ?? '');
    expect([...departs].sort()).toEqual(departs);
    expect(home.inProgress.every((r) => ['draft', 'approving', 'returned'].includes(r.status))).toBe(true);

    // A new draft shows at once, first.
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/travel-requests',
      headers: traveller.headers,
      payload: {
        purpose: '首页测试',
        itinerary: [{ fromCity: '上海', toCity: '成都', departDate: '2031-03-01', returnDate: '2031-03-03' }],
        estimate: { flight: 100_000, hotel: 0, train: 0, car: 0, other: 0 },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = await get<TravelHome>(traveller, '/api/v1/travel-requests/home');
    expect(after.counts.drafts).toBe(home.counts.drafts + 1);
    expect(after.inProgress[0]?.id).toBe(created.json<{ id: string }>().id);
  });

  it('never shows another tenant’s requests', async () => {
    const theirs = await get<TravelHome>(as['traveller@yunfan.example.com']!, '/api/v1/travel-requests/home');
    const ids = [...theirs.upcoming, ...theirs.inProgress].map((r) => r.id);
    if (ids.length > 0) {
      const rows = await sql<{ tenant_id: string }>('select distinct tenant_id from travel_requests where id = any($1::uuid[])', [ids]);
      expect(rows.map((r) => r.tenant_id)).toEqual([yunfan]);
    }
    expect(ids.some((id) => id === undefined)).toBe(false);
    const ours = await get<TravelHome>(as['traveller@huachen.example.com']!, '/api/v1/travel-requests/home');
    expect(ours.inProgress.map((r) => r.id).filter((id) => ids.includes(id))).toEqual([]);
  });
});

describe('the travel admin’s pending set-up', () => {
  const checks = async (email: string) =>
    new Map((await get<{ items: Check[] }>(as[email]!, '/api/v1/home/setup')).items.map((c) => [c.code, c]));

  it('is computed from the data and follows a fix at once', async () => {
    const before = await checks('admin@huachen.example.com');
    expect([...before.keys()]).toEqual([
      'no_published_policy',
      'employees_without_manager',
      'categories_without_flow',
      'departments_without_budget',
    ]);
    expect(before.get('no_published_policy')?.count).toBe(0);
    const [unmanaged] = await sql<{ n: number }>(
      `select count(*)::int as n from employees e where e.tenant_id = $1 and e.status = 'active' and e.manager_id is null
         and not exists (select 1 from departments d where d.tenant_id = e.tenant_id and d.head_employee_id = e.id and d.parent_id is null)`,
      [huachen],
    );
    expect(before.get('employees_without_manager')?.count).toBe(unmanaged?.n);

    // An employee loses their manager (as an admin can do): the check counts them, by name.
    const [victim] = await sql<{ id: string; name: string }>(
      `select id, name from employees where tenant_id = $1 and status = 'active' and manager_id is not null order by employee_no limit 1`,
      [huachen],
    );
    const cleared = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/org/employees/${victim?.id}`,
      headers: as['admin@huachen.example.com']!.headers,
      payload: { managerId: null },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const afterClear = await checks('admin@huachen.example.com');
    expect(afterClear.get('employees_without_manager')?.count).toBe((unmanaged?.n ?? 0) + 1);

    // Yunfan's checks are its own.
    const yunfanBefore = await checks('admin@yunfan.example.com');
    expect(yunfanBefore.get('employees_without_manager')?.examples).not.toContain(victim?.name);
  });

  it('counts staffed departments without a budget in force, and a budget on a parent covers its children', async () => {
    const admin = as['admin@huachen.example.com']!;
    // Start from no budgets at all for a clear picture.
    const yunfanBefore = (await checks('admin@yunfan.example.com')).get('departments_without_budget')?.count;
    await t.db.database.query('delete from budget_entries where tenant_id = $1', [huachen]);
    await t.db.database.query('delete from budget_adjustments where tenant_id = $1', [huachen]);
    await t.db.database.query('delete from budgets where tenant_id = $1', [huachen]);
    const [staffed] = await sql<{ n: number }>(
      `select count(*)::int as n from departments d where d.tenant_id = $1
         and exists (select 1 from employees e where e.tenant_id = d.tenant_id and e.department_id = d.id and e.status = 'active')`,
      [huachen],
    );
    const [left] = await sql<{ n: number }>('select count(*)::int as n from budgets where tenant_id = $1', [huachen]);
    expect(left?.n).toBe(0);
    expect((await checks('admin@huachen.example.com')).get('departments_without_budget')?.count).toBe(staffed?.n);
    // A yearly budget on each top-level department covers every department below it.
    const roots = await sql<{ id: string }>('select id from departments where tenant_id = $1 and parent_id is null', [huachen]);
    const year = chinaDateOf(new Date()).slice(0, 4);
    for (const [i, root] of roots.entries()) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/budgets',
        headers: admin.headers,
        payload: {
          scopeType: 'department',
          scopeId: root.id,
          periodType: 'year',
          periodStart: `${year}-01-01`,
          amountFen: 100_000_00,
          control: 'warn',
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      if (i === 0) {
        const partly = (await checks('admin@huachen.example.com')).get('departments_without_budget')?.count ?? 0;
        expect(partly).toBeLessThan(staffed?.n ?? 0);
      }
    }
    expect((await checks('admin@huachen.example.com')).get('departments_without_budget')?.count).toBe(0);
    expect((await checks('admin@yunfan.example.com')).get('departments_without_budget')?.count).toBe(yunfanBefore);
  });

  it('is for those who set up the enterprise', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/home/setup', headers: as['traveller@huachen.example.com']!.headers });
    expect(res.statusCode).toBe(403);
  });
});

describe('the operator’s enterprises', () => {
  interface Figures {
    tenantId: string;
    activeEmployees: number;
    requestsInApproval: number;
  }
  it('lists each enterprise in reach with figures that match the data, and no other', async () => {
    const agent = await get<{ items: Figures[] }>(as['agent@tripdesk.example.com']!, '/api/v1/home/enterprises');
    expect(agent.items.map((i) => i.tenantId).sort()).toEqual([huachen, yunfan].sort());
    for (const item of agent.items) {
      const [staff] = await sql<{ n: number }>(`select count(*)::int as n from employees where tenant_id = $1 and status = 'active'`, [
        item.tenantId,
      ]);
      const [approving] = await sql<{ n: number }>(
        `select count(*)::int as n from travel_requests where tenant_id = $1 and status = 'approving'`,
        [item.tenantId],
      );
      expect(item.activeEmployees).toBe(staff?.n);
      expect(item.requestsInApproval).toBe(approving?.n);
    }
    const am = await get<{ items: Figures[] }>(as['am@tripdesk.example.com']!, '/api/v1/home/enterprises');
    expect(am.items.map((i) => i.tenantId)).toEqual([huachen]);
    const traveller = await get<{ items: Figures[] }>(as['traveller@yunfan.example.com']!, '/api/v1/home/enterprises');
    expect(traveller.items.map((i) => i.tenantId)).toEqual([yunfan]);
  });
});
