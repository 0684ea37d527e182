import { chinaToday } from '../../lib/dates';

/** This month in China ('2026-12'): the budget list shows the month's, quarter's and year's budgets over it. */
export const currentPeriod = (now = new Date()): string => chinaToday(now).slice(0, 7);
