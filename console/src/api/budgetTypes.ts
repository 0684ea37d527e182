/** Budgets (预算) as the budget API sends them. Money is integer fen. */

export type BudgetScopeType = 'department' | 'project' | 'employee';
export type BudgetPeriodType = 'month' | 'quarter' | 'year';
export type BudgetControl = 'allow' | 'warn' | 'forbid';
export type BudgetLevel = 'ok' | 'warning' | 'exceeded';
export type CheckOutcome = 'ok' | 'warn' | 'forbid';

export interface BudgetView {
  id: string;
  scopeType: BudgetScopeType;
  scopeId: string;
  scopeName: string;
  periodType: BudgetPeriodType;
  periodStart: string;
  periodLabel: string;
  /** Sent by newer servers: 'Nov 2026' / 'Q4 2026' / '2026'. */
  periodLabelEn?: string;
  amountFen: number;
  occupiedFen: number;
  spentFen: number;
  remainingFen: number;
  usedPercent: number;
  warnAtPercent: number[];
  control: BudgetControl;
  level: BudgetLevel;
}

export interface BudgetQuery {
  scopeType?: BudgetScopeType;
  scopeId?: string;
  /** '2026', '2026-Q4' or '2026-11'. */
  period?: string;
}

export interface BudgetCreate {
  scopeType: BudgetScopeType;
  scopeId: string;
  periodType: BudgetPeriodType;
  periodStart: string;
  amountFen: number;
  warnAtPercent?: number[];
  control: BudgetControl;
}

export interface BudgetUpdate {
  amountFen?: number;
  warnAtPercent?: number[];
  control?: BudgetControl;
}

export interface BudgetEntry {
  id: string;
  sourceType: 'travel_request' | 'order' | 'adjustment';
  sourceId: string;
  sourceCode: string | null;
  kind: 'occupied' | 'released' | 'spent';
  amountFen: number;
  createdAt: string;
}

export interface BudgetCheckLine {
  budgetId: string;
  scopeType: BudgetScopeType;
  scopeName: string;
  periodLabel: string;
  periodLabelEn?: string;
  amountFen: number;
  usedFen: number;
  requestFen: number;
  afterFen: number;
  remainingAfterFen: number;
  percentAfter: number;
  control: BudgetControl;
  outcome: CheckOutcome;
  explanation: { 'zh-CN': string; en: string };
}

export interface BudgetCheck {
  outcome: CheckOutcome;
  lines: BudgetCheckLine[];
}

export interface BudgetCheckRequest {
  employeeId?: string;
  departmentId?: string;
  projectId?: string | null;
  amountFen: number;
  date: string;
}
