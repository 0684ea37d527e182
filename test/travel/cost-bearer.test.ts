import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, pathsOf, refused } from '../approval/approval-test-kit.ts';
import { act, instanceOf, pendingNames, requestBody, type RequestJson } from '../approval/travel-fixtures.ts';

/**
 * 费用归属 and 秘书代订: a request filed by one person for others charges each traveller's share to
 * its bearer's budgets (the traveller's department by default, or the request's cost centre or
 * project) and its approval starts from the (first) traveller, not the filer. Budgets in 2033,
 * clear of the demo's and of the other tests'.
 */

interface Share {
  travellerId: string;
  travellerName: string;
  amountFen: number;
  bearerType: string;
  bearerId: string;
  bearerName: string;
}
type Detail = RequestJson & { costBearer: string; costShares: Share[]; costCentreName: string | null };
interface BudgetJson {
  id: string;
  occupiedFen: number;
}

let k: Kit;
let filer: Caller;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let other: Caller;
let filerEmp: { id: string; departmentId: string };
let travellerEmp: { id: string; departmentId: string };
let managerId: string;
let colleague: { id: string; departmentId: string; managerId: string | null };
/** 销售中心: the parent of both travellers' departments. */
let rootId: string;
let costCentreId: string;
let projectId: string;

const q = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => k.db.database.query<T>(sql, params);

beforeAll(async () => {
  k = await approvalKit();
  [filer, traveller, manager, finance, other] = await k.asEach(
    'admin@huachen.example.com',
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'traveller@yunfan.example.com',
  );
  filerEmp = await k.employeeOf('admin@huachen.example.com');
  travellerEmp = await k.employeeOf('traveller@huachen.example.com');
  managerId = (await k.employeeOf('approver@huachen.example.com')).id;
  // A colleague of another sales team: two departments under one parent (销售中心).
  const [c] = await q<{ id: string; department_id: string; manager_id: string | null }>(
    `select e.id, e.department_id, e.manager_id from employees e join departments d on d.tenant_id = e.tenant_id and d.id = e.department_id
      where e.tenant_id = $1 and d.code like 'HC-SAL-%' and d.id <> $2 and e.status = 'active' and e.manager_id is not null
        and not exists (select 1 from accounts a where a.tenant_id = e.tenant_id and a.employee_id = e.id)
      order by e.employee_no limit 1`,
    [k.huachen, travellerEmp.departmentId],
  );
  if (!c) throw new Error('no colleague in another sales team');
  colleague = { id: c.id, departmentId: c.department_id, managerId: c.manager_id };
  const [parent] = await q<{ id: string }>(`select id from departments where tenant_id = $1 and code = 'HC-SAL'`, [k.huachen]);
  rootId = parent?.id ?? '';
  const [cc] = await q<{ id: string }>(`select id from cost_centres where tenant_id = $1 order by code limit 1`, [k.huachen]);
  const [p] = await q<{ id: string }>(`select id from projects where tenant_id = $1 and status = 'active' order by code limit 1`, [
    k.huachen,
  ]);
  costCentreId = cc?.id ?? '';
  projectId = p?.id ?? '';
});
afterAll(async () => {
  await k?.close();
});

async function budget(scopeType: string, scopeId: string, month: string, yuan = 100_000, control = 'forbid'): Promise<BudgetJson> {
  return ok<BudgetJson>(
    await finance.post('/api/v1/budgets', {
      scopeType,
      scopeId,
      periodType: 'month',
      periodStart: `${month}-01`,
      amountFen: yuan * 100,
      control,
    }),
    201,
  );
}
const occupied = async (b: BudgetJson) => ok<BudgetJson>(await finance.get(`/api/v1/budgets/${b.id}`)).occupiedFen;

async function file(body: Record<string, unknown>, by: Caller = filer): Promise<Detail> {
  return ok<Detail>(await by.post('/api/v1/travel-requests', body), 201);
}
const submit = async (r: Detail, by: Caller = filer) => ok<Detail>(await by.post(`/api/v1/travel-requests/${r.id}/submit`, {}));

describe('a request filed for someone else (秘书代订)', () => {
  it('charges the traveller’s department, not the filer’s, and its approval starts from the traveller’s manager', async () => {
    const travellers = await budget('department', travellerEmp.departmentId, '2033-01');
    const filers = await budget('department', filerEmp.departmentId, '2033-01');
    const draft = await file(requestBody({ date: '2033-01-10', yuan: 3_000, travellerIds: [travellerEmp.id] }));
    expect(draft).toMatchObject({ requesterId: filerEmp.id, costBearer: 'traveller_department' });
    expect(draft.costShares).toEqual([
      expect.objectContaining({
        travellerId: travellerEmp.id,
        amountFen: 300_000,
        bearerType: 'department',
        bearerId: travellerEmp.departmentId,
      }),
    ]);
    const submitted = await submit(draft);
    expect(submitted.status).toBe('approving');
    expect(await occupied(travellers)).toBe(300_000);
    expect(await occupied(filers)).toBe(0);
    expect(submitted.budgetCheck?.lines.map((l) => l.budgetId)).toContain(travellers.id);
    expect(submitted.budgetCheck?.lines.map((l) => l.budgetId)).not.toContain(filers.id);
    // The traveller's manager decides; the filer's own manager is not asked.
    expect(pendingNames(submitted.approval)).toEqual([managerId]);
    expect(submitted.timeline.find((e) => e.type === 'travel_request.submitted')?.data).toMatchObject({
      costShares: [{ travellerId: travellerEmp.id, amountFen: 300_000 }],
    });
    // The traveller sees the request filed for them; the manager approves it.
    ok(await traveller.get(`/api/v1/travel-requests/${draft.id}`));
    ok(await act(manager, instanceOf(submitted), { action: 'approve' }));
    const after = ok<Detail>(await filer.get(`/api/v1/travel-requests/${draft.id}`));
    expect(after.approval?.stages[0]?.status).toBe('approved');
  });

  it('two travellers of two departments: the estimate is split (remainder fen on the first), each share on its own department, the sum on their common parent', async () => {
    const own = await budget('department', travellerEmp.departmentId, '2033-02');
    const theirs = await budget('department', colleague.departmentId, '2033-02');
    const common = await budget('department', rootId, '2033-02', 1_000_000);
    const body = { ...requestBody({ date: '2033-02-10', travellerIds: [travellerEmp.id, colleague.id] }) };
    body.estimate = { flight: 300_001, hotel: 0, train: 0, car: 0, other: 0 };
    const submitted = await submit(await file(body));
    expect(submitted.costShares.map((s) => [s.travellerId, s.amountFen, s.bearerId])).toEqual([
      [travellerEmp.id, 150_001, travellerEmp.departmentId],
      [colleague.id, 150_000, colleague.departmentId],
    ]);
    expect(submitted.costShares.every((s) => s.bearerName !== '' && s.travellerName !== '')).toBe(true);
    expect(await occupied(own)).toBe(150_001);
    expect(await occupied(theirs)).toBe(150_000);
    expect(await occupied(common)).toBe(300_001);
    const line = submitted.budgetCheck?.lines.find((l) => l.budgetId === common.id) as { requestFen?: number } | undefined;
    expect(line?.requestFen).toBe(300_001);
    // The first traveller anchors the approval.
    expect(pendingNames(submitted.approval)).toEqual([managerId]);
  });

  it('each share is checked against its own bearer: a forbidding budget of the second traveller’s department refuses the request', async () => {
    await budget('department', colleague.departmentId, '2033-03', 1_000);
    const draft = await file(requestBody({ date: '2033-03-10', yuan: 3_000, travellerIds: [travellerEmp.id, colleague.id] }));
    const err = refused(await filer.post(`/api/v1/travel-requests/${draft.id}/submit`, {}), 422, 'BUDGET_EXCEEDED');
    expect(
      (err.details?.check as { lines: { requestFen: number; outcome: string }[] }).lines.find((l) => l.outcome === 'forbid')?.requestFen,
    ).toBe(150_000);
  });

  it('a chosen cost centre bears the whole request; the departments are not charged', async () => {
    const cc = await budget('cost_centre', costCentreId, '2033-04');
    const dept = await budget('department', travellerEmp.departmentId, '2033-04');
    const body = {
      ...requestBody({ date: '2033-04-10', yuan: 2_000, travellerIds: [travellerEmp.id, colleague.id] }),
      costBearer: 'cost_centre',
      costCentreId,
    };
    const submitted = await submit(await file(body));
    expect(submitted.costBearer).toBe('cost_centre');
    expect(submitted.costCentreName).not.toBeNull();
    expect(submitted.costShares.map((s) => [s.bearerType, s.bearerId, s.amountFen])).toEqual([
      ['cost_centre', costCentreId, 100_000],
      ['cost_centre', costCentreId, 100_000],
    ]);
    expect(await occupied(cc)).toBe(200_000);
    expect(await occupied(dept)).toBe(0);
    // Still approved from the traveller, not the filer.
    expect(pendingNames(submitted.approval)).toEqual([managerId]);
  });

  it('a chosen project bears the whole request', async () => {
    const project = await budget('project', projectId, '2033-05');
    const dept = await budget('department', travellerEmp.departmentId, '2033-05');
    const body = { ...requestBody({ date: '2033-05-10', yuan: 1_000, travellerIds: [travellerEmp.id] }), costBearer: 'project', projectId };
    const submitted = await submit(await file(body));
    expect(await occupied(project)).toBe(100_000);
    expect(await occupied(dept)).toBe(0);
    // Cancelled: every share released.
    ok(await filer.post(`/api/v1/travel-requests/${submitted.id}/cancel`, {}));
    expect(await occupied(project)).toBe(0);
  });

  it('the traveller’s own request still follows them (no regression)', async () => {
    const dept = await budget('department', travellerEmp.departmentId, '2033-06');
    const submitted = await submit(await file(requestBody({ date: '2033-06-10', yuan: 1_000 }), traveller), traveller);
    expect(submitted.costShares).toEqual([expect.objectContaining({ travellerId: travellerEmp.id, amountFen: 100_000 })]);
    expect(await occupied(dept)).toBe(100_000);
    expect(pendingNames(submitted.approval)).toEqual([managerId]);
  });
});

describe('bad input and other tenants', () => {
  it('a bearer without what it names, an unknown bearer, a cost centre of another tenant: 4xx, nothing written', async () => {
    const noCc = refused(
      await filer.post('/api/v1/travel-requests', { ...requestBody(), costBearer: 'cost_centre' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(noCc)).toEqual(['costCentreId']);
    const noProject = refused(
      await filer.post('/api/v1/travel-requests', { ...requestBody(), costBearer: 'project' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(noProject)).toEqual(['projectId']);
    refused(await filer.post('/api/v1/travel-requests', { ...requestBody(), costBearer: 'the_ceo' }), 422, 'VALIDATION_FAILED');
    const foreign = refused(
      await other.post('/api/v1/travel-requests', { ...requestBody(), costBearer: 'cost_centre', costCentreId }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(foreign)).toEqual(['costCentreId']);
    // A draft's bearer cannot be switched to one it does not name either.
    const draft = await file(requestBody({ date: '2033-07-10' }));
    refused(await filer.patch(`/api/v1/travel-requests/${draft.id}`, { costBearer: 'project' }), 422, 'VALIDATION_FAILED');
    const switched = ok<Detail>(await filer.patch(`/api/v1/travel-requests/${draft.id}`, { costBearer: 'cost_centre', costCentreId }));
    expect(switched.costShares.map((s) => s.bearerType)).toEqual(['cost_centre']);
  });

  it('another tenant’s user cannot see the request, nor submit, nor file for this tenant’s employees', async () => {
    const draft = await file(requestBody({ date: '2033-08-10', travellerIds: [travellerEmp.id] }));
    refused(await other.get(`/api/v1/travel-requests/${draft.id}`), 404, 'NOT_FOUND');
    refused(await other.post(`/api/v1/travel-requests/${draft.id}/submit`, {}), 404, 'NOT_FOUND');
    const err = refused(
      await other.post('/api/v1/travel-requests', requestBody({ travellerIds: [travellerEmp.id] })),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(err)).toEqual(['travellerIds[0]']);
  });
});
