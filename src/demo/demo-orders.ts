import { systemActor } from '../modules/access/index.ts';
import { placeOrder, searchOptions, type BookingDeps, type SearchOption } from '../modules/booking/index.ts';
import { resolveCityId } from '../modules/geo/index.ts';
import type { Database } from '../platform/db/database.ts';

type ApprovedTrip = {
  tenant_id: string;
  employee_id: string;
  request_id: string;
  from_city: string;
  to_city: string;
  depart: string;
  back: string;
};

/**
 * The demo's first orders, booked for real through the simulated suppliers when the demo is
 * seeded: for each enterprise's demo traveller with an approved request, a hotel and a flight
 * inside it, so 我的行程, the order list and the tracking page have something to show. Anything
 * the suppliers refuse is skipped (the demo still starts).
 */
export async function seedDemoOrders(database: Database, booking: BookingDeps, log: (msg: string) => void): Promise<number> {
  const trips = await database.query<ApprovedTrip>(`
      select distinct on (r.tenant_id) r.tenant_id, a.employee_id, r.id as request_id,
             r.itinerary->0->>'fromCity' as from_city, r.itinerary->0->>'toCity' as to_city,
             r.itinerary->0->>'departDate' as depart, r.itinerary->0->>'returnDate' as back
        from travel_requests r join accounts a on a.employee_id = any(r.traveller_ids) and a.tenant_id = r.tenant_id
       where r.status = 'approved' and a.email like 'traveller@%'
       order by r.tenant_id, r.created_at`);
  let placed = 0;
  for (const trip of trips) {
    const from = resolveCityId(trip.from_city);
    const to = resolveCityId(trip.to_city);
    if (!from || !to) continue;
    const booker = {
      tenantId: trip.tenant_id,
      actor: systemActor('演示数据 demo'),
      employeeId: trip.employee_id,
      canBookSelf: true,
      canBookOthers: false,
      canManage: false,
    };
    const searches = [
      { category: 'hotel' as const, query: { cityId: to, checkIn: trip.depart, checkOut: trip.back }, travelRequestId: trip.request_id },
      {
        category: 'flight' as const,
        query: { originCityId: from, destinationCityId: to, date: trip.depart },
        travelRequestId: trip.request_id,
      },
    ];
    for (const search of searches) {
      try {
        const first = await pickCompliant(booking, booker, search);
        if (!first) continue;
        await placeOrder(booking, booker, { search, supplierCode: first.offer.supplierCode, offerId: first.offer.offerId });
        placed++;
      } catch (err) {
        log(`demo order skipped: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return placed;
}

async function pickCompliant(
  booking: BookingDeps,
  booker: Parameters<typeof placeOrder>[1],
  search: Parameters<typeof placeOrder>[2]['search'],
): Promise<SearchOption | undefined> {
  const answer = await searchOptions(booking.db, {
    ...search,
    gateway: booking.gateway,
    tenantId: booker.tenantId,
    caller: { employeeId: booker.employeeId, canBookSelf: true, canBookOthers: false },
    now: new Date(),
  });
  return (
    answer.options.find((o) => o.bookable && o.policy?.compliant !== false && o.coverage.covered) ??
    answer.options.find((o) => o.bookable && o.policy?.compliant !== false)
  );
}
