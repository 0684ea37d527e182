import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { rawRows } from '../../platform/db/raw-rows.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { supplierRow } from './supplier-rows.ts';
import type { CallFigures, CallSummary } from './supplier-schemas.ts';

/** The longest period a summary covers: the call log is big, and a month says enough. */
const MAX_RANGE_MS = 31 * 24 * 3600_000;

/**
 * Latency percentiles leave out calls refused by an open circuit (they took no time at the
 * supplier and would flatter it). Casts make both drivers return plain numbers.
 */
const figureColumns = sql`
  count(*)::int as n,
  (count(*) filter (where outcome <> 'ok'))::int as errors,
  (count(*) filter (where outcome = 'timeout'))::int as timeouts,
  (count(*) filter (where outcome = 'circuit_open'))::int as circuit_open,
  (percentile_cont(0.5) within group (order by latency_ms) filter (where outcome <> 'circuit_open'))::float8 as p50,
  (percentile_cont(0.95) within group (order by latency_ms) filter (where outcome <> 'circuit_open'))::float8 as p95,
  (percentile_cont(0.99) within group (order by latency_ms) filter (where outcome <> 'circuit_open'))::float8 as p99`;

const num = (v: unknown): number => Number(v ?? 0);
const ms = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);

function figuresOf(row: Record<string, unknown>): CallFigures {
  const count = num(row.n);
  const errors = num(row.errors);
  return {
    count,
    errors,
    errorRate: count === 0 ? 0 : errors / count,
    timeouts: num(row.timeouts),
    circuitOpen: num(row.circuit_open),
    p50Ms: ms(row.p50),
    p95Ms: ms(row.p95),
    p99Ms: ms(row.p99),
  };
}

/** Each supplier's call figures over [from, to); suppliers without calls are absent. */
export async function figuresBySupplier(tx: Tx, supplierIds: readonly string[], from: Date, to: Date): Promise<Map<string, CallFigures>> {
  if (supplierIds.length === 0) return new Map();
  const ids = sql.join(
    supplierIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = rawRows(
    await tx.execute(sql`select supplier_id::text as supplier_id, ${figureColumns}
      from supplier_calls
      where supplier_id in (${ids}) and at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz
      group by supplier_id`),
  );
  return new Map(rows.map((r) => [String(r.supplier_id), figuresOf(r)]));
}

/**
 * The period a summary covers: the one asked, else the 24 hours up to `to` (default now). A period
 * longer than 31 days is cut to the 31 days before `to`; `from` after `to` is refused.
 */
export function summaryPeriod(query: { from?: string; to?: string }, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  let from = query.from ? new Date(query.from) : new Date(to.getTime() - 24 * 3600_000);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw validationFailed([{ path: 'from', message: 'not a date-time' }]);
  if (from.getTime() > to.getTime()) throw validationFailed([{ path: 'from', message: 'from is after to' }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_MS) from = new Date(to.getTime() - MAX_RANGE_MS);
  return { from, to };
}

/** Count, error rate, timeouts and latency percentiles of a supplier's calls, in all and by operation. */
export async function summariseCalls(db: Db, supplierId: string, period: { from: Date; to: Date }): Promise<CallSummary> {
  return inSystemScope(db, async (tx) => {
    await supplierRow(tx, supplierId);
    const range = sql`supplier_id = ${supplierId}::uuid and at >= ${period.from.toISOString()}::timestamptz and at < ${period.to.toISOString()}::timestamptz`;
    const [total] = rawRows(await tx.execute(sql`select ${figureColumns} from supplier_calls where ${range}`));
    const byOperation = rawRows(
      await tx.execute(sql`select operation, ${figureColumns} from supplier_calls where ${range} group by operation order by operation`),
    );
    return {
      supplierId,
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      total: figuresOf(total ?? {}),
      byOperation: byOperation.map((r) => ({ operation: String(r.operation), ...figuresOf(r) })),
    };
  });
}
