import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetCheck, BudgetView } from '../../src/modules/budget/budget-types.ts';
import { periodEnd } from '../../src/modules/budget/period.ts';
import { chinaDateOf } from '../../src/platform/time/china-time.ts';
import { seedSampleBudgets, type SampleBudgetsInput } from '../../src/modules/budget/sample-budgets.ts';
import { generateDemoData } from '../../src/demo/demo-data.ts';
import { inSystemScope } from '../../src/platform/db/scope.ts';
import { budgetKit, ok, type BudgetKit } from './budget-test-kit.ts';

let k: BudgetKit;
beforeAll(async () => {
  k = await budgetKit();
});
afterAll(async () => {
  await k?.close();
});

const today = chinaDateOf(new Date());
const nextMonth = periodEnd({ type: 'month', start: `${today.slice(0, 7)}-01` });
const topLevel = (tenantCode: string) => generateDemoData().departments.filter((d) => d.tenantCode === tenantCode && d.parentCode === null);

/** The sample budgets' input for 华辰 as the demo gives it, with ids looked up in the kit's database. */
async function huachenInput(kit: BudgetKit, now: Date): Promise<SampleBudgetsInput> {
  const rows = await kit.t.db.database.query<{ kind: string; code: string; id: string }>(
    `select 'd' as kind, code, id from departments where tenant_id = $1 union all select 'p', code, id from projects where tenant_id = $1`,
    [kit.huachen],
  );
  const idOf = (kind: string, code: string) => {
    const row = rows.find((r) => r.kind === kind && r.code === code);
    if (!row) throw new Error(`no ${code}`);
    return row.id;
  };
  const project = generateDemoData().projects.find((p) => p.tenantCode === 'huachen');
  return {
    tenantId: kit.huachen,
    departments: topLevel('huachen').map((d) => ({ id: idOf('d', d.code), code: d.code })),
    projectId: project ? idOf('p', project.code) : null,
    now,
  };
}

describe('the demo budgets', () => {
  it.each(['huachen', 'yunfan'] as const)(
    '%s: a yearly and a monthly budget for every top-level department, controls mixed',
    async (tenant) => {
      const caller = tenant === 'huachen' ? k.admin : k.yunfanAdmin;
      const { items } = ok<{ items: BudgetView[] }>(
        await caller.get('/api/v1/budgets', { scopeType: 'department', period: today.slice(0, 7) }),
      );
      const names = topLevel(tenant)
        .map((d) => d.name)
        .sort();
      const years = items.filter((b) => b.periodType === 'year');
      const months = items.filter((b) => b.periodType === 'month');
      expect(years.map((b) => b.scopeName).sort()).toEqual(names);
      expect(months.map((b) => b.scopeName).sort()).toEqual(names);
      expect(years.every((b) => b.periodStart === `${today.slice(0, 4)}-01-01`)).toBe(true);
      expect(months.every((b) => b.periodStart === `${today.slice(0, 7)}-01`)).toBe(true);
      for (const b of years) {
        expect(b.amountFen).toBeGreaterThanOrEqual(20_000_000);
        expect(b.amountFen).toBeLessThanOrEqual(200_000_000);
        expect(b.level).toBe('ok');
      }
      expect(new Set(items.map((b) => b.control))).toEqual(new Set(['allow', 'warn', 'forbid']));
      // The sales centre is just below its 80% warning threshold this month.
      const sales = months.find((b) => b.scopeName === '销售中心');
      expect(sales).toMatchObject({ control: 'warn', level: 'ok' });
      expect(sales?.usedPercent).toBeGreaterThanOrEqual(75);
      expect(sales?.usedPercent).toBeLessThan(80);
      const projects = ok<{ items: BudgetView[] }>(
        await caller.get('/api/v1/budgets', { scopeType: 'project', period: today.slice(0, 7) }),
      ).items;
      expect(projects).toHaveLength(1);
      // Next month's budgets are already there, unspent, so a trip planned for next month is checked.
      const next = ok<{ items: BudgetView[] }>(
        await caller.get('/api/v1/budgets', { scopeType: 'department', period: nextMonth.slice(0, 7) }),
      ).items;
      expect(
        next
          .filter((b) => b.periodType === 'month')
          .map((b) => b.scopeName)
          .sort(),
      ).toEqual(names);
      expect(
        next
          .filter((b) => b.periodType === 'year')
          .map((b) => b.scopeName)
          .sort(),
      ).toEqual(names);
      expect(next.filter((b) => b.periodType === 'month').every((b) => b.spentFen === 0 && b.periodStart === nextMonth)).toBe(true);
    },
  );

  it('a demo traveller’s small request today crosses the sales centre’s warning threshold, without blocking', async () => {
    const c = ok<BudgetCheck>(await k.traveller.post('/api/v1/budgets/check', { amountFen: 500_000, date: today }));
    expect(c.outcome).toBe('ok');
    const sales = c.lines.find((l) => l.scopeName === '销售中心' && l.periodLabel.endsWith('月'));
    expect(sales?.explanation['zh-CN']).toContain('将达到 80% 预警线');
    expect(sales?.explanation.en).toContain('reaches the 80% warning threshold');
  });
});

describe('seedSampleBudgets', () => {
  it('takes the date from its caller: China time decides the month', async () => {
    // 16:30 UTC on 31 October is already 1 November in Beijing.
    const input = await huachenInput(k, new Date('2035-10-31T16:30:00Z'));
    await inSystemScope(k.t.db.database.db, (tx) => seedSampleBudgets(tx, input));
    const { items } = ok<{ items: BudgetView[] }>(await k.admin.get('/api/v1/budgets', { period: '2035' }));
    expect(new Set(items.map((b) => b.periodLabel))).toEqual(new Set(['2035年', '2035年11月', '2035年12月', '2035年第4季度']));
    const rd = items.filter((b) => b.scopeName === '研发中心');
    expect(rd.map((b) => [b.periodLabelEn, b.control])).toEqual([
      ['Dec 2035', 'forbid'],
      ['Nov 2035', 'forbid'],
      ['2035', 'forbid'],
    ]);
    // Ten earlier months at 70% of their share plus 35% of November: about 62% of the year.
    const year = rd.find((b) => b.periodType === 'year');
    expect(year?.usedPercent).toBeGreaterThan(55);
    expect(year?.usedPercent).toBeLessThan(70);
  });

  it('in December it also plans January: the next year and its first quarter, unspent', async () => {
    const input = await huachenInput(k, new Date('2040-12-15T04:00:00Z'));
    await inSystemScope(k.t.db.database.db, (tx) => seedSampleBudgets(tx, input));
    const next = ok<{ items: BudgetView[] }>(await k.admin.get('/api/v1/budgets', { period: '2041' })).items;
    expect(new Set(next.map((b) => b.periodLabel))).toEqual(new Set(['2041年', '2041年1月', '2041年第1季度']));
    expect(next.every((b) => b.spentFen === 0 && b.occupiedFen === 0)).toBe(true);
    // A January trip is checked against January and 2041, not against nothing.
    const c = ok<BudgetCheck>(await k.traveller.post('/api/v1/budgets/check', { amountFen: 100_000, date: '2041-01-10' }));
    expect(c.lines.map((l) => l.periodLabel).sort()).toEqual(['2041年', '2041年1月']);
  });
});
