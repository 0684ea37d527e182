import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { travelRequestLabels } from '../../travel/index.ts';
import { travellersOf } from '../order-rows.ts';
import { orders } from '../schema.ts';
import { mineCondition } from './order-access.ts';
import { type OrderSummary, summaryOf } from './order-view.ts';

/** A trip of 我的行程: a travel request's orders together, or one order booked on its own. */
export interface Trip {
  travelRequestId: string | null;
  /** 'TR2026… 拜访客户' for a request; null for an order on its own. */
  title: string | null;
  startsAt: string;
  endsAt: string;
  upcoming: boolean;
  orders: OrderSummary[];
}

/** Orders that never were or are no more (a changed order lives on in its child). */
const GONE = ['rejected', 'failed', 'changed'] as const;

/**
 * 我的行程: the caller's orders (booked by or for them), grouped by travel request (an order on its
 * own is a trip of its own), each trip's orders by start; trips not yet over first, soonest first,
 * then past ones, latest first. At most `limit` trips.
 */
export async function myTrips(db: Db, args: { tenantId: string; employeeId: string | null; now: Date; limit: number }): Promise<Trip[]> {
  const me = args.employeeId;
  if (me === null) return [];
  return inTenantScope(db, [args.tenantId], async (tx) => {
    const rows = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.tenantId, args.tenantId), mineCondition(me), notInArray(orders.status, [...GONE])))
      .orderBy(asc(orders.serviceStartAt))
      .limit(500);
    const travellers = await travellersOf(
      tx,
      args.tenantId,
      rows.map((r) => r.id),
    );
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = r.travelRequestId ?? `order:${r.id}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const labels = await travelRequestLabels(tx, [...new Set(rows.flatMap((r) => (r.travelRequestId ? [r.travelRequestId] : [])))]);
    const trips: Trip[] = [...groups.values()].map((group) => {
      const first = group[0];
      const requestId = first?.travelRequestId ?? null;
      const start = Math.min(...group.map((g) => g.serviceStartAt.getTime()));
      const end = Math.max(...group.map((g) => g.serviceEndAt.getTime()));
      return {
        travelRequestId: requestId,
        title: requestId === null ? null : (labels.get(requestId) ?? null),
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(end).toISOString(),
        upcoming: end >= args.now.getTime(),
        orders: group.map((g) => summaryOf(g, travellers.get(g.id) ?? [])),
      };
    });
    const upcoming = trips.filter((t) => t.upcoming).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const past = trips.filter((t) => !t.upcoming).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    return [...upcoming, ...past].slice(0, args.limit);
  });
}
