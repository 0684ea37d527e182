import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetEntryView, BudgetView } from '../../src/modules/budget/budget-types.ts';
import { occupyBudgets, releaseBudgets } from '../../src/modules/budget/occupy-budgets.ts';
import { budgetEntries } from '../../src/modules/budget/schema.ts';
import { newId } from '../../src/platform/ids.ts';
import { budgetKit, ok, refused, TEST_YEAR, type BudgetKit } from './budget-test-kit.ts';

let k: BudgetKit;
let deptId: string;
let employeeId: string;
let budget: BudgetView;
beforeAll(async () => {
  k = await budgetKit();
  deptId = await k.departmentId('HC-MKT');
  const [someone] = await k.t.db.database.query<{ id: string }>('select id from employees where department_id = $1 limit 1', [deptId]);
  if (!someone) throw new Error('nobody in HC-MKT');
  employeeId = someone.id;
  budget = ok<BudgetView>(
    await k.admin.post('/api/v1/budgets', {
      scopeType: 'department',
      scopeId: deptId,
      periodType: 'month',
      periodStart: `${TEST_YEAR}-05-01`,
      amountFen: 1_000_000,
      warnAtPercent: [80, 100],
      control: 'warn',
    }),
    201,
  );
});
afterAll(async () => {
  await k?.close();
});

const view = async () => ok<BudgetView>(await k.admin.get(`/api/v1/budgets/${budget.id}`));
const subject = (amountFen: number, sourceId: string) => ({
  tenantId: k.huachen,
  employeeId,
  departmentId: deptId,
  projectId: null,
  amountFen,
  date: `${TEST_YEAR}-05-20`,
  sourceType: 'travel_request' as const,
  sourceId,
});
const spend = (amountFen: number) =>
  k.inTenant((tx) =>
    tx
      .insert(budgetEntries)
      .values({ tenantId: k.huachen, id: newId(), budgetId: budget.id, sourceType: 'order', sourceId: newId(), kind: 'spent', amountFen }),
  );

describe('a budget’s use', () => {
  it('adds up occupations, releases and spend, and levels by the thresholds', async () => {
    const first = newId();
    const second = newId();
    await k.inTenant((tx) => occupyBudgets(tx, subject(300_000, first)));
    await k.inTenant((tx) => occupyBudgets(tx, subject(250_050, second)));
    expect(await view()).toMatchObject({ occupiedFen: 550_050, spentFen: 0, remainingFen: 449_950, usedPercent: 55, level: 'ok' });

    await spend(250_000);
    // 800,050 of 1,000,000: 80.005% rounds to 80.0 and has reached the 80% threshold.
    expect(await view()).toMatchObject({
      occupiedFen: 550_050,
      spentFen: 250_000,
      remainingFen: 199_950,
      usedPercent: 80,
      level: 'warning',
    });

    await k.inTenant((tx) => releaseBudgets(tx, { tenantId: k.huachen, sourceType: 'travel_request', sourceId: first }));
    expect(await view()).toMatchObject({ occupiedFen: 250_050, spentFen: 250_000, remainingFen: 499_950, usedPercent: 50, level: 'ok' });

    await spend(499_950);
    expect(await view()).toMatchObject({ remainingFen: 0, usedPercent: 100, level: 'warning' });
    await spend(1);
    const over = await view();
    expect(over).toMatchObject({ remainingFen: -1, usedPercent: 100, level: 'exceeded' });
    expect(typeof over.occupiedFen).toBe('number');
    expect(typeof over.usedPercent).toBe('number');
  });

  it('lists the entries, oldest first, signed', async () => {
    const { items } = ok<{ items: BudgetEntryView[] }>(await k.finance.get(`/api/v1/budgets/${budget.id}/entries`));
    expect(items.map((e) => [e.kind, e.amountFen, e.sourceType])).toEqual([
      ['occupied', 300_000, 'travel_request'],
      ['occupied', 250_050, 'travel_request'],
      ['spent', 250_000, 'order'],
      ['released', -300_000, 'travel_request'],
      ['spent', 499_950, 'order'],
      ['spent', 1, 'order'],
    ]);
    // No travel request with these ids exists: no code to show.
    expect(items.every((e) => e.sourceCode === null)).toBe(true);
    expect(items.every((e) => /^\d{4}-\d\d-\d\dT.*Z$/.test(e.createdAt))).toBe(true);
    refused(await k.admin.get(`/api/v1/budgets/${newId()}/entries`), 404, 'NOT_FOUND');
  });
});

describe('listing', () => {
  it('filters by scope and by overlapping period', async () => {
    const year = ok<BudgetView>(
      await k.admin.post('/api/v1/budgets', {
        scopeType: 'department',
        scopeId: deptId,
        periodType: 'year',
        periodStart: `${TEST_YEAR}-01-01`,
        amountFen: 9_000_000,
        control: 'allow',
      }),
      201,
    );
    const q2 = ok<BudgetView>(
      await k.admin.post('/api/v1/budgets', {
        scopeType: 'department',
        scopeId: deptId,
        periodType: 'quarter',
        periodStart: `${TEST_YEAR}-04-01`,
        amountFen: 3_000_000,
        control: 'allow',
      }),
      201,
    );
    const ids = async (query: Record<string, string>) =>
      ok<{ items: BudgetView[] }>(await k.admin.get('/api/v1/budgets', query)).items.map((b) => b.id);
    // Newest period first within the scope.
    expect(await ids({ scopeId: deptId, period: String(TEST_YEAR) })).toEqual([budget.id, q2.id, year.id]);
    expect(await ids({ scopeId: deptId, period: `${TEST_YEAR}-05` })).toEqual([budget.id, q2.id, year.id]);
    expect(await ids({ scopeId: deptId, period: `${TEST_YEAR}-06` })).toEqual([q2.id, year.id]);
    expect(await ids({ scopeId: deptId, period: `${TEST_YEAR}-Q3` })).toEqual([year.id]);
    expect(await ids({ scopeId: deptId, period: `${TEST_YEAR + 1}` })).toEqual([]);
    expect(await ids({ scopeType: 'project', period: String(TEST_YEAR) })).toEqual([]);
    const all = ok<{ items: BudgetView[] }>(await k.admin.get('/api/v1/budgets', { scopeType: 'department' })).items;
    expect(all.every((b) => b.scopeType === 'department')).toBe(true);
    expect(all.length).toBeGreaterThan(3);
    for (const period of ['2026-13', '2026-Q5', 'soon', '2026-11-01']) {
      const err = refused(await k.admin.get('/api/v1/budgets', { period }), 422, 'VALIDATION_FAILED');
      expect(
        err.details?.errors?.map((e) => e.path),
        period,
      ).toEqual(['period']);
    }
  });
});
