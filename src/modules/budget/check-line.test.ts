import { describe, expect, it } from 'vitest';
import { checkLine, strictest, type LineInput } from './check-line.ts';

const base: LineInput = {
  budgetId: 'b1',
  scopeType: 'department',
  scopeName: '研发中心',
  period: { type: 'month', start: '2026-11-01' },
  amountFen: 20_000_000,
  usedFen: 15_000_000,
  requestFen: 6_000_000,
  warnAtPercent: [80, 100],
  control: 'forbid',
};

describe('one budget line', () => {
  it('over a forbidding budget: forbid, with the numbers in both languages', () => {
    const line = checkLine(base);
    expect(line).toMatchObject({
      outcome: 'forbid',
      afterFen: 21_000_000,
      remainingAfterFen: -1_000_000,
      percentAfter: 105,
      periodLabel: '2026年11月',
      periodLabelEn: 'Nov 2026',
    });
    expect(line.explanation['zh-CN']).toBe(
      '研发中心 2026年11月预算 ¥200,000.00，已用 ¥150,000.00，本次 ¥60,000.00 后将超出 ¥10,000.00（已用 105.0% / 超出 5.0%），预算控制：禁止超支',
    );
    expect(line.explanation.en).toBe(
      '研发中心 budget for Nov 2026 ¥200,000.00: ¥150,000.00 used; with this ¥60,000.00 it would be exceeded by ¥10,000.00 (105.0% used / 5.0% over); control: forbid',
    );
  });

  it('over a warning budget: warn; over an allowing one: ok, still explained', () => {
    expect(checkLine({ ...base, control: 'warn' }).outcome).toBe('warn');
    expect(checkLine({ ...base, control: 'warn' }).explanation['zh-CN']).toContain('预算控制：超支需说明原因');
    const allowed = checkLine({ ...base, control: 'allow' });
    expect(allowed.outcome).toBe('ok');
    expect(allowed.explanation['zh-CN']).toContain('将超出 ¥10,000.00');
    expect(allowed.explanation.en).toContain('control: allow');
  });

  it('within: ok, and crossing a threshold is reported without blocking', () => {
    const line = checkLine({ ...base, requestFen: 2_000_000 });
    expect(line).toMatchObject({ outcome: 'ok', afterFen: 17_000_000, remainingAfterFen: 3_000_000, percentAfter: 85 });
    expect(line.explanation['zh-CN']).toBe(
      '研发中心 2026年11月预算 ¥200,000.00，已用 ¥150,000.00，本次 ¥20,000.00 后剩余 ¥30,000.00（已用 85.0% / 剩余 15.0%），将达到 80% 预警线',
    );
    expect(line.explanation.en).toBe(
      '研发中心 budget for Nov 2026 ¥200,000.00: ¥150,000.00 used; with this ¥20,000.00, ¥30,000.00 would remain (85.0% used / 15.0% left); reaches the 80% warning threshold',
    );
  });

  it('exactly the whole budget is not over it', () => {
    const line = checkLine({ ...base, requestFen: 5_000_000 });
    expect(line).toMatchObject({ outcome: 'ok', remainingAfterFen: 0, percentAfter: 100 });
    expect(line.explanation.en).toContain('reaches the 80%, 100% warning thresholds');
  });

  it('mentions a threshold passed before, and nothing when far below', () => {
    expect(checkLine({ ...base, usedFen: 17_000_000, requestFen: 100 }).explanation['zh-CN']).toContain('已达到 80% 预警线');
    const low = checkLine({
      ...base,
      usedFen: 0,
      requestFen: 100_000,
      scopeType: 'project',
      period: { type: 'quarter', start: '2026-10-01' },
    });
    expect(low.explanation['zh-CN']).toBe(
      '研发中心 2026年第4季度预算 ¥200,000.00，已用 ¥0.00，本次 ¥1,000.00 后剩余 ¥199,000.00（已用 0.5% / 剩余 99.5%）',
    );
    expect(low.explanation.en).toContain('budget for Q4 2026');
  });

  it('several thresholds crossed at once', () => {
    const line = checkLine({ ...base, usedFen: 0, requestFen: 19_000_000, warnAtPercent: [90, 50] });
    expect(line.explanation['zh-CN']).toContain('将达到 50%、90% 预警线');
    expect(line.explanation.en).toContain('reaches the 50%, 90% warning thresholds');
  });
});

describe('the strictest outcome', () => {
  it('forbid beats warn beats ok; nothing is ok', () => {
    expect(strictest([])).toBe('ok');
    expect(strictest(['ok', 'warn', 'ok'])).toBe('warn');
    expect(strictest(['warn', 'forbid', 'ok'])).toBe('forbid');
  });
});
