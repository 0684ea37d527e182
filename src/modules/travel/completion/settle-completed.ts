import type { ApprovalWork } from '../../approval/index.ts';
import { settleBudgets, type ActualSpendSource } from '../../budget/index.ts';
import { recordChange } from '../../timeline/index.ts';
import { formatFen } from '../../../platform/format/money.ts';

/**
 * 预算结算 when a trip completes: its occupation is replaced by the actual spend the source reports
 * (the booking module's orders; zero until they exist), as ledger entries on each budget and a
 * 'travel_request.budget_settled' event on the request's timeline. Once per request: a second
 * completion or a retried sweep settles nothing again.
 */
export async function settleCompletedRequest(
  work: Pick<ApprovalWork, 'tx' | 'tenantId' | 'actor' | 'now'>,
  id: string,
  actualSpend: ActualSpendSource,
): Promise<void> {
  const source = { tenantId: work.tenantId, sourceType: 'travel_request' as const, sourceId: id };
  const settlement = await settleBudgets(work.tx, { ...source, actualSpend: await actualSpend(work.tx, source) });
  if (!settlement.settled) return;
  await recordChange(work.tx, {
    tenantId: work.tenantId,
    actor: work.actor,
    entityType: 'travel_request',
    entityId: id,
    type: 'travel_request.budget_settled',
    summary: `Budgets settled: occupation ${formatFen(settlement.releasedFen)} released, actual spend ${formatFen(settlement.spentFen)} recorded`,
    data: { releasedFen: settlement.releasedFen, spentFen: settlement.spentFen, lines: settlement.lines },
    at: work.now,
  });
}
