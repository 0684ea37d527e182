import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetEntryView, BudgetView } from '../../src/modules/budget/budget-types.ts';
import { checkBudgets, type BudgetSubject } from '../../src/modules/budget/check-budgets.ts';
import { occupyBudgets, releaseBudgets } from '../../src/modules/budget/occupy-budgets.ts';
import { travelRequests } from '../../src/modules/travel/schema.ts';
import { newId } from '../../src/platform/ids.ts';
import { budgetKit, ok, TEST_YEAR, type BudgetKit } from './budget-test-kit.ts';

/** 预算占用 and its release, as travel requests use them: idempotent, and visible in remaining. */

let k: BudgetKit;
let me: { id: string; departmentId: string; name: string };
let projectA: string;
let projectB: string;
const budgetIds: Record<'dept' | 'a' | 'b', string> = { dept: '', a: '', b: '' };
const DATE = `${TEST_YEAR}-04-10`;

beforeAll(async () => {
  k = await budgetKit();
  me = await k.employeeOf('traveller@huachen.example.com');
  projectA = await k.projectId('HC-PRJ-01');
  projectB = await k.projectId('HC-PRJ-02');
  const create = async (scopeType: string, scopeId: string) =>
    ok<BudgetView>(
      await k.finance.post('/api/v1/budgets', {
        scopeType,
        scopeId,
        periodType: 'quarter',
        periodStart: `${TEST_YEAR}-04-01`,
        amountFen: 10_000_000,
        control: 'forbid',
      }),
      201,
    ).id;
  budgetIds.dept = await create('department', me.departmentId);
  budgetIds.a = await create('project', projectA);
  budgetIds.b = await create('project', projectB);
});
afterAll(async () => {
  await k?.close();
});

const subject = (amountFen: number, projectId: string | null): BudgetSubject => ({
  tenantId: k.huachen,
  employeeId: me.id,
  departmentId: me.departmentId,
  projectId,
  amountFen,
  date: DATE,
});
const occupy = (sourceId: string, amountFen: number, projectId: string | null) =>
  k.inTenant((tx) => occupyBudgets(tx, { ...subject(amountFen, projectId), sourceType: 'travel_request', sourceId }));
const release = (sourceId: string) =>
  k.inTenant((tx) => releaseBudgets(tx, { tenantId: k.huachen, sourceType: 'travel_request', sourceId }));
const remaining = async (which: keyof typeof budgetIds) =>
  ok<BudgetView>(await k.admin.get(`/api/v1/budgets/${budgetIds[which]}`)).remainingFen;
const entries = async (which: keyof typeof budgetIds) =>
  ok<{ items: BudgetEntryView[] }>(await k.admin.get(`/api/v1/budgets/${budgetIds[which]}/entries`)).items;
const netOf = async (which: keyof typeof budgetIds, sourceId: string) =>
  (await entries(which)).filter((e) => e.sourceId === sourceId).reduce((sum, e) => sum + e.amountFen, 0);

describe('occupying', () => {
  it('occupies every applicable budget once, however often it is called', async () => {
    const source = newId();
    await occupy(source, 1_200_000, projectA);
    await occupy(source, 1_200_000, projectA);
    expect(await remaining('dept')).toBe(8_800_000);
    expect(await remaining('a')).toBe(8_800_000);
    expect(await remaining('b')).toBe(10_000_000);
    expect((await entries('dept')).filter((e) => e.sourceId === source).map((e) => [e.kind, e.amountFen])).toEqual([
      ['occupied', 1_200_000],
    ]);
    // The check sees the occupation.
    const c = await k.inTenant((tx) => checkBudgets(tx, subject(9_000_000, projectA)));
    expect(c.outcome).toBe('forbid');
    expect(c.lines.map((l) => l.usedFen)).toEqual([1_200_000, 1_200_000]);
    await release(source);
  });

  it('a changed amount or project replaces the occupation', async () => {
    const source = newId();
    await occupy(source, 1_000_000, projectA);
    await occupy(source, 700_000, projectB);
    expect(await netOf('dept', source)).toBe(700_000);
    expect(await netOf('a', source)).toBe(0);
    expect(await netOf('b', source)).toBe(700_000);
    expect((await entries('a')).filter((e) => e.sourceId === source).map((e) => [e.kind, e.amountFen])).toEqual([
      ['occupied', 1_000_000],
      ['released', -1_000_000],
    ]);
    expect(await remaining('dept')).toBe(9_300_000);
    await release(source);
  });
});

describe('releasing', () => {
  it('brings the net occupation to zero, once', async () => {
    const source = newId();
    await occupy(source, 2_500_000, projectB);
    await release(source);
    await release(source);
    for (const which of ['dept', 'a', 'b'] as const) {
      expect(await netOf(which, source), which).toBe(0);
      expect(await remaining(which), which).toBe(10_000_000);
    }
    expect((await entries('b')).filter((e) => e.sourceId === source).map((e) => e.kind)).toEqual(['occupied', 'released']);
    // Releasing what never occupied anything writes nothing.
    await release(newId());
    // Occupying again after a release (a resubmission) works.
    await occupy(source, 100, null);
    expect(await netOf('dept', source)).toBe(100);
    expect(await netOf('b', source)).toBe(0);
    await release(source);
  });

  it('entries show the travel request’s code', async () => {
    const id = newId();
    await k.inTenant((tx) =>
      tx.insert(travelRequests).values({
        tenantId: k.huachen,
        id,
        code: 'TR-BUDGET-TEST-1',
        requesterId: me.id,
        purpose: '预算测试',
        status: 'approving',
        travellerIds: [me.id],
        itinerary: [],
        estimate: { flight: 0, hotel: 0, train: 0, car: 0, other: 5_000 },
        estimatedTotalFen: 5_000,
      }),
    );
    await occupy(id, 5_000, null);
    const mine = (await entries('dept')).filter((e) => e.sourceId === id);
    expect(mine.map((e) => [e.sourceCode, e.kind, e.amountFen])).toEqual([['TR-BUDGET-TEST-1', 'occupied', 5_000]]);
  });
});

describe('concurrent submissions', () => {
  it('a check and its occupation in one transaction cannot both pass the last of a forbidding budget', async () => {
    const employee = await k.employeeOf('finance@huachen.example.com');
    const limited = ok<BudgetView>(
      await k.finance.post('/api/v1/budgets', {
        scopeType: 'employee',
        scopeId: employee.id,
        periodType: 'month',
        periodStart: `${TEST_YEAR}-04-01`,
        amountFen: 100_000,
        control: 'forbid',
      }),
      201,
    );
    const submit = (sourceId: string) =>
      k.inTenant(async (tx) => {
        const s = { ...subject(60_000, null), employeeId: employee.id, departmentId: employee.departmentId };
        const c = await checkBudgets(tx, s);
        if (c.outcome === 'forbid') return 'refused';
        await occupyBudgets(tx, { ...s, sourceType: 'travel_request', sourceId });
        return 'occupied';
      });
    const results = await Promise.all([submit(newId()), submit(newId())]);
    expect(results.sort()).toEqual(['occupied', 'refused']);
    expect(ok<BudgetView>(await k.admin.get(`/api/v1/budgets/${limited.id}`)).occupiedFen).toBe(60_000);
  });
});
