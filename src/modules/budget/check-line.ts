import type { BudgetCheckLine, BudgetControl, BudgetScopeType, CheckOutcome } from './budget-types.ts';
import { formatFen } from '../../platform/format/money.ts';
import { percentOf, usedAndLeftLabel } from '../../platform/format/percent.ts';
import { periodLabel, type Period } from './period.ts';

/** One budget against one request: the outcome and its bilingual explanation. Pure. */

export interface LineInput {
  budgetId: string;
  scopeType: BudgetScopeType;
  scopeName: string;
  period: Period;
  amountFen: number;
  /** Occupied and spent so far. */
  usedFen: number;
  requestFen: number;
  warnAtPercent: readonly number[];
  control: BudgetControl;
}

const CONTROL_ZH: Record<BudgetControl, string> = { allow: '允许超支', warn: '超支需说明原因', forbid: '禁止超支' };
const SEVERITY: Record<CheckOutcome, number> = { ok: 0, warn: 1, forbid: 2 };

/** The strictest outcome: forbid over warn over ok. */
export const strictest = (outcomes: readonly CheckOutcome[]): CheckOutcome =>
  outcomes.reduce<CheckOutcome>((worst, o) => (SEVERITY[o] > SEVERITY[worst] ? o : worst), 'ok');

/** Whether use reaches percent of the amount (exactly, in integers). */
const reaches = (usedFen: number, amountFen: number, percent: number) => usedFen * 100 >= percent * amountFen;

export function checkLine(input: LineInput): BudgetCheckLine {
  const { amountFen, usedFen, requestFen, control } = input;
  const afterFen = usedFen + requestFen;
  const remainingAfterFen = amountFen - afterFen;
  const percentAfter = percentOf(afterFen, amountFen);
  const exceeded = afterFen > amountFen;
  const outcome: CheckOutcome = !exceeded || control === 'allow' ? 'ok' : control;

  const thresholds = [...input.warnAtPercent].sort((a, b) => a - b);
  const crossed = thresholds.filter((p) => !reaches(usedFen, amountFen, p) && reaches(afterFen, amountFen, p));
  const passed = thresholds.filter((p) => reaches(usedFen, amountFen, p));
  const pctZh = usedAndLeftLabel(percentAfter, 'zh-CN');
  const pctEn = usedAndLeftLabel(percentAfter, 'en');
  const zhLabel = periodLabel(input.period, 'zh-CN');
  const enLabel = periodLabel(input.period, 'en');

  let zh = `${input.scopeName} ${zhLabel}预算 ${formatFen(amountFen)}，已用 ${formatFen(usedFen)}，本次 ${formatFen(requestFen)} 后`;
  let en = `${input.scopeName} budget for ${enLabel} ${formatFen(amountFen)}: ${formatFen(usedFen)} used; with this ${formatFen(requestFen)}`;
  if (exceeded) {
    zh += `将超出 ${formatFen(-remainingAfterFen)}（${pctZh}），预算控制：${CONTROL_ZH[control]}`;
    en += ` it would be exceeded by ${formatFen(-remainingAfterFen)} (${pctEn}); control: ${control}`;
  } else {
    zh += `剩余 ${formatFen(remainingAfterFen)}（${pctZh}）`;
    en += `, ${formatFen(remainingAfterFen)} would remain (${pctEn})`;
    if (crossed.length > 0) {
      const list = crossed.map((p) => `${p}%`).join('、');
      zh += `，将达到 ${list} 预警线`;
      en += `; reaches the ${crossed.map((p) => `${p}%`).join(', ')} warning threshold${crossed.length > 1 ? 's' : ''}`;
    } else if (passed.length > 0) {
      const highest = passed[passed.length - 1];
      zh += `，已达到 ${highest}% 预警线`;
      en += `; already past the ${highest}% warning threshold`;
    }
  }

  return {
    budgetId: input.budgetId,
    scopeType: input.scopeType,
    scopeName: input.scopeName,
    periodLabel: zhLabel,
    periodLabelEn: enLabel,
    amountFen,
    usedFen,
    requestFen,
    afterFen,
    remainingAfterFen,
    percentAfter,
    control,
    outcome,
    explanation: { 'zh-CN': zh, en },
  };
}
