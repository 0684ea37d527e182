import type { AdjustmentKind } from '../budget-types.ts';

export type AdjustmentStatus = 'pending' | 'returned' | 'applied' | 'rejected' | 'withdrawn' | 'cancelled';

export interface AdjustmentInput {
  kind: AdjustmentKind;
  amountFen: number;
  reason: string;
  /** For a transfer: the budget the amount goes to. */
  targetBudgetId?: string;
}

/** A budget adjustment as the API shows it, with both budgets named. */
export interface AdjustmentView {
  id: string;
  code: string;
  kind: AdjustmentKind;
  budgetId: string;
  budgetName: string;
  budgetNameEn: string;
  targetBudgetId: string | null;
  targetBudgetName: string | null;
  targetBudgetNameEn: string | null;
  amountFen: number;
  reason: string;
  status: AdjustmentStatus;
  requesterId: string;
  requesterName: string;
  approvalInstanceId: string | null;
  createdAt: string;
  decidedAt: string | null;
}
