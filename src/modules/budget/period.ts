import { isLocalDate, parseLocalDate } from '../../platform/time/china-time.ts';

/**
 * Budget periods of the China calendar (src/platform/time/china-time.ts): the month, quarter or
 * year containing a date, their first days, labels and the `period` query. Dates are China
 * calendar dates 'YYYY-MM-DD'. Pure: no clock, no I/O.
 */

export const periodTypes = ['month', 'quarter', 'year'] as const;
export type PeriodType = (typeof periodTypes)[number];

export interface Period {
  type: PeriodType;
  /** First day, 'YYYY-MM-DD'. */
  start: string;
}

export type Lang = 'zh-CN' | 'en';

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_OF: Record<PeriodType, number> = { month: 1, quarter: 3, year: 12 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const format = ({ year, month, day }: Ymd) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The first day of the period of this type that contains the date; null for an invalid date. */
export function periodContaining(date: string, type: PeriodType): string | null {
  const d = parseLocalDate(date);
  if (!d) return null;
  const span = MONTHS_OF[type];
  const month = Math.floor((d.month - 1) / span) * span + 1;
  return format({ year: d.year, month, day: 1 });
}

/** Whether start is a valid date and the first day of a period of this type. */
export function isPeriodStart(type: PeriodType, start: string): boolean {
  return parseLocalDate(start) !== null && periodContaining(start, type) === start;
}

/** The first day after the period (exclusive end). */
export function periodEnd(period: Period): string {
  const d = parseLocalDate(period.start);
  if (!d) throw new Error(`invalid period start ${period.start}`);
  const months = d.year * 12 + (d.month - 1) + MONTHS_OF[period.type];
  return format({ year: Math.floor(months / 12), month: (months % 12) + 1, day: 1 });
}

/** '2026年11月' / '2026年第4季度' / '2026年'; 'Nov 2026' / 'Q4 2026' / '2026'. */
export function periodLabel(period: Period, lang: Lang): string {
  const d = parseLocalDate(period.start);
  if (!d) throw new Error(`invalid period start ${period.start}`);
  const quarter = Math.floor((d.month - 1) / 3) + 1;
  if (lang === 'zh-CN') {
    if (period.type === 'year') return `${d.year}年`;
    return period.type === 'quarter' ? `${d.year}年第${quarter}季度` : `${d.year}年${d.month}月`;
  }
  if (period.type === 'year') return String(d.year);
  return period.type === 'quarter' ? `Q${quarter} ${d.year}` : `${MONTHS_EN[d.month - 1] ?? ''} ${d.year}`;
}

/** The `period` query: '2026' (year), '2026-Q4' (quarter), '2026-11' (month); null when malformed. */
export function parsePeriodQuery(text: string): Period | null {
  const year = /^(\d{4})$/.exec(text);
  if (year) return Number(year[1]) >= 1000 ? { type: 'year', start: `${year[1]}-01-01` } : null;
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (quarter) {
    const y = Number(quarter[1]);
    return y >= 1000 ? { type: 'quarter', start: `${quarter[1]}-${pad((Number(quarter[2]) - 1) * 3 + 1)}-01` } : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const start = `${month[1]}-${month[2]}-01`;
    return isLocalDate(start) ? { type: 'month', start } : null;
  }
  return null;
}

/** Every period (month, quarter, year) containing the date, or null for an invalid date. */
export function periodsContaining(date: string): Period[] | null {
  const out: Period[] = [];
  for (const type of periodTypes) {
    const start = periodContaining(date, type);
    if (start === null) return null;
    out.push({ type, start });
  }
  return out;
}
