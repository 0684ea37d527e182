import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetView } from '../../src/modules/budget/budget-types.ts';
import { budgetKit, ok, pathsOf, refused, TEST_YEAR, type BudgetKit } from './budget-test-kit.ts';

let k: BudgetKit;
let rd: string;
beforeAll(async () => {
  k = await budgetKit();
  rd = await k.departmentId('HC-RD');
});
afterAll(async () => {
  await k?.close();
});

const body = (over: Record<string, unknown> = {}) => ({
  scopeType: 'department',
  scopeId: rd,
  periodType: 'quarter',
  periodStart: `${TEST_YEAR}-10-01`,
  amountFen: 50_000_000,
  control: 'warn',
  ...over,
});

describe('creating, changing and deleting budgets', () => {
  it('creates one with its labels, no use yet and the default thresholds', async () => {
    const b = ok<BudgetView>(await k.admin.post('/api/v1/budgets', body()), 201);
    expect(b).toMatchObject({
      scopeType: 'department',
      scopeId: rd,
      scopeName: '研发中心',
      periodType: 'quarter',
      periodStart: `${TEST_YEAR}-10-01`,
      periodLabel: `${TEST_YEAR}年第4季度`,
      periodLabelEn: `Q4 ${TEST_YEAR}`,
      amountFen: 50_000_000,
      occupiedFen: 0,
      spentFen: 0,
      remainingFen: 50_000_000,
      usedPercent: 0,
      warnAtPercent: [80, 100],
      control: 'warn',
      level: 'ok',
    });
    expect(ok<BudgetView>(await k.am.get(`/api/v1/budgets/${b.id}`))).toEqual(b);
    refused(await k.finance.post('/api/v1/budgets', body({ amountFen: 1 })), 409, 'DUPLICATE');
    // The same scope in another period, or another scope in the same period, is fine.
    ok(await k.finance.post('/api/v1/budgets', body({ periodType: 'month', periodStart: `${TEST_YEAR}-10-01` })), 201);
    ok(await k.finance.post('/api/v1/budgets', body({ scopeId: await k.departmentId('HC-SAL') })), 201);
  });

  it('names the fields that are wrong', async () => {
    const bad = refused(
      await k.admin.post('/api/v1/budgets', body({ periodStart: `${TEST_YEAR}-11-01`, amountFen: 0, warnAtPercent: [80, 80, 0] })),
      422,
      'VALIDATION_FAILED',
    );
    // The request schema states these rules (validator paths: warnAtPercent repeats, warnAtPercent.2 out of range).
    expect(pathsOf(bad)).toEqual(['amountFen', 'periodStart', 'warnAtPercent', 'warnAtPercent.2']);
    for (const [over, path] of [
      [{ periodStart: `${TEST_YEAR}-02-30`, periodType: 'month' }, 'periodStart'],
      [{ periodStart: `${TEST_YEAR}-02-01`, periodType: 'year' }, 'periodStart'],
      [{ amountFen: 10_000_000_000_001 }, 'amountFen'],
      [{ warnAtPercent: [10, 20, 30, 40, 50, 60] }, 'warnAtPercent'],
      [{ scopeId: '00000000-0000-4000-8000-000000000000' }, 'scopeId'],
      [{ scopeType: 'project' }, 'scopeId'],
    ] as const) {
      expect(pathsOf(refused(await k.admin.post('/api/v1/budgets', body(over)), 422, 'VALIDATION_FAILED')), JSON.stringify(over)).toEqual([
        path,
      ]);
    }
    const schema = refused(await k.admin.post('/api/v1/budgets', { ...body(), control: 'maybe', extra: 1 }), 422, 'VALIDATION_FAILED');
    expect(schema.details?.errors?.length).toBeGreaterThan(0);
  });

  it('changes the amount, thresholds and control, and records each change', async () => {
    const b = ok<BudgetView>(await k.admin.post('/api/v1/budgets', body({ periodType: 'year', periodStart: `${TEST_YEAR}-01-01` })), 201);
    const changed = ok<BudgetView>(
      await k.finance.patch(`/api/v1/budgets/${b.id}`, { amountFen: 80_000_000, warnAtPercent: [90, 50], control: 'forbid' }),
    );
    expect(changed).toMatchObject({ amountFen: 80_000_000, remainingFen: 80_000_000, warnAtPercent: [50, 90], control: 'forbid' });
    expect(pathsOf(refused(await k.admin.patch(`/api/v1/budgets/${b.id}`, { amountFen: -5 }), 422, 'VALIDATION_FAILED'))).toEqual([
      'amountFen',
    ]);
    // Nothing changed: no new record.
    ok(await k.admin.patch(`/api/v1/budgets/${b.id}`, { control: 'forbid' }));
    const timeline = await k.t.db.database.query<{ type: string; seq: number }>(
      "select type, seq from timeline_events where entity_type = 'budget' and entity_id = $1 order by seq",
      [b.id],
    );
    expect(timeline.map((e) => e.type)).toEqual(['budget.created', 'budget.updated']);
    const audit = await k.t.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [b.id]);
    expect(audit.map((a) => a.action)).toEqual(['budget.created', 'budget.updated']);
  });

  it('deletes a budget without entries; refuses one with entries (IN_USE)', async () => {
    const unused = ok<BudgetView>(
      await k.admin.post('/api/v1/budgets', body({ periodType: 'month', periodStart: `${TEST_YEAR}-03-01` })),
      201,
    );
    expect((await k.admin.del(`/api/v1/budgets/${unused.id}`)).statusCode).toBe(204);
    refused(await k.admin.get(`/api/v1/budgets/${unused.id}`), 404, 'NOT_FOUND');
    refused(await k.admin.del(`/api/v1/budgets/${unused.id}`), 404, 'NOT_FOUND');
    const audit = await k.t.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [
      unused.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['budget.created', 'budget.deleted']);

    // A seeded budget has spend booked against it.
    const seeded = ok<{ items: BudgetView[] }>(await k.admin.get('/api/v1/budgets', { scopeId: rd })).items.find((b) => b.spentFen > 0);
    if (!seeded) throw new Error('no seeded budget with spend');
    const inUse = refused(await k.admin.del(`/api/v1/budgets/${seeded.id}`), 409, 'IN_USE');
    expect(inUse.details?.entries).toBeGreaterThan(0);
  });
});

describe('who may do what', () => {
  it('a traveller can neither read nor manage budgets', async () => {
    const [any] = ok<{ items: BudgetView[] }>(await k.admin.get('/api/v1/budgets')).items;
    if (!any) throw new Error('no budgets');
    for (const res of [
      await k.traveller.get('/api/v1/budgets'),
      await k.traveller.get(`/api/v1/budgets/${any.id}`),
      await k.traveller.get(`/api/v1/budgets/${any.id}/entries`),
      await k.traveller.post('/api/v1/budgets', body({ periodStart: `${TEST_YEAR}-07-01` })),
      await k.traveller.patch(`/api/v1/budgets/${any.id}`, { amountFen: 1 }),
      await k.traveller.del(`/api/v1/budgets/${any.id}`),
    ]) {
      refused(res, 403, 'FORBIDDEN');
    }
  });

  it('an account manager reads but does not manage', async () => {
    expect(ok<{ items: BudgetView[] }>(await k.am.get('/api/v1/budgets')).items.length).toBeGreaterThan(0);
    refused(await k.am.post('/api/v1/budgets', body({ periodStart: `${TEST_YEAR}-07-01` })), 403, 'FORBIDDEN');
  });

  it('another enterprise’s budget is not found, for reading or writing, and stays as it was', async () => {
    const [mine] = ok<{ items: BudgetView[] }>(await k.admin.get('/api/v1/budgets')).items;
    if (!mine) throw new Error('no budgets');
    for (const res of [
      await k.yunfanAdmin.get(`/api/v1/budgets/${mine.id}`),
      await k.yunfanAdmin.get(`/api/v1/budgets/${mine.id}/entries`),
      await k.yunfanAdmin.patch(`/api/v1/budgets/${mine.id}`, { amountFen: 1 }),
      await k.yunfanAdmin.del(`/api/v1/budgets/${mine.id}`),
    ]) {
      refused(res, 404, 'NOT_FOUND');
    }
    expect(ok<BudgetView>(await k.admin.get(`/api/v1/budgets/${mine.id}`))).toEqual(mine);
    const theirs = ok<{ items: BudgetView[] }>(await k.yunfanAdmin.get('/api/v1/budgets')).items;
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.map((b) => b.id)).not.toContain(mine.id);
    // A Huachen department as the scope of a Yunfan budget does not exist for Yunfan.
    const smuggled = refused(await k.yunfanAdmin.post('/api/v1/budgets', body()), 422, 'VALIDATION_FAILED');
    expect(pathsOf(smuggled)).toEqual(['scopeId']);
  });
});
