import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetCheck, BudgetView } from '../../src/modules/budget/budget-types.ts';
import { checkBudgets, type BudgetSubject } from '../../src/modules/budget/check-budgets.ts';
import { occupyBudgets } from '../../src/modules/budget/occupy-budgets.ts';
import { newId } from '../../src/platform/ids.ts';
import { budgetKit, ok, pathsOf, refused, TEST_YEAR, type BudgetKit } from './budget-test-kit.ts';

/**
 * The traveller works in 上海销售部 (HC-SAL-EC-SH) under 华东大区 (HC-SAL-EC) under 销售中心 (HC-SAL).
 * Budgets in the test year: the team's August (¥5,000, allow), the region's Q3 (¥20,000, warn), the
 * centre's year (¥100,000, forbid), a project's August (¥30,000, warn), the traveller's year (¥50,000, forbid).
 */

let k: BudgetKit;
let me: { id: string; departmentId: string; name: string };
let projectId: string;
const ids: Record<string, string> = {};
const DATE = `${TEST_YEAR}-08-15`;

beforeAll(async () => {
  k = await budgetKit();
  me = await k.employeeOf('traveller@huachen.example.com');
  projectId = await k.projectId('HC-PRJ-02');
  const create = async (
    name: string,
    scopeType: string,
    scopeId: string,
    periodType: string,
    periodStart: string,
    yuan: number,
    control: string,
  ) => {
    const b = ok<BudgetView>(
      await k.admin.post('/api/v1/budgets', { scopeType, scopeId, periodType, periodStart, amountFen: yuan * 100, control }),
      201,
    );
    ids[name] = b.id;
  };
  await create('team', 'department', me.departmentId, 'month', `${TEST_YEAR}-08-01`, 5_000, 'allow');
  await create('region', 'department', await k.departmentId('HC-SAL-EC'), 'quarter', `${TEST_YEAR}-07-01`, 20_000, 'warn');
  await create('centre', 'department', await k.departmentId('HC-SAL'), 'year', `${TEST_YEAR}-01-01`, 100_000, 'forbid');
  await create('project', 'project', projectId, 'month', `${TEST_YEAR}-08-01`, 30_000, 'warn');
  await create('person', 'employee', me.id, 'year', `${TEST_YEAR}-01-01`, 50_000, 'forbid');
  // Another month of the team and another department's budget do not apply.
  await create('july', 'department', me.departmentId, 'month', `${TEST_YEAR}-07-01`, 1, 'forbid');
  await create('other', 'department', await k.departmentId('HC-RD'), 'year', `${TEST_YEAR}-01-01`, 1, 'forbid');
});
afterAll(async () => {
  await k?.close();
});

const subject = (yuan: number, over: Partial<BudgetSubject> = {}): BudgetSubject => ({
  tenantId: k.huachen,
  employeeId: me.id,
  departmentId: me.departmentId,
  projectId,
  amountFen: yuan * 100,
  date: DATE,
  ...over,
});
const check = (s: BudgetSubject) => k.inTenant((tx) => checkBudgets(tx, s));
const outcomes = (c: BudgetCheck) => c.lines.map((l) => [Object.entries(ids).find(([, id]) => id === l.budgetId)?.[0], l.outcome]);

describe('checkBudgets', () => {
  it('within every budget: ok; lines from the team up, then the project, then the person', async () => {
    const c = await check(subject(3_000));
    expect(c.outcome).toBe('ok');
    expect(outcomes(c)).toEqual([
      ['team', 'ok'],
      ['region', 'ok'],
      ['centre', 'ok'],
      ['project', 'ok'],
      ['person', 'ok'],
    ]);
    const [team] = c.lines;
    expect(team).toMatchObject({
      scopeType: 'department',
      scopeName: '上海销售部',
      periodLabel: `${TEST_YEAR}年8月`,
      amountFen: 500_000,
      usedFen: 0,
      requestFen: 300_000,
      afterFen: 300_000,
      remainingAfterFen: 200_000,
      percentAfter: 60,
      control: 'allow',
    });
    expect(c.lines.map((l) => l.scopeName)).toEqual(['上海销售部', '华东大区', '销售中心', '华南渠道拓展', me.name]);
  });

  it('over a budget that allows it: still ok, explained', async () => {
    const c = await check(subject(6_000));
    expect(c.outcome).toBe('ok');
    const team = c.lines[0];
    expect(team?.outcome).toBe('ok');
    expect(team?.explanation['zh-CN']).toBe(
      `上海销售部 ${TEST_YEAR}年8月预算 ¥5,000.00，已用 ¥0.00，本次 ¥6,000.00 后将超出 ¥1,000.00（已用 120.0% / 超出 20.0%），预算控制：允许超支`,
    );
    expect(team?.explanation.en).toBe(
      `上海销售部 budget for Aug ${TEST_YEAR} ¥5,000.00: ¥0.00 used; with this ¥6,000.00 it would be exceeded by ¥1,000.00 (120.0% used / 20.0% over); control: allow`,
    );
  });

  it('over an ancestor’s warning budget: warn', async () => {
    const c = await check(subject(25_000));
    expect(c.outcome).toBe('warn');
    expect(outcomes(c)).toEqual([
      ['team', 'ok'],
      ['region', 'warn'],
      ['centre', 'ok'],
      ['project', 'ok'],
      ['person', 'ok'],
    ]);
    const project = c.lines[3];
    expect(project?.explanation['zh-CN']).toContain('将达到 80% 预警线');
    expect(project?.explanation.en).toContain('reaches the 80% warning threshold');
  });

  it('over the person’s forbidding budget: forbid, the strictest line wins', async () => {
    const c = await check(subject(60_000));
    expect(c.outcome).toBe('forbid');
    expect(outcomes(c)).toEqual([
      ['team', 'ok'],
      ['region', 'warn'],
      ['centre', 'ok'],
      ['project', 'warn'],
      ['person', 'forbid'],
    ]);
    const person = c.lines[4];
    expect(person?.explanation['zh-CN']).toBe(
      `${me.name} ${TEST_YEAR}年预算 ¥50,000.00，已用 ¥0.00，本次 ¥60,000.00 后将超出 ¥10,000.00（已用 120.0% / 超出 20.0%），预算控制：禁止超支`,
    );
    expect(person?.explanation.en).toContain('it would be exceeded by ¥10,000.00 (120.0% used / 20.0% over); control: forbid');
  });

  it('the department given is the start of the chain; over the project’s budget alone: warn; no project, no line', async () => {
    const fromCentre = await check(subject(31_000, { departmentId: await k.departmentId('HC-SAL') }));
    expect(fromCentre.outcome).toBe('warn');
    expect(outcomes(fromCentre)).toEqual([
      ['centre', 'ok'],
      ['project', 'warn'],
      ['person', 'ok'],
    ]);
    const noProject = await check(subject(3_000, { projectId: null }));
    expect(outcomes(noProject)).toEqual([
      ['team', 'ok'],
      ['region', 'ok'],
      ['centre', 'ok'],
      ['person', 'ok'],
    ]);
  });

  it('counts what is already used; other periods and no budget at all', async () => {
    await k.inTenant((tx) => occupyBudgets(tx, { ...subject(15_000), sourceType: 'travel_request', sourceId: newId() }));
    const c = await check(subject(4_000, { projectId: null }));
    const region = c.lines[1];
    expect(region).toMatchObject({ usedFen: 1_500_000, afterFen: 1_900_000, remainingAfterFen: 100_000, percentAfter: 95 });
    expect(region?.explanation['zh-CN']).toBe(
      `华东大区 ${TEST_YEAR}年第3季度预算 ¥20,000.00，已用 ¥15,000.00，本次 ¥4,000.00 后剩余 ¥1,000.00（已用 95.0% / 剩余 5.0%），将达到 80% 预警线`,
    );
    expect(region?.explanation.en).toBe(
      `华东大区 budget for Q3 ${TEST_YEAR} ¥20,000.00: ¥15,000.00 used; with this ¥4,000.00, ¥1,000.00 would remain (95.0% used / 5.0% left); reaches the 80% warning threshold`,
    );
    // December: only the yearly budgets apply.
    expect(outcomes(await check(subject(1_000, { date: `${TEST_YEAR}-12-31` })))).toEqual([
      ['centre', 'ok'],
      ['person', 'ok'],
    ]);
    expect(await check(subject(1_000_000, { date: '2041-03-01' }))).toEqual({ outcome: 'ok', lines: [] });
  });

  it('refuses a bad date or amount', async () => {
    await expect(check(subject(1, { date: `${TEST_YEAR}-02-30` }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(check(subject(-1))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('POST /budgets/check', () => {
  it('a traveller checks for themself: their department and its ancestors, the project given', async () => {
    const c = ok<BudgetCheck>(await k.traveller.post('/api/v1/budgets/check', { amountFen: 100, date: `${TEST_YEAR}-12-01` }));
    expect(outcomes(c)).toEqual([
      ['centre', 'ok'],
      ['person', 'ok'],
    ]);
    const withProject = ok<BudgetCheck>(
      await k.traveller.post('/api/v1/budgets/check', {
        employeeId: me.id,
        departmentId: me.departmentId,
        projectId,
        amountFen: 100,
        date: DATE,
      }),
    );
    expect(withProject.lines).toHaveLength(5);
    expect(withProject.lines[0]?.explanation['zh-CN']).toContain('上海销售部');
  });

  it('checking for somebody else, or another department, needs budget.read', async () => {
    const other = await k.employeeOf('finance@huachen.example.com');
    refused(await k.traveller.post('/api/v1/budgets/check', { employeeId: other.id, amountFen: 100, date: DATE }), 403, 'FORBIDDEN');
    refused(
      await k.traveller.post('/api/v1/budgets/check', { departmentId: await k.departmentId('HC-RD'), amountFen: 100, date: DATE }),
      403,
      'FORBIDDEN',
    );
    const forMe = ok<BudgetCheck>(await k.finance.post('/api/v1/budgets/check', { employeeId: me.id, amountFen: 6_000_000, date: DATE }));
    expect(forMe.outcome).toBe('forbid');
    // An operator without travel.request cannot call it at all.
    refused(await k.am.post('/api/v1/budgets/check', { employeeId: me.id, amountFen: 1, date: DATE }), 403, 'FORBIDDEN');
  });

  it('names the fields that are wrong', async () => {
    const bad = refused(
      await k.finance.post('/api/v1/budgets/check', { amountFen: -1, date: `${TEST_YEAR}-13-01` }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(bad)).toEqual(['amountFen', 'date']);
    const unknown = refused(
      await k.finance.post('/api/v1/budgets/check', { employeeId: newId(), amountFen: 1, date: DATE }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(unknown)).toEqual(['employeeId']);
    const refs = refused(
      await k.finance.post('/api/v1/budgets/check', {
        employeeId: me.id,
        departmentId: newId(),
        projectId: newId(),
        amountFen: 1,
        date: DATE,
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(refs)).toEqual(['departmentId', 'projectId']);
    // Another enterprise's employee does not exist here.
    const yunfanTraveller = await k.employeeOf('traveller@yunfan.example.com');
    expect(
      pathsOf(
        refused(
          await k.finance.post('/api/v1/budgets/check', { employeeId: yunfanTraveller.id, amountFen: 1, date: DATE }),
          422,
          'VALIDATION_FAILED',
        ),
      ),
    ).toEqual(['employeeId']);
  });
});
