import { runApprovalWork } from '../../src/modules/approval/index.ts';
import { systemActor, type Actor } from '../../src/modules/access/index.ts';
import type { CreateOrderInput, OrderWork } from '../../src/modules/orders/index.ts';
import { newId } from '../../src/platform/ids.ts';
import type { Kit } from '../approval/approval-test-kit.ts';

/** Order tests: the work unit over the kit's deps, sample inputs, budget figures read straight from the ledger. */

export const tester: Actor = systemActor('测试');

export function inOrderWork<T>(
  k: Kit,
  fn: (work: OrderWork) => Promise<T>,
  opts: { tenantId?: string; now?: Date; actor?: Actor } = {},
): Promise<T> {
  return runApprovalWork(
    k.deps,
    { tenantId: opts.tenantId ?? k.huachen, actor: opts.actor ?? tester, now: opts.now ?? new Date('2030-06-01T02:00:00Z') },
    fn,
  );
}

/** A compliant company-paid flight 上海→北京 on 2030-06-10 for ¥1,200. */
export function flightInput(travellerId: string, over: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    category: 'flight',
    offer: { flightNo: 'MU5101', carrier: 'MU', cabin: 'economy', departureAt: '2030-06-10T00:00:00Z', arrivalAt: '2030-06-10T02:15:00Z' },
    travellerIds: [travellerId],
    bookerEmployeeId: travellerId,
    policy: { versionId: null, outcome: 'allow', compliant: true, verdict: null },
    paymentMode: 'company',
    supplier: { id: null, code: 'sim-mu' },
    amountFen: 120_000,
    serviceStartAt: new Date('2030-06-10T00:00:00Z'),
    serviceEndAt: new Date('2030-06-10T02:15:00Z'),
    originCityId: 'shanghai',
    destinationCityId: 'beijing',
    needsApproval: false,
    ...over,
  };
}

/** A month budget of the department for June 2030 (¥10,000, warn). */
export async function juneBudget(k: Kit, departmentId: string, tenantId = k.huachen): Promise<string> {
  const id = newId();
  await k.db.database.query(
    `insert into budgets (tenant_id, id, scope_type, scope_id, period_type, period_start, amount_fen, warn_at_percent, control)
     values ($1, $2, 'department', $3, 'month', '2030-06-01', 1000000, '{80,100}', 'warn')`,
    [tenantId, id, departmentId],
  );
  return id;
}

/** A budget's use, from its entries: net occupation and spend. */
export async function useOf(k: Kit, budgetId: string): Promise<{ occupiedFen: number; spentFen: number }> {
  const [row] = await k.db.database.query<{ occupied: number; spent: number }>(
    `select coalesce(sum(amount_fen) filter (where kind in ('occupied','released')), 0)::float8 as occupied,
            coalesce(sum(amount_fen) filter (where kind = 'spent'), 0)::float8 as spent
       from budget_entries where budget_id = $1`,
    [budgetId],
  );
  return { occupiedFen: Number(row?.occupied ?? 0), spentFen: Number(row?.spent ?? 0) };
}

/** The timeline event types of an entity, in order. */
export async function timelineTypes(k: Kit, entityId: string): Promise<string[]> {
  const rows = await k.db.database.query<{ type: string }>('select type from timeline_events where entity_id = $1 order by seq', [
    entityId,
  ]);
  return rows.map((r) => r.type);
}

export async function auditActions(k: Kit, entityId: string): Promise<string[]> {
  const rows = await k.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [entityId]);
  return rows.map((r) => r.action);
}
