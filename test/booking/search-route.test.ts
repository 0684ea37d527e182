import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/modules/booking/index.ts';
import { flightAdapter } from '../../src/modules/booking/testing/sample-flights.ts';
import { hotelAdapter, SHANGHAI_HOTELS } from '../../src/modules/booking/testing/sample-hotels.ts';
import { testGateway } from '../../src/modules/booking/testing/test-gateway.ts';
import type { SupplierGateway } from '../../src/modules/suppliers/index.ts';
import { signInAs, type SignedIn } from '../support/app.ts';
import { errorOf } from '../platform/helpers.ts';
import { bookingTestApp } from './booking-app.ts';

const URL = '/api/v1/booking/search';
const SHA_CAN_KM = 1210;

const healthy = () =>
  testGateway(
    [
      flightAdapter({ supplierCode: 'sim-mu', carriers: ['MU'], flightsPerCarrier: 6, distanceKm: SHA_CAN_KM }),
      flightAdapter({ supplierCode: 'sim-cz', carriers: ['CZ'], flightsPerCarrier: 6, distanceKm: SHA_CAN_KM }),
      flightAdapter({ supplierCode: 'sim-agent', carriers: ['MU'], flightsPerCarrier: 6, distanceKm: SHA_CAN_KM, priceFactor: 0.98 }),
      hotelAdapter({ supplierCode: 'sim-jinjiang', hotels: SHANGHAI_HOTELS }),
    ],
    { 'sim-mu': 80, 'sim-cz': 70, 'sim-agent': 40 },
  );

let gateway: SupplierGateway = healthy();
let t: Awaited<ReturnType<typeof bookingTestApp>>;
let traveller: SignedIn;
let admin: SignedIn;
let travellerId: string;
let colleagueId: string;
let requestId: string;

beforeAll(async () => {
  t = await bookingTestApp(() => gateway);
  traveller = await signInAs(t.app, 'traveller@huachen.example.com');
  admin = await signInAs(t.app, 'admin@huachen.example.com');
  const [me] = await t.db.database.query<{ employee_id: string }>(
    "select employee_id from accounts where email = 'traveller@huachen.example.com'",
  );
  travellerId = me?.employee_id ?? '';
  const [other] = await t.db.database.query<{ id: string }>(
    "select e.id from employees e join accounts a on a.tenant_id = e.tenant_id where a.email = 'traveller@huachen.example.com' and e.id <> a.employee_id and e.status = 'active' order by e.employee_no limit 1",
  );
  colleagueId = other?.id ?? '';
  const [request] = await t.db.database.query<{ id: string }>(
    "select id from travel_requests where status = 'approved' and $1 = any(traveller_ids) and itinerary->0->>'fromCity' = '上海' limit 1",
    [travellerId],
  );
  requestId = request?.id ?? '';
});
afterAll(async () => {
  await t?.close();
});

const flightBody = (extra: Record<string, unknown> = {}) => ({
  category: 'flight',
  query: { originCityId: 'shanghai', destinationCityId: 'guangzhou', date: '2027-01-06' },
  ...extra,
});

async function search(who: SignedIn, body: unknown) {
  return t.app.inject({ method: 'POST', url: URL, headers: who.headers, payload: body as Record<string, unknown> });
}

describe('POST /api/v1/booking/search', () => {
  it('merges the suppliers’ flights, marks each with the traveller’s policy and names the version used', async () => {
    gateway = healthy();
    const res = await search(traveller, flightBody());
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<SearchAnswer<'flight'>>();
    expect(answer.traveller).toEqual({ employeeId: travellerId, bookedBy: 'self' });
    expect(answer.version?.version).toBeGreaterThan(0);
    expect(answer.failures).toEqual([]);
    // The agent resells MU's flights a little cheaper: one option each, MU's offer noted.
    const mu = answer.options.filter((o) => o.offer.carrier === 'MU');
    expect(mu.length).toBeGreaterThan(0);
    expect(mu.every((o) => o.offer.supplierCode === 'sim-agent' && o.alsoOfferedBy[0]?.supplierCode === 'sim-mu')).toBe(true);
    // A P1 is not entitled to business: those need approval; the Y fare is over 7折 and asks a reason.
    const business = answer.options.find((o) => o.offer.cabin === 'business');
    expect(business?.policy).toMatchObject({ outcome: 'require_approval', compliant: false });
    const y = answer.options.find((o) => o.offer.bookingClass === 'Y');
    expect(y?.policy).toMatchObject({ compliant: false, requiresReasonCode: true });
    expect(y?.policy?.failedChecks.some((c) => c.kind === 'flight_price_cap')).toBe(true);
    expect(y?.fares).toMatchObject({ fullEconomySource: 'offered_y_fare', fullEconomyFareFen: y?.offer.priceFen });
    expect(answer.options[0]?.policy?.compliant).toBe(true);
  });

  it('from an approved request, carries its dates and says which options need no second approval', async () => {
    gateway = healthy();
    expect(requestId).not.toBe('');
    const res = await search(traveller, flightBody({ travelRequestId: requestId }));
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<SearchAnswer<'flight'>>();
    expect(answer.request).toMatchObject({ id: requestId, startDate: '2027-01-06', endDate: '2027-01-08' });
    const cheap = answer.options.find((o) => o.offer.cabin === 'economy' && o.offer.priceFen < 100_000);
    expect(cheap?.coverage).toMatchObject({ covered: true, requestId });
    const dear = answer.options.find((o) => o.offer.cabin === 'business');
    expect(dear?.coverage.covered).toBe(false);
    expect(dear?.coverage.coverage?.checks.find((c) => c.check === 'amount')?.pass).toBe(false);
  });

  it('代订: a travel admin searches for the traveller under the traveller’s policy, not their own', async () => {
    gateway = healthy();
    const own = (await search(traveller, flightBody())).json<SearchAnswer<'flight'>>();
    const res = await search(admin, flightBody({ travellerEmployeeId: travellerId }));
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<SearchAnswer<'flight'>>();
    expect(answer.traveller).toEqual({ employeeId: travellerId, bookedBy: 'other' });
    expect(answer.version).toEqual(own.version);
    expect(answer.options.map((o) => o.policy?.outcome)).toEqual(own.options.map((o) => o.policy?.outcome));
  });

  it('a traveller may not search for someone else (403 naming booking.others)', async () => {
    const res = await search(traveller, flightBody({ travellerEmployeeId: colleagueId }));
    expect(res.statusCode).toBe(403);
    const err = errorOf(res);
    expect(err.code).toBe('FORBIDDEN');
    expect(err.details?.permission).toBe('booking.others');
  });

  it('a hotel over the city cap shows what the traveller would pay personally or a reason', async () => {
    gateway = healthy();
    const res = await search(traveller, {
      category: 'hotel',
      query: { cityId: 'shanghai', checkIn: '2027-01-06', checkOut: '2027-01-08' },
      showBlocked: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<SearchAnswer<'hotel'>>();
    const marriott = answer.options.find((o) => o.offer.hotelId === 'sh-marriott-hongqiao');
    expect(marriott?.policy?.compliant).toBe(false);
    expect(marriott?.policy?.failedChecks.some((c) => c.kind === 'hotel_nightly_cap')).toBe(true);
    expect(answer.options.at(0)?.policy?.compliant).toBe(true);
  });

  it('reports a supplier that failed and still returns the others’ options', async () => {
    gateway = testGateway([
      flightAdapter({ supplierCode: 'sim-mu', carriers: ['MU'], flightsPerCarrier: 4, distanceKm: SHA_CAN_KM }),
      flightAdapter({ supplierCode: 'sim-cz', carriers: ['CZ'], flightsPerCarrier: 4, distanceKm: SHA_CAN_KM, failing: true }),
    ]);
    const res = await search(traveller, flightBody());
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<SearchAnswer<'flight'>>();
    expect(answer.failures).toEqual([{ supplierCode: 'sim-cz', reason: 'ERROR', message: 'sim-cz: 502 Bad Gateway' }]);
    expect(answer.options.length).toBeGreaterThan(0);
    expect(answer.options.every((o) => o.offer.supplierCode === 'sim-mu')).toBe(true);
  });

  it('a gateway that throws is a failure in the answer, never a 500', async () => {
    gateway = { ...healthy(), search: () => Promise.reject(new Error('gateway down')) };
    const res = await search(traveller, flightBody());
    expect(res.statusCode).toBe(200);
    expect(res.json<SearchAnswer>().failures).toEqual([{ supplierCode: '*', reason: 'ERROR', message: 'gateway down' }]);
  });

  it.each([
    ['no category', { query: {} }],
    ['an unknown category', { category: 'boat', query: {} }],
    [
      'a flight query with a hotel’s fields',
      { category: 'flight', query: { cityId: 'shanghai', checkIn: '2027-01-06', checkOut: '2027-01-08' } },
    ],
    ['a malformed date', flightBody({ query: { originCityId: 'shanghai', destinationCityId: 'guangzhou', date: '2027-02-30' } })],
    ['an unknown city', flightBody({ query: { originCityId: 'atlantis', destinationCityId: 'guangzhou', date: '2027-01-06' } })],
    ['the same city twice', flightBody({ query: { originCityId: 'guangzhou', destinationCityId: 'guangzhou', date: '2027-01-06' } })],
    ['a past date', flightBody({ query: { originCityId: 'shanghai', destinationCityId: 'guangzhou', date: '2020-01-06' } })],
    ['a stay of no night', { category: 'hotel', query: { cityId: 'shanghai', checkIn: '2027-01-06', checkOut: '2027-01-06' } }],
    ['a bad time of day', flightBody({ preferredDepartureTime: '25:00' })],
    ['an extra field', flightBody({ surprise: true })],
    ['a traveller id that is no uuid', flightBody({ travellerEmployeeId: 'me' })],
  ])('refuses %s with 422', async (_name, body) => {
    const res = await search(traveller, body);
    expect(res.statusCode, res.body).toBe(422);
    expect(errorOf(res).code).toBe('VALIDATION_FAILED');
  });

  it('404 for a travel request that is not the traveller’s, or an employee of another tenant', async () => {
    gateway = healthy();
    const res = await search(traveller, flightBody({ travelRequestId: '01a252b3-0000-7000-8000-000000000000' }));
    expect(res.statusCode).toBe(404);
    const other = await search(admin, flightBody({ travellerEmployeeId: '01a252b3-0000-7000-8000-000000000001' }));
    expect(other.statusCode).toBe(404);
  });
});
