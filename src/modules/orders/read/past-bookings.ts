import { and, asc, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import type { Outcome, TravelOption } from '../../policy/index.ts';
import type { PastBooking, PastBookingQuery } from '../../whatif/index.ts';
import { orders, orderTravellers } from '../schema.ts';

const CHUNK = 2_000;
const OUTCOMES: readonly Outcome[] = ['allow', 'warn', 'require_approval', 'block'];

/** The option as the policy read it at booking (the booking flow keeps it in the verdict as `option`). */
function optionOf(verdict: Record<string, unknown> | null): TravelOption | null {
  const option = verdict?.option;
  return option && typeof option === 'object' && 'category' in option ? (option as TravelOption) : null;
}

/**
 * The tenant's issued orders in a period as past bookings for the what-if replay: each with the
 * option as its policy check read it, the outcome recorded then, its cost (less refunds) and the
 * department charged. Orders booked before the option was kept (none in practice) are skipped.
 * Read in chunks, in the replay's tenant-scoped transaction.
 */
export async function* ordersAsPastBookings(tx: Tx, query: PastBookingQuery): AsyncIterable<PastBooking[]> {
  let offset = 0;
  for (;;) {
    const rows = await tx
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.tenantId, query.tenantId),
          isNotNull(orders.issuedAt),
          gte(orders.createdAt, query.from),
          lt(orders.createdAt, query.to),
        ),
      )
      .orderBy(asc(orders.createdAt), asc(orders.id))
      .limit(CHUNK)
      .offset(offset);
    if (rows.length === 0) return;
    offset += rows.length;
    const firsts = await tx
      .select({ orderId: orderTravellers.orderId, employeeId: orderTravellers.employeeId })
      .from(orderTravellers)
      .where(
        and(
          eq(orderTravellers.tenantId, query.tenantId),
          inArray(
            orderTravellers.orderId,
            rows.map((r) => r.id),
          ),
          eq(orderTravellers.position, 0),
        ),
      );
    const traveller = new Map(firsts.map((f) => [f.orderId, f.employeeId]));
    const chunk: PastBooking[] = [];
    for (const r of rows) {
      const option = optionOf(r.policyVerdict ?? null);
      if (option === null) continue;
      const outcome = OUTCOMES.find((o) => o === r.policyOutcome) ?? 'allow';
      chunk.push({
        id: r.id,
        reference: r.trackingCode,
        source: 'order',
        bookedAt: r.createdAt,
        traveller: { employeeId: traveller.get(r.id) ?? null, rankCode: null, departmentId: null },
        category: r.category,
        option,
        amountFen: Math.max(0, r.amountFen + r.changeFeeFen - r.refundFen),
        departmentId: r.bearerKind === 'department' ? r.bearerId : null,
        recorded: { policyVersionId: r.policyVersionId, outcome, compliant: r.compliant },
      });
    }
    yield chunk;
    if (rows.length < CHUNK) return;
  }
}
