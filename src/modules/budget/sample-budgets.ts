import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { BudgetControl } from './budget-types.ts';
import { chinaDateOf } from '../../platform/time/china-time.ts';
import { periodContaining, periodEnd } from './period.ts';
import { budgetAdjustments, budgetEntries, budgets } from './schema.ts';

/**
 * Sample budgets (the demo seeds them for every enterprise): for a tenant's top-level departments a yearly budget for the current year
 * and a monthly one for the current month (China time), plus a quarterly budget for its first
 * project. Earlier spend is simulated with 'spent' adjustment entries; each enterprise's sales
 * centre is just below its 80% warning threshold this month, so a new request shows the warning.
 *
 * Like a travel admin who plans ahead, the demo also holds next month's budgets, unspent: the
 * month, and the year or quarter too when next month starts a new one. A trip planned for next
 * month (in December: for January) is then checked against a budget, whatever today's date.
 */

interface Plan {
  /** Yearly amount in yuan. */
  yearlyYuan: number;
  control: BudgetControl;
  /** Share of this month's budget already spent. */
  monthUsed: number;
}

/** By the department code's suffix (HC-RD → RD); anything else gets the default. */
const PLANS: Record<string, Plan> = {
  SAL: { yearlyYuan: 2_000_000, control: 'warn', monthUsed: 0.78 },
  RD: { yearlyYuan: 1_500_000, control: 'forbid', monthUsed: 0.35 },
  TECH: { yearlyYuan: 1_500_000, control: 'forbid', monthUsed: 0.35 },
  MFG: { yearlyYuan: 1_200_000, control: 'forbid', monthUsed: 0.4 },
  CEO: { yearlyYuan: 800_000, control: 'allow', monthUsed: 0.25 },
  MKT: { yearlyYuan: 900_000, control: 'warn', monthUsed: 0.5 },
  PRD: { yearlyYuan: 700_000, control: 'warn', monthUsed: 0.3 },
  SCM: { yearlyYuan: 600_000, control: 'forbid', monthUsed: 0.45 },
  PUR: { yearlyYuan: 400_000, control: 'forbid', monthUsed: 0.2 },
};
const DEFAULT_PLAN: Plan = { yearlyYuan: 300_000, control: 'warn', monthUsed: 0.15 };
/** Share of each earlier month's part of the yearly budget that was spent. */
const EARLIER_MONTHS_USED = 0.7;
const PROJECT_QUARTER_YUAN = 150_000;

const fen = (yuan: number) => Math.round(yuan) * 100;
/** Rounded to whole thousands of yuan, in fen. */
const roundedFen = (yuan: number) => Math.round(yuan / 1000) * 1000 * 100;

type NewBudget = typeof budgets.$inferInsert;
type NewEntry = typeof budgetEntries.$inferInsert;

export interface SampleBudgetsInput {
  tenantId: string;
  /** The top-level departments; their code's suffix (HC-RD → RD) picks the plan. */
  departments: { id: string; code: string }[];
  /** The project that gets a quarterly budget, if any. */
  projectId: string | null;
  /** Today, in China time, picks the periods. */
  now: Date;
  /** Who asked for the sample adjustment (finance), if anyone: next month's budget of the first department was increased. */
  adjustmentRequesterId?: string | null;
}

/** Inserts the sample budgets, with the spend booked before them as adjustment entries (system scope). */
export async function seedSampleBudgets(tx: Tx, input: SampleBudgetsInput): Promise<void> {
  const { tenantId, now } = input;
  const today = chinaDateOf(now);
  const yearStart = periodContaining(today, 'year');
  const monthStart = periodContaining(today, 'month');
  const quarterStart = periodContaining(today, 'quarter');
  if (!yearStart || !monthStart || !quarterStart) throw new Error(`cannot seed budgets for ${today}`);
  const earlierMonths = Number(monthStart.slice(5, 7)) - 1;
  const nextMonthStart = periodEnd({ type: 'month', start: monthStart });
  // Next month starts a new year or quarter exactly when it is the current one's end.
  const nextYearStart = periodEnd({ type: 'year', start: yearStart }) === nextMonthStart ? nextMonthStart : yearStart;
  const nextQuarterStart = periodEnd({ type: 'quarter', start: quarterStart }) === nextMonthStart ? nextMonthStart : quarterStart;

  const rows: NewBudget[] = [];
  const entries: NewEntry[] = [];
  const spend = (budgetId: string, sourceId: string, amountFen: number) => {
    if (amountFen > 0) entries.push({ tenantId, id: newId(), budgetId, sourceType: 'adjustment', sourceId, kind: 'spent', amountFen });
  };

  for (const dept of input.departments) {
    const plan = PLANS[dept.code.split('-').slice(1).join('-')] ?? DEFAULT_PLAN;
    const scopeId = dept.id;
    const yearlyFen = fen(plan.yearlyYuan);
    const monthlyFen = roundedFen((plan.yearlyYuan / 12) * 1.1);
    const monthSpent = Math.round(monthlyFen * plan.monthUsed);
    const earlierSpent = Math.round((yearlyFen / 12) * earlierMonths * EARLIER_MONTHS_USED);
    const base = { tenantId, scopeType: 'department' as const, scopeId, warnAtPercent: [80, 100], control: plan.control };
    const year: NewBudget = { ...base, id: newId(), periodType: 'year', periodStart: yearStart, amountFen: yearlyFen };
    const month: NewBudget = { ...base, id: newId(), periodType: 'month', periodStart: monthStart, amountFen: monthlyFen };
    rows.push(year, month, { ...base, id: newId(), periodType: 'month', periodStart: nextMonthStart, amountFen: monthlyFen });
    if (nextYearStart !== yearStart)
      rows.push({ ...base, id: newId(), periodType: 'year', periodStart: nextYearStart, amountFen: yearlyFen });
    // One adjustment per department stands for the spend booked before the demo began.
    const adjustment = newId();
    spend(year.id, adjustment, earlierSpent + monthSpent);
    spend(month.id, adjustment, monthSpent);
  }
  if (input.projectId !== null) {
    const quarters = nextQuarterStart === quarterStart ? [quarterStart] : [quarterStart, nextQuarterStart];
    for (const periodStart of quarters) {
      rows.push({
        tenantId,
        id: newId(),
        scopeType: 'project',
        scopeId: input.projectId,
        periodType: 'quarter',
        periodStart,
        amountFen: fen(PROJECT_QUARTER_YUAN),
        warnAtPercent: [90],
        control: 'forbid',
      });
    }
  }
  if (rows.length > 0) await tx.insert(budgets).values(rows);
  if (entries.length > 0) await tx.insert(budgetEntries).values(entries);
  const increased = rows.find((r) => r.scopeType === 'department' && r.periodType === 'month' && r.periodStart === nextMonthStart);
  if (input.adjustmentRequesterId && increased)
    await seedAppliedIncrease(tx, { tenantId, budget: increased, requesterId: input.adjustmentRequesterId, now });
}

/** One approved 追加 of a tenth of the budget, as if finance had asked for it and it had been approved this morning. */
async function seedAppliedIncrease(tx: Tx, args: { tenantId: string; budget: NewBudget; requesterId: string; now: Date }): Promise<void> {
  const { tenantId, budget, requesterId, now } = args;
  const id = newId();
  const amountFen = roundedFen(Number(budget.amountFen) / 100 / 10);
  await tx.insert(budgetAdjustments).values({
    tenantId,
    id,
    code: `TZ${chinaDateOf(now).replace(/-/g, '')}00001`,
    kind: 'increase',
    budgetId: budget.id,
    amountFen,
    reason: '下月展会集中出差，追加预算',
    status: 'applied',
    requesterId,
    decidedAt: now,
  });
  await tx
    .insert(budgetEntries)
    .values({ tenantId, id: newId(), budgetId: budget.id, sourceType: 'adjustment', sourceId: id, kind: 'adjusted', amountFen });
}
