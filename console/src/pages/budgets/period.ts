import type { BudgetPeriodType } from '../../api/types';

export interface PeriodPick {
  type: BudgetPeriodType;
  year: number;
  /** 1–4 for quarters, 1–12 for months. */
  part: number;
}

export function currentPeriod(type: BudgetPeriodType = 'month', now = new Date()): PeriodPick {
  const month = now.getMonth() + 1;
  return { type, year: now.getFullYear(), part: type === 'quarter' ? Math.ceil(month / 3) : type === 'month' ? month : 1 };
}

/** The API's period filter: '2026', '2026-Q4' or '2026-11'. */
export function periodParam(p: PeriodPick): string {
  if (p.type === 'year') return String(p.year);
  if (p.type === 'quarter') return `${p.year}-Q${p.part}`;
  return `${p.year}-${String(p.part).padStart(2, '0')}`;
}

export function parsePeriodParam(value: string | null): PeriodPick | null {
  if (!value) return null;
  let m = /^(\d{4})$/.exec(value);
  if (m) return { type: 'year', year: Number(m[1]), part: 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { type: 'quarter', year: Number(m[1]), part: Number(m[2]) };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (m) return { type: 'month', year: Number(m[1]), part: Number(m[2]) };
  return null;
}

/** The first day of the period, 'YYYY-MM-DD' (what POST /budgets wants as periodStart). */
export function periodStart(p: PeriodPick): string {
  const month = p.type === 'year' ? 1 : p.type === 'quarter' ? (p.part - 1) * 3 + 1 : p.part;
  return `${p.year}-${String(month).padStart(2, '0')}-01`;
}

export function partsOf(type: BudgetPeriodType): number[] {
  if (type === 'quarter') return [1, 2, 3, 4];
  if (type === 'month') return Array.from({ length: 12 }, (_, i) => i + 1);
  return [];
}

export function yearsAround(year: number): number[] {
  return [year - 2, year - 1, year, year + 1, year + 2];
}
