import type { Lang, PeriodType } from './period.ts';

/** The shapes of the budget API and of the service functions travel requests call. */

export type BudgetScopeType = 'department' | 'project' | 'cost_centre' | 'employee';
export type BudgetControl = 'allow' | 'warn' | 'forbid';
export type BudgetLevel = 'ok' | 'warning' | 'exceeded';
export type CheckOutcome = 'ok' | 'warn' | 'forbid';
export type EntrySourceType = 'travel_request' | 'order' | 'adjustment';
export type EntryKind = 'occupied' | 'released' | 'spent' | 'adjusted';

export interface BudgetView {
  id: string;
  scopeType: BudgetScopeType;
  scopeId: string;
  /** Department or project name, or the employee's name. */
  scopeName: string;
  periodType: PeriodType;
  periodStart: string;
  /** '2026年11月' / '2026年第4季度' / '2026年' */
  periodLabel: string;
  /** 'Nov 2026' / 'Q4 2026' / '2026' */
  periodLabelEn: string;
  /** The effective amount: the budget's own amount plus its applied adjustments. */
  amountFen: number;
  /** The amount the budget was set up with (never changed by an adjustment). */
  originalAmountFen: number;
  /** Applied adjustments, signed (追加 and transfers in positive, 调减 and transfers out negative). */
  adjustedFen: number;
  /** Net occupation (occupied less released). */
  occupiedFen: number;
  spentFen: number;
  remainingFen: number;
  /** 已用: (occupied + spent) / amount, one decimal; above 100 when exceeded. */
  usedPercent: number;
  /** 剩余: 100 − usedPercent; negative when exceeded. */
  remainingPercent: number;
  /** Both, labelled: '已用 63.0% / 剩余 37.0%', '63.0% used / 37.0% left'. */
  percentLabel: Record<Lang, string>;
  warnAtPercent: number[];
  control: BudgetControl;
  level: BudgetLevel;
  /** The named owner, if one is set. */
  ownerEmployeeId: string | null;
  /** Who is told about warning lines: the named owner, else the department head, project owner or the employee. */
  ownerId: string | null;
  ownerName: string | null;
  /** Adjustments of this budget (either side of a transfer) waiting for approval. */
  pendingAdjustments: number;
}

export interface BudgetEntryView {
  id: string;
  sourceType: EntrySourceType;
  sourceId: string;
  /** The travel request's code or the order's tracking code, when the source is one. */
  sourceCode: string | null;
  kind: EntryKind;
  amountFen: number;
  /** 'settlement' when the trip's completion released the occupation or recorded its spend. */
  /** 'order': a request's occupation made room for (or took back from) the orders booked under it. */
  cause: 'settlement' | 'order' | null;
  /** For an adjustment's entry: increase, decrease, transfer and its reason. */
  adjustment: { kind: AdjustmentKind; reason: string; otherBudgetId: string | null } | null;
  createdAt: string;
}

export type AdjustmentKind = 'increase' | 'decrease' | 'transfer';

/** What a travel request (or the check form) asks of the budgets. */
export interface BudgetSubject {
  tenantId: string;
  employeeId: string;
  departmentId: string;
  projectId: string | null;
  amountFen: number;
  /** Local date (Asia/Shanghai) 'YYYY-MM-DD' that picks the periods. */
  date: string;
}

/**
 * One traveller's part of a request, charged to its cost bearer (费用归属): the budgets of the
 * department (and its ancestors), the project and the cost centre it names, and the traveller's own.
 */
export interface BudgetShare {
  employeeId: string;
  /** null when a project or cost centre bears the cost instead of a department. */
  departmentId: string | null;
  projectId: string | null;
  costCentreId: string | null;
  amountFen: number;
}

/** A request split into shares (several travellers, or one): each budget is asked for the sum of the shares it bears. */
export interface SharedBudgetSubject {
  tenantId: string;
  /** Local date (Asia/Shanghai) 'YYYY-MM-DD' that picks the periods. */
  date: string;
  shares: BudgetShare[];
}

/** The share form of a single-person subject. */
export const sharedSubjectOf = (s: BudgetSubject): SharedBudgetSubject => ({
  tenantId: s.tenantId,
  date: s.date,
  shares: [{ employeeId: s.employeeId, departmentId: s.departmentId, projectId: s.projectId, costCentreId: null, amountFen: s.amountFen }],
});

export interface BudgetCheckLine {
  budgetId: string;
  scopeType: BudgetScopeType;
  scopeName: string;
  /** Chinese label, e.g. '2026年11月'. */
  periodLabel: string;
  /** English label, e.g. 'Nov 2026'. */
  periodLabelEn: string;
  amountFen: number;
  /** Occupied and spent before this request. */
  usedFen: number;
  requestFen: number;
  afterFen: number;
  remainingAfterFen: number;
  percentAfter: number;
  control: BudgetControl;
  outcome: CheckOutcome;
  explanation: Record<Lang, string>;
}

export interface BudgetCheck {
  outcome: CheckOutcome;
  lines: BudgetCheckLine[];
}
